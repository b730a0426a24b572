/**
 * Typed words -> one of the choices that were offered: the option's number, its label, or one of
 * its synonyms from the locale. Deliberately strict (the whole message must match), so a story
 * typed at a question is read as a story, not as a button.
 *
 * One exception: a reply that starts with "yes" or "no" answers a yes/no question ("yeah he said
 * he'd kill me"). A sentence is read as a sentence: in "no one is hurting me" or "no threats, just
 * messages" the "no" is part of the sentence, not the answer; and "no, I'm safe at the moment"
 * says both, so it is `mixed` (the bot asks a short clarifying question instead of guessing).
 */
import { choiceLabelKey, getQuestion, isCommonChoice, yesNoChoices, type QuestionId } from '../../dialogs/questions';
import type { Translator } from '../i18n';
import { APOSTROPHE_CHARS } from '../text/typography';

const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');

export interface OfferedChoices {
  question: QuestionId;
  mode: 'ask' | 'confirm';
  choices: readonly string[];
}

/** What typed words say about the offered choices. */
export type ChoiceReading =
  /** One choice (or, for a multi-select, the choices). */
  | {
      kind: 'choice';
      choice: string | string[];
      /** A leading yes or no with more words after it ("yes he said he'd burn my car"): the words say more than the choice. */
      saysMore?: true;
    }
  /** A leading yes or no that the rest of the reply contradicts ("no, I'm safe at the moment"). */
  | { kind: 'mixed' };

const FILLER_START = /^(?:um+|erm+|er|uh|well|i think|i guess|probably|just|please|ok so|so)\s+/;
const FILLER_END = /\s+(?:please|thanks|thank you|thx|ta|i think)$/;

