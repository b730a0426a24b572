/**
 * Typed words -> one of the choices that were offered: the option's number, its label, or one of
 * its synonyms from the locale. Deliberately strict (the whole message must match), so a story
 * typed at a question is read as a story, not as a button.
 */
import { choiceLabelKey, getQuestion, isCommonChoice, type QuestionId } from '../../dialogs/questions';
import type { Translator } from '../i18n';

export interface OfferedChoices {
  question: QuestionId;
  mode: 'ask' | 'confirm';
  choices: readonly string[];
}

const FILLER_START = /^(?:um+|erm+|er|uh|well|i think|i guess|probably|just|please|ok so|so)\s+/;
const FILLER_END = /\s+(?:please|thanks|thank you|thx|ta|i think)$/;

export function normaliseForMatch(text: string): string {
  let s = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}',\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 2; i++) s = s.replace(FILLER_START, '').replace(FILLER_END, '').trim();
  return s;
}

function phrasesFor(offer: OfferedChoices, choice: string, tr: Translator): string[] {
  const label = offer.mode === 'confirm' ? tr.t(`common.choices.${choice}`) : tr.t(choiceLabelKey(offer.question, choice));
  const own = tr.words(`questions.${offer.question}.synonyms.${choice}`);
  const common = isCommonChoice(choice) ? tr.words(`common.synonyms.${choice}`) : [];
  return [normaliseForMatch(label), ...own.map(normaliseForMatch), ...common.map(normaliseForMatch)];
}

function matchOne(piece: string, offer: OfferedChoices, tr: Translator): string | undefined {
  if (/^\d{1,2}$/.test(piece)) return offer.choices[Number(piece) - 1];
  return offer.choices.find((choice) => phrasesFor(offer, choice, tr).includes(piece));
}

/** Choices that mean "yes" / "no" for a question ("safe" answers "are you safe?"). */
const YES_CHOICES = ['yes', 'safe'];
const NO_CHOICES = ['no', 'notSafe'];

/**
 * "yes he said he would kill me", "nah not really": a reply that starts with yes or no answers a
 * yes/no question. Not for "no" when confirming, where the rest of the words carry the correction.
 */
function leadingYesNo(normalised: string, offer: OfferedChoices, tr: Translator): string | undefined {
  const first = normalised.split(/[\s,]+/)[0] ?? '';
  if (first === normalised) return undefined;
  if (tr.words('common.leadingYes').includes(first)) return offer.choices.find((c) => YES_CHOICES.includes(c));
  if (offer.mode !== 'confirm' && tr.words('common.leadingNo').includes(first)) {
    return offer.choices.find((c) => NO_CHOICES.includes(c));
  }
  return undefined;
}

/**
 * The choice (or, for multi-select, the choices) the text picks, or undefined when the text is
 * not simply a choice.
 */
export function matchChoice(text: string, offer: OfferedChoices, tr: Translator): string | string[] | undefined {
  const normalised = normaliseForMatch(text);
  if (!normalised || normalised.length > 120) return undefined;
  const whole = matchOne(normalised, offer, tr);
  const multi = getQuestion(offer.question).kind === 'multi' && offer.mode !== 'confirm';
  if (whole) return multi ? [whole] : whole;
  if (!multi) return leadingYesNo(normalised, offer, tr);
  // "2, 6 and he said he'd kill me": the numbers answer; the words are read as facts elsewhere.
  const leadingNumbers = normalised.match(/^\d{1,2}(?:\s*(?:,|&|\band\b)?\s*\d{1,2}\b)*/);
  if (leadingNumbers && leadingNumbers[0].length < normalised.length) {
    const picked = leadingNumbers[0].match(/\d{1,2}/g)!.map((n) => offer.choices[Number(n) - 1]);
    if (picked.every((p) => p !== undefined)) return [...new Set(picked as string[])];
  }
  const pieces = normalised.split(/\s*(?:,|&|\band\b|\s(?=\d))\s*/).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const picked = pieces.map((p) => matchOne(p, offer, tr));
  if (picked.some((p) => p === undefined)) return undefined;
  return [...new Set(picked as string[])];
}
