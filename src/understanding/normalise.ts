/**
 * Normalisation shared by all extractors, plus the clause, negation and hedge helpers.
 *
 * The normalised text is lower case with straight quotes, single spaces and common
 * misspellings fixed. `map[i]` is the index in the original message of normalised character
 * `i`, so every extractor can hand back the person's own words (`Found.text`).
 */
import type { PhraseSet } from './phrases/types';
import type { CompiledPhrases } from './phrases';
import { TYPOGRAPHY, ZERO_WIDTH } from '../text/typography';
import { wordBeginnings } from '../text/prefilter';
import { withinOneEdit } from '../text/edit-distance';

/** Longest message the regex extractors look at. The date recognizer gets less (see dates.ts). */
export const MAX_INPUT_CHARS = 4000;

export interface Normalised {
  original: string;
  text: string;
  /** Normalised index -> original index. Same length as `text`. */
  map: number[];
  /** Clause start positions in `text`, ascending (always starts with 0). */
  clauses: number[];
}

/**
 * The beginnings of the normalised message's words (src/text/prefilter.ts), collected once per message and shared by
 * every step that pre-checks its patterns (behaviours, relationship).
 */
const wordStarts = new WeakMap<Normalised, ReadonlySet<string>>();
export function wordBeginningsOf(n: Normalised): ReadonlySet<string> {
  let words = wordStarts.get(n);
  if (!words) {
    words = wordBeginnings(n.text);
    wordStarts.set(n, words);
  }
  return words;
}

export interface Span {
  start: number;
  end: number;
}

const CHAR_MAP = TYPOGRAPHY;
const SPACE = /\s/;
/** The highest character code of a one-byte (Latin-1) string. */
const LATIN1_MAX = 0xff;
/** Signs the phrase tables read that lie above Latin-1, each as one that does not ("€50" reads as money, as "$50" does). */
const ONE_BYTE_SIGNS: Readonly<Record<string, string>> = Object.freeze({ '\u20AC': '$' });

/**
 * One character of the normalised text, always within Latin-1. V8 compiles each regex apart for one-byte and two-byte
 * strings: a single emoji or a letter outside Latin-1 left in the text made the text two-byte, so every pattern run on it
 * was compiled a second time. Under the `--no-regexp-tier-up` that `npm start` had until 7 Dec 2026 (every pattern's
 * native code kept) those second copies (~200 MB) beside the safety rules' took the main thread past V8's code space, and
 * the bot died within seconds of such messages (test/http/compiled.start.test.ts; README, under "Node 20"). A letter with
 * an accent outside Latin-1 is read as its base letter ("ś" as "s"; "ł", which has none, as a space); anything else
 * (emoji, other scripts) is a space, which no pattern reads. One character for one, so `map` stays aligned.
 */
function withinLatin1(c: string): string {
  if (c.charCodeAt(0) <= LATIN1_MAX) return c;
  const sign = ONE_BYTE_SIGNS[c];
  if (sign !== undefined) return sign;
  const base = c.normalize('NFD').charAt(0);
  return base.length === 1 && base.charCodeAt(0) <= 0x7f && /[a-z]/.test(base) ? base : ' ';
}

interface Builder {
  chars: string[];
  map: number[];
}