export function normaliseForMatch(text: string): string {
  let s = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(/[^\p{L}\p{N}',\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 2; i++) s = s.replace(FILLER_START, '').replace(FILLER_END, '').trim();
  return s;
}

/** More than the catalogue's labels, synonyms and signal words together: only a safety net. */
const MAX_KEPT_PHRASES = 10_000;
const normalisedPhrases = new Map<string, string>();

/**
 * `normaliseForMatch` for the locale's own phrases (labels, synonyms, command and signal words),
 * kept once worked out: they are fixed, and every turn compares the person's words with dozens of
 * them. Never for the person's words (their text is not kept).
 */
export function normalisePhrase(phrase: string): string {
  let normalised = normalisedPhrases.get(phrase);
  if (normalised === undefined) {
    normalised = normaliseForMatch(phrase);
    if (normalisedPhrases.size >= MAX_KEPT_PHRASES) normalisedPhrases.clear();
    normalisedPhrases.set(phrase, normalised);
  }
  return normalised;
}

/** Channels whose shorter labels (`<key>_sms`...) a person may type back on any channel. */
const LABEL_VARIANTS = ['sms', 'msteams', 'webchat'];

/** A choice's label and its channel variants ("Someone from work or study", "Work or study"). */
function labelsFor(offer: OfferedChoices, choice: string, tr: Translator): string[] {
  const key = offer.mode === 'confirm' ? `common.choices.${choice}` : choiceLabelKey(offer.question, choice);
  return [key, ...LABEL_VARIANTS.map((v) => `${key}_${v}`).filter((k) => tr.has(k))].map((k) => tr.t(k));
}

function phrasesFor(offer: OfferedChoices, choice: string, tr: Translator): string[] {
  const own = tr.words(`questions.${offer.question}.synonyms.${choice}`);
  // Where a guess matters (wholeReplyOnly), only the question's own words count: "ok" or "sure"
  // after emergency guidance is not a clear "I can carry on".
  const strict = getQuestion(offer.question).wholeReplyOnly && offer.mode !== 'confirm';
  const common = isCommonChoice(choice) && !strict ? tr.words(`common.synonyms.${choice}`) : [];
  return [...labelsFor(offer, choice, tr), ...own, ...common].map(normalisePhrase);
}

function matchOne(piece: string, offer: OfferedChoices, tr: Translator): string | undefined {
  if (/^\d{1,2}$/.test(piece)) return offer.choices[Number(piece) - 1];
  return offer.choices.find((choice) => phrasesFor(offer, choice, tr).includes(piece));
}

/** Words a reply to a yes/no question can start with: "yes", "yeah", "no", "nah"... */
function leadingWords(tr: Translator) {
  return { yes: tr.words('common.leadingYes'), no: tr.words('common.leadingNo') };
}

/**
 * Which of `choices` the words mention, by the choice's label, its own synonyms and its `means`
 * words, longest phrase first so "i'm not safe" is not also read as "safe". Bare yes/no words
 * are left out: in "no, no one is hurting me" the second "no" is not an answer.
 */
function choicesMentioned(words: string, offer: OfferedChoices, choices: readonly string[], tr: Translator): Set<string> {
  const leading = leadingWords(tr);
  const bare = new Set([...leading.yes, ...leading.no]);
  const phrases = choices
    .flatMap((choice) =>
      [
        ...(offer.mode === 'confirm' ? [] : [normalisePhrase(tr.t(choiceLabelKey(offer.question, choice)))]),
        ...tr.words(`questions.${offer.question}.synonyms.${choice}`),
        ...tr.words(`questions.${offer.question}.means.${choice}`),
      ]
        .map(normalisePhrase)
        .filter((p) => p && !bare.has(p))
        .map((phrase) => ({ phrase, choice })),
    )
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const taken: [number, number][] = [];
  const found = new Set<string>();
  const padded = ` ${words.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()} `;
  for (const { phrase, choice } of phrases) {
    let from = 0;
    for (;;) {
      const at = padded.indexOf(` ${phrase} `, from);
      if (at === -1) break;
      const span: [number, number] = [at + 1, at + 1 + phrase.length];
      from = at + 1;
      if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
      taken.push(span);
      found.add(choice);
    }
  }
  return found;
}

/** "no, ..." / "no. ..." / "no - ...": the first word stands alone, so it is an answer. */
const FIRST_WORD_STANDS_ALONE = /^\W*[\p{L}']+\s*[,.!;:\u2013\u2014-]/u;

/**
 * A reply that starts with yes or no, read as an answer to a yes/no question; undefined when it
 * is a sentence that merely starts with the word ("no one is hurting me", "no threats, just
 * messages"). A leading "no" is an answer when it stands alone ("no, ..."), when a new clause
 * follows ("no he's gone", "no I haven't": `common.answerAfterNo`), or when the rest says the same
 * thing ("no just the summary"). Not for "no" when confirming, where the rest carries the correction.
 */
function leadingYesNo(text: string, normalised: string, offer: OfferedChoices, tr: Translator): ChoiceReading | undefined {
  const words = normalised.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const [first, second] = words as [string, string];
  const rest = words.slice(1).join(' ');
  const picks = yesNoChoices(offer.question, offer.mode);
  const yes = picks.yes && offer.choices.includes(picks.yes) ? picks.yes : undefined;
  const no = picks.no && offer.choices.includes(picks.no) && offer.mode !== 'confirm' ? picks.no : undefined;
  const leading = leadingWords(tr);
  const both = [yes, no].filter((c): c is string => c !== undefined);
  const mentioned = () => choicesMentioned(rest, offer, both, tr);

  let answer: string | undefined;
  let other: string | undefined;
  if (yes && leading.yes.includes(first)) {
    answer = yes;
    other = no;
  } else if (no && leading.no.includes(first)) {
    const standsAlone = FIRST_WORD_STANDS_ALONE.test(text.trim()) || tr.words('common.answerAfterNo').includes(second);
    if (!standsAlone && !mentioned().has(no)) return undefined;
    answer = no;
    other = yes;
  }
  if (!answer) return undefined;
  if (offer.mode !== 'confirm' && other && mentioned().has(other)) return { kind: 'mixed' };
  // "yes please", "no thanks": two words say no more than the choice.
  return { kind: 'choice', choice: answer, ...(words.length > 2 ? { saysMore: true as const } : {}) };
}

/**
 * What the text says about the offered choices: the choice (or, for multi-select, the choices),
 * `mixed` for a yes or no its own words contradict, or undefined when the text is not simply a
 * choice.
 */
export function readChoice(text: string, offer: OfferedChoices, tr: Translator): ChoiceReading | undefined {
  const normalised = normaliseForMatch(text);
  if (!normalised || normalised.length > 120) return undefined;
  const whole = matchOne(normalised, offer, tr);
  const multi = getQuestion(offer.question).kind === 'multi' && offer.mode !== 'confirm';
  if (whole) return { kind: 'choice', choice: multi ? [whole] : whole };
  if (getQuestion(offer.question).wholeReplyOnly && offer.mode !== 'confirm') return undefined;
  if (!multi) return leadingYesNo(text, normalised, offer, tr);
  // "2, 6 and he said he'd kill me": the numbers answer; the words are read as facts elsewhere.
  const leadingNumbers = normalised.match(/^\d{1,2}(?:\s*(?:,|&|\band\b)?\s*\d{1,2}\b)*/);
  if (leadingNumbers && leadingNumbers[0].length < normalised.length) {
    const picked = leadingNumbers[0].match(/\d{1,2}/g)!.map((n) => offer.choices[Number(n) - 1]);
    if (picked.every((p) => p !== undefined)) return { kind: 'choice', choice: [...new Set(picked as string[])] };
  }
  const pieces = normalised.split(/\s*(?:,|&|\band\b|\s(?=\d))\s*/).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const picked = pieces.map((p) => matchOne(p, offer, tr));
  if (picked.some((p) => p === undefined)) return undefined;
  return { kind: 'choice', choice: [...new Set(picked as string[])] };
}

/** The choice (or choices) the text picks, or undefined when it is not simply a choice. */
export function matchChoice(text: string, offer: OfferedChoices, tr: Translator): string | string[] | undefined {
  const reading = readChoice(text, offer, tr);
  return reading?.kind === 'choice' ? reading.choice : undefined;
}

/** Whether one of the catalogue's phrases stands as whole words anywhere in the text (both normalised as the matchers do). */
export function saysPhrase(text: string, phrases: readonly string[]): boolean {
  const padded = ` ${normaliseForMatch(text)} `;
  return phrases.some((phrase) => padded.includes(` ${normalisePhrase(phrase)} `));
}
