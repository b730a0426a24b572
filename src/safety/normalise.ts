/**
 * Text normalisation for the safety rules: one pass that turns what people really type into
 * clauses of lowercase ASCII words separated by single spaces.
 *
 *   "He’s OUTSIDE ma house rn!!! 😱 pls help"  ->  ["he is outside my house right now", "please help"]
 *
 * Clause boundaries are sentence punctuation (. ! ? ; , newlines, dashes used as breaks): rules
 * match inside one clause, and guards never look across a boundary.
 */
import { patternsIndex, wordBeginnings } from '../text/prefilter';
import type { NormalisationData, SpellingData } from './types';
import { RUN_TOGETHER_MIN, joinSpacedLetters, splitRunTogether } from './segment';
import { APOSTROPHE_CHARS, ZERO_WIDTH } from '../text/typography';
import { oneLetterOffOrSwapped } from '../text/edit-distance';

/** Characters we look at: the first HEAD and, for long texts, the last TAIL. */
export const HEAD_CHARS = 4000;
export const TAIL_CHARS = 1000;

/** Any apostrophe-like character people's keyboards produce (the table shared with understanding). */
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
/** Invisible characters are dropped, not made spaces: "kn\u200Bife" is "knife". */
const INVISIBLE = new RegExp(ZERO_WIDTH.source, 'g');
/** Sentence or clause punctuation (and dashes used as a break) -> a clause boundary. */
const BOUNDARY = /[.!?;,\n\r\u2026\u2013\u2014\u00A1\u00BF\u3002\uFF01\uFF1F\uFF0C]+|\s-+\s|\s-+$|^-+\s/g;
const BOUNDARY_MARK = ' | ';
/** Runs of 3+ identical letters -> 2 ("heeeelp" -> "heelp", "killll" -> "kill"). */
const REPEATS = /([a-z])\1{2,}/g;

/** Cut very long input to a bounded sample (head + tail), marking the cut as a boundary. */
export function sample(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - TAIL_CHARS)}`;
}

/**
 * Normalise a message into clauses. Pure and total: returns [] for anything it cannot read.
 */
export function normalise(text: string, data: NormalisationData): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  for (const [pattern, reading] of data.wholeMessage ?? []) if (pattern.test(text)) return [reading];
  let s = sample(text);
  try {
    s = s.normalize('NFKC');
  } catch {
    // keep the raw text: NFKC only folds width and compatibility forms
  }
  s = s.toLowerCase().replace(APOSTROPHES, "'").replace(INVISIBLE, '');

  for (const [symbol, word] of Object.entries(data.symbols)) {
    if (s.includes(symbol)) s = s.split(symbol).join(` ${word} `);
  }
  // A clock time or a decimal ("home time 3.15", "2.5 miles") is one phrase, not two sentences.
  s = s.replace(/(?<=[0-9])\.(?=[0-9])/g, ' ');
  s = s.replace(BOUNDARY, BOUNDARY_MARK);
  // Every contraction is written with an apostrophe: without one, none can match.
  if (s.includes("'")) for (const [pattern, replacement] of data.contractions) s = s.replace(pattern, replacement);

  // Apostrophes left are possessives or quote marks: join inside words, drop the rest.
  s = s.replace(/([a-z0-9])'(?=[a-z0-9])/g, '$1').replace(/'/g, ' ');
  // Anything that is not a-z, 0-9 or a boundary becomes a space (emoji, symbols, accents folded).
  s = foldAccents(s).replace(/[^a-z0-9|]+/g, ' ');
  s = s.replace(REPEATS, '$1$1').replace(/\|/g, ' | ');
  // Letters spaced out one by one -> words ("h e s h e r e" -> "hes here"), before the tokens are read.
  if (data.dictionary) s = joinSpacedLetters(s, data.dictionary);

  // Token replacements run over the whole text ("|" marks clause boundaries), then phrase fixes
  // (which may join clauses on purpose, e.g. "help! help!"), then the text is cut into clauses.
  const tokens = s.split(' ');
  const mapped: string[] = [];
  const replace = (w: string) => (Object.prototype.hasOwnProperty.call(data.tokens, w) ? data.tokens[w] : undefined) ?? fixTypo(w, data) ?? w;
  for (const w of tokens) {
    if (w.length === 0) continue;
    const split = w.length >= RUN_TOGETHER_MIN && data.dictionary ? splitRunTogether(w, data.dictionary) : undefined;
    if (split) for (const part of split) mapped.push(replace(part));
    else mapped.push(...unglue(w, data) ?? [replace(w)]);
  }
  let joined = ` ${mapped.join(' ')} `;
  // A phrase fix whose first words are not in the text cannot match: skip its regex (src/text/prefilter.ts).
  // (Looked up afresh after a fix changes the text.)
  const index = patternsIndex(data.phrases, () => data.phrases.map(([pattern]) => pattern));
  let mayMatch: Uint8Array | undefined;
  for (const [i, [pattern, replacement]] of data.phrases.entries()) {
    if (!(mayMatch ??= index.mask(wordBeginnings(joined)))[i]) continue;
    const fixed = typeof replacement === 'string' ? joined.replace(pattern, replacement) : joined.replace(pattern, replacement);
    if (fixed !== joined) mayMatch = undefined;
    joined = fixed;
  }

  const out: string[] = [];
  for (const rawClause of joined.split('|')) {
    const clause = rawClause.replace(/ {2,}/g, ' ').trim();
    if (clause.length > 0) out.push(clause);
  }
  return out;
}

/** A locale's danger words by first letter, built once per word list. */
const wordsByFirstLetter = new WeakMap<SpellingData, Map<string, string[]>>();

/**
 * A danger word typed with one typo ("hittng", "outsdie", "watchin") -> the word; anything the
 * locale knows, any real word and any short word -> undefined (left as typed).
 */
function fixTypo(word: string, data: NormalisationData): string | undefined {
  const spelling = data.spelling;
  if (!spelling || word.length < spelling.minLength || spelling.realWords.has(word) || data.dictionary?.has(word)) return undefined;
  let byLetter = wordsByFirstLetter.get(spelling);
  if (!byLetter) {
    byLetter = new Map();
    for (const w of spelling.words) byLetter.set(w[0]!, [...(byLetter.get(w[0]!) ?? []), w]);
    wordsByFirstLetter.set(spelling, byLetter);
  }
  for (const candidate of byLetter.get(word[0]!) ?? []) if (candidate !== word && oneLetterOffOrSwapped(word, candidate)) return candidate;
  return undefined;
}

/** "hesoutsidee" -> ["he is", "outside"]: a glued start (SpellingData.gluedStarts) and a known or typo-fixed word. */
function unglue(word: string, data: NormalisationData): string[] | undefined {
  const spelling = data.spelling;
  if (!spelling?.gluedStarts || data.dictionary?.has(word) || Object.prototype.hasOwnProperty.call(data.tokens, word)) return undefined;
  for (const [start, reading] of Object.entries(spelling.gluedStarts)) {
    if (!word.startsWith(start)) continue;
    const rest = word.slice(start.length);
    if (rest.length < spelling.minLength) continue;
    const known = data.dictionary?.has(rest) ? rest : fixTypo(rest, data);
    if (known) return [reading, known];
  }
  return undefined;
}

/** Strip diacritics so "café" reads "cafe" (letters outside a-z become spaces afterwards). */
function foldAccents(s: string): string {
  // Fast path: plain ASCII needs no decomposition.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(s)) return s;
  try {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  } catch {
    return s;
  }
}