/** Lower-case, unify quotes and dashes, drop zero-width characters, collapse whitespace. */
function basicPass(input: string): Builder {
  const chars: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (ZERO_WIDTH.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (chars.length > 0) {
        // keep a newline as a sentence break, everything else becomes one space
        const ws = input.slice(pendingSpace, i);
        chars.push(ws.includes('\n') ? '\n' : ' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const mapped = CHAR_MAP[ch] ?? ch.toLowerCase();
    for (let k = 0; k < mapped.length; k++) {
      chars.push(withinLatin1(mapped.charAt(k)));
      map.push(i);
    }
  }
  return { chars, map };
}

/** Replace every match of `re` (global) with `fn(match)`; keeps the index map. */
export function replaceWithMap(
  text: string,
  map: number[],
  re: RegExp,
  fn: (m: RegExpExecArray) => string | undefined,
): { text: string; map: number[] } {
  re.lastIndex = 0;
  let out = '';
  const outMap: number[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = fn(m);
    if (replacement === undefined || replacement === m[0]) continue;
    out += text.slice(last, m.index);
    for (let i = last; i < m.index; i++) outMap.push(map[i] as number);
    const srcStart = m.index;
    const srcLen = m[0].length;
    for (let k = 0; k < replacement.length; k++) {
      // spread the replacement over the source span; its last char maps to the span's last char
      const src = k === replacement.length - 1 ? srcLen - 1 : Math.min(k, srcLen - 1);
      outMap.push(map[srcStart + src] as number);
    }
    out += replacement;
    last = m.index + srcLen;
  }
  if (last === 0) return { text, map };
  out += text.slice(last);
  for (let i = last; i < text.length; i++) outMap.push(map[i] as number);
  return { text: out, map: outMap };
}

function fuzzyFix(word: string, phrases: PhraseSet, exclude: Set<string>, keywords: Set<string>): string | undefined {
  if (word.length < 7 || exclude.has(word) || keywords.has(word)) return undefined;
  for (const k of phrases.normalise.fuzzyKeywords) {
    if (k[0] !== word[0]) continue;
    if (withinOneEdit(word, k)) return k;
  }
  return undefined;
}

const WORD_RE = /[a-z0-9\u00e0-\u00ff]+(?:'[a-z]+)*/g;

/** Normalise a message for the extractors. Never throws; non-strings become ''. */
export function normalise(input: unknown, compiled: CompiledPhrases): Normalised {
  const raw = typeof input === 'string' ? input.slice(0, MAX_INPUT_CHARS) : '';
  const phrases = compiled.phrases;
  const b = basicPass(raw);
  let text = b.chars.join('');
  let map = b.map;

  for (const [re, replacement] of compiled.phraseReplacements) {
    ({ text, map } = replaceWithMap(text, map, re, (m) =>
      replacement.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? ''),
    ));
  }

  const words = compiled.words;
  ({ text, map } = replaceWithMap(text, map, WORD_RE, (m) => {
    const w = m[0];
    const direct = words.get(w);
    if (direct !== undefined) return direct;
    if (w.endsWith("'s")) {
      const base = w.slice(0, -2);
      const fixed = words.get(base) ?? fuzzyFix(base, phrases, compiled.fuzzyExclude, compiled.fuzzyKeywords);
      return fixed === undefined ? undefined : `${fixed}'s`;
    }
    return fuzzyFix(w, phrases, compiled.fuzzyExclude, compiled.fuzzyKeywords);
  }));

  return { original: raw, text, map, clauses: clauseStarts(text, compiled.clauseBoundary) };
}

function clauseStarts(text: string, boundary: RegExp): number[] {
  const starts = [0];
  boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    if (m[0].length === 0) {
      boundary.lastIndex++;
      continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Start of the clause containing position `pos`. */
export function clauseStart(n: Normalised, pos: number): number {
  let lo = 0;
  for (const s of n.clauses) {
    if (s <= pos) lo = s;
    else break;
  }
  return lo;
}

/** End of the clause containing position `pos` (exclusive). */
export function clauseEnd(n: Normalised, pos: number): number {
  for (const s of n.clauses) {
    if (s > pos) {
      // the boundary token itself sits just before `s`; back up over it
      let e = s;
      while (e > pos && /[\s.!?;:,()"\n-]/.test(n.text[e - 1] as string)) e--;
      const before = n.text.slice(pos, s);
      const word = /\b[a-z]+$/.exec(before);
      if (word && e === s) e = s - word[0].length;
      return Math.max(e, pos);
    }
  }
  return n.text.length;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * The person's own words for a normalised span. A span that starts or ends on a word boundary
 * of the normalised text gives whole words of the original, even when a fix changed the
 * word's length ("idk who" -> "i don't know who": the span "don't know who" gives "idk who").
 */
export function originalText(n: Normalised, start: number, end: number): string {
  if (end <= start || start >= n.map.length) return '';
  const last = Math.min(end, n.map.length);
  let from = n.map[start] as number;
  let to = (n.map[last - 1] as number) + 1;
  if (!isWordChar(n.text[start - 1])) while (from > 0 && isWordChar(n.original[from - 1]) && isWordChar(n.original[from])) from--;
  if (!isWordChar(n.text[last])) while (to < n.original.length && isWordChar(n.original[to]) && isWordChar(n.original[to - 1])) to++;
  return n.original.slice(from, to).trim();
}

/**
 * Is the phrase at `span` negated within its clause? ("he doesn't call any more", "he hasn't
 * threatened me"). Intensifiers ("won't stop calling") and uncertainty ("not sure if he's
 * tracking me") are not negation. A new subject between the negator and the phrase ends it
 * ("I can't sleep, he keeps calling").
 */
export function isNegated(n: Normalised, span: Span, compiled: CompiledPhrases): boolean {
  const cs = clauseStart(n, span.start);
  let prefix = n.text.slice(cs, span.start);
  for (const re of compiled.notNegation) prefix = prefix.replace(re, (s) => ' '.repeat(s.length));
  const negators = [...prefix.matchAll(compiled.negators)];
  const last = negators[negators.length - 1];
  if (!last) return false;
  const negEnd = last.index + last[0].length;
  const between = prefix.slice(negEnd);
  // too far away to be about this phrase
  if (between.trim().split(/\s+/).filter(Boolean).length > 6) return false;
  if (compiled.newSubject.test(between)) return false;
  const before = prefix.slice(0, last.index);
  if (compiled.firstPerson.test(before) && !compiled.receiving.test(between)) return false;
  return true;
}

/** Is the phrase only threatened or wished for ("threatened to turn up", "said he'd smash my car")? */
/** Where the sentence holding `pos` starts (after the last . ! ? or line break before it). */
export function sentenceStart(text: string, pos: number): number {
  const before = text.slice(0, pos);
  return Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
}

/** Where the sentence holding `pos` ends (its stop, or the end of the text): the partner of `sentenceStart`. */
export function sentenceEnd(text: string, pos: number): number {
  const end = text.slice(pos).search(/[.!?\n]/);
  return end < 0 ? text.length : pos + end;
}

export function isHypothetical(n: Normalised, span: Span, compiled: CompiledPhrases): boolean {
  const cs = clauseStart(n, span.start);
  if (compiled.hypothetical.test(n.text.slice(cs, span.start))) return true;
  // "threatened to come to my work and smash my car": the threat carries over "and"
  // until a full stop or a new subject ("...and then he keyed my car")
  const sentence = n.text.slice(0, span.start);
  const stop = Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf('!'), sentence.lastIndexOf('?'), sentence.lastIndexOf(';'), sentence.lastIndexOf('\n'));
  const inSentence = sentence.slice(stop + 1);
  // "voice notes saying I owe the company money and he'll come round": what they said carries over "and (that) he'll..."
  if (compiled.saidCarriesOver.test(n.text.slice(cs, span.start)) && compiled.saidBefore.test(inSentence.slice(0, Math.max(0, cs - (span.start - inSentence.length))))) return true;
  // "says hes coming round": a visit announced, not made (the announcement reaches into the behaviour's words)
  const announced = compiled.visitAnnounced.exec(n.text.slice(cs, sentenceEnd(n.text, span.end)));
  if (announced && cs + announced.index < span.end && cs + announced.index + announced[0].length > span.start) return true;
  // "he will come back and break my window": the visit's promise carries over "and" to what they will do there
  if (compiled.visitCarriesOver.test(inSentence)) return true;
  // "say if I leave he will call immigration": what they will do if the writer does something, promised, not done
  if (compiled.conditionThen.test(inSentence)) return true;
  const threat = /\bthreaten\w* to\b/g;
  let lastThreat = -1;
  for (const m of inSentence.matchAll(threat)) lastThreat = m.index + m[0].length;
  if (lastThreat < 0) return false;
  return !compiled.newSubject.test(inSentence.slice(lastThreat));
}

/** Start of a hedge ("about", "around") directly before `pos`, or -1. */
export function hedgeBefore(n: Normalised, pos: number, compiled: CompiledPhrases): number {
  const cs = clauseStart(n, pos);
  const prefix = n.text.slice(Math.max(cs, pos - 40), pos);
  const m = compiled.hedgeBefore.exec(prefix);
  return m ? pos - prefix.length + m.index : -1;
}

/** End of a hedge ("-ish", "or so") directly after `pos`, or -1. */
export function hedgeAfter(n: Normalised, pos: number, compiled: CompiledPhrases): number {
  const suffix = n.text.slice(pos, pos + 30);
  const m = compiled.hedgeAfter.exec(suffix);
  return m ? pos + m.index + m[0].length : -1;
}

/** Do two spans overlap? */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How far a closing double quote is looked for after a date or a rate inside one. */
const QUOTE_CHARS = 160;

/**
 * A quote that is the account of the one the story is about, relayed by whoever types it (blind batch 214: "I'm typing this
 * for my dad ... In his words: 'Since the spring before last somebody has been ringing ... two or three times a week'"): their
 * own telling, read as the story is, not words of the one doing it.
 */
const THEIR_OWN_ACCOUNT_BEFORE = /\bin (?:his|her|their|(?:my|our) [a-z]+'?s?) (?:own )?words\s*[:,-]?\s*$/;

/** Whether the span sits inside a double-quoted stretch of one line ("...on insta \"saw you at tesco last night x\""). */
export function insideQuote(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(lineStart, span.start);
  if (((before.match(/"/g) ?? []).length & 1) === 0) return false;
  if (THEIR_OWN_ACCOUNT_BEFORE.test(before.slice(0, before.lastIndexOf('"')))) return false;
  const after = text.slice(span.end, span.end + QUOTE_CHARS);
  const close = after.search(/["\n]/);
  return close >= 0 && after[close] === '"';
}

/** An opening single quote (after a space, a bracket or a colon, before a letter or digit), not an apostrophe. */
const SINGLE_OPEN = /(?:^|[\s(:])'(?=[a-z0-9])/g;
/** A closing single quote (after a letter, a digit or a stop, before a space, a stop or the end), not an apostrophe. */
const SINGLE_CLOSE = /[a-z0-9.!?,]'(?=[\s.,;:!?)]|$)/;

/**
 * Whether the span sits inside a single-quoted stretch of one line: words of theirs quoted ("He texts me things like 'late
 * one last night'", blind batch 203), said when they sent them, not when it began. The quote must open before the span and
 * close after it on the same line, with no closing quote between ("my parents' house" closes nothing).
 */
export function insideSingleQuote(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(lineStart, span.start);
  let open = -1;
  for (const m of before.matchAll(SINGLE_OPEN)) open = (m.index ?? 0) + m[0].length - 1;
  if (open < 0 || SINGLE_CLOSE.test(before.slice(open + 1))) return false;
  if (THEIR_OWN_ACCOUNT_BEFORE.test(before.slice(0, open))) return false;
  const after = text.slice(span.end - 1, span.end + QUOTE_CHARS);
  const line = after.split('\n')[0] as string;
  return SINGLE_CLOSE.test(line);
}
