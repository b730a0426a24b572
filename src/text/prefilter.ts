/**
 * A word-level pre-check for rule triggers, so most rules are skipped without running a regex.
 *
 * Running a regex is cheap on its own, but a message goes through hundreds of large compiled
 * patterns, and that (not the length of the message) is most of the detector's cost. A trigger
 * such as `\b(?:hit\w*|punch\w*|get in|tak(?:e|ing) my)` can only match where a word STARTS with
 * one of its literal beginnings ("hit", "punch", "get", "tak"). So, from the trigger's source we
 * read those beginnings once, from the message we collect the beginnings of its words once, and a
 * rule none of whose beginnings is there cannot trigger: it is skipped exactly as if its trigger
 * had been run and had not matched. A trigger whose beginnings cannot be read for certain (a
 * character class, a look-ahead, an optional first part) gets no pre-check and runs as before.
 * Leading look-behinds are passed over (they consume nothing), and a pattern of several top-level
 * alternatives needs one beginning of any of them. Used by the safety detector (rule triggers and
 * phrase fixes) and by the understanding step (behaviour patterns).
 */

/** Beginnings are compared on at most this many letters (longer ones are cut: still a superset). */
export const MAX_PREFIX = 8;

/**
 * Walk a regex source from `from`, calling `visit(index, char, depth)` for every character that is
 * outside a character class and not escaped, with the group depth after it; stop when `visit`
 * returns true. Returns the index where it stopped, -1 at the end, or -2 if the source is unbalanced.
 */
export function walkStructure(source: string, from: number, visit: (i: number, c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth < 0) return -2;
    if (visit(i, c, depth)) return i;
  }
  return depth !== 0 || inClass ? -2 : -1;
}

/** Whether a regex source refers back to a group ("\\1", "\\k<name>"): a piece of it cannot then be run on its own. */
export function hasBackReference(source: string): boolean {
  return /\\(?:[1-9]|k<)/.test(source);
}

/** Top-level alternatives of a group's content ("a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]). */
export function splitAlternatives(content: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  const end = walkStructure(content, 0, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(content.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  if (end === -2) return undefined;
  parts.push(content.slice(start));
  return parts;
}

/** Index of the ")" closing the group opened at `open`, or -1. */
export function closingParen(source: string, open: number): number {
  const at = walkStructure(source, open, (_i, c, depth) => c === ')' && depth === 0);
  return at >= 0 ? at : -1;
}

/**
 * Where a quantifier that follows a group or letter at `at` ends, and whether it allows none
 * ("?", "*", "{0,n}"); `{ end: at, optional: false }` when there is none. A lazy "?" after it is
 * part of it.
 */
function quantifierAt(source: string, at: number): { end: number; optional: boolean } {
  const c = source[at];
  let end = at;
  let optional = false;
  if (c === '?' || c === '*') {
    end = at + 1;
    optional = true;
  } else if (c === '+') {
    end = at + 1;
  } else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(source.slice(at));
    if (!m) return { end: at, optional: true }; // unreadable: treated as optional (a superset)
    end = at + m[0].length;
    optional = m[1] === '' || Number(m[1]) === 0;
  } else {
    return { end: at, optional: false };
  }
  if (source[end] === '?') end++;
  return { end, optional };
}

/** A look-around "(?=", "(?!", "(?<=" or "(?<!": it consumes nothing. */
function isLookaround(source: string): boolean {
  return source.startsWith('(?=') || source.startsWith('(?!') || source.startsWith('(?<=') || source.startsWith('(?<!');
}

/**
 * The source after its leading zero-width parts (look-arounds, "\b", "^"), which consume nothing:
 * a match still starts with what follows them. Undefined if a look-around is unbalanced.
 */
function afterZeroWidth(source: string): string | undefined {
  let rest = source;
  for (;;) {
    if (isLookaround(rest)) {
      const close = closingParen(rest, 0);
      if (close < 0) return undefined;
      rest = rest.slice(close + 1);
    } else if (rest.startsWith('\\b')) {
      rest = rest.slice(2);
    } else if (rest.startsWith('^')) {
      rest = rest.slice(1);
    } else {
      return rest;
    }
  }
}

/**
 * The letters and digits a character class at the start of `source` stands for ("[0-9]", "[a-c5]"),
 * or undefined for any other class (negated, escapes, other characters) or no class.
 */
function classLetters(source: string): string[] | undefined {
  const m = /^\[([a-z0-9-]+)\]/.exec(source);
  if (!m || m[1]!.startsWith('-') || m[1]!.endsWith('-')) return undefined;
  const out: string[] = [];
  const body = m[1]!;
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-') {
      const from = body.charCodeAt(i);
      const to = body.charCodeAt(i + 2);
      if (to < from) return undefined;
      for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
      i += 2;
    } else {
      out.push(body[i]!);
    }
  }
  return out.every((c) => /^[a-z0-9]$/.test(c)) ? out : undefined;
}

/**
 * The literal beginnings every match of `source` starts with, or undefined when they cannot be
 * read for certain. Zero-width parts are passed over. An optional first part ("(?:very )?hit",
 * "(?:(?:help|please) ){0,2}door", "(?:i am |)going") adds its own beginnings to those of what
 * follows it: a match starts with one or the other.
 */
function beginnings(source: string): string[] | undefined {
  const rest = afterZeroWidth(source);
  if (rest === undefined) return undefined;
  source = rest;
  const run = /^[a-z0-9 ]*/.exec(source)?.[0] ?? '';
  if (run.length > 0) {
    // "knives?" or "ab{0,1}": the quantifier makes the last letter optional.
    const literal = quantifierAt(source, run.length).optional ? run.slice(0, -1) : run;
    return literal.length > 0 && !literal.startsWith(' ') ? [literal] : undefined;
  }
  // A class of letters and digits ("[0-9]+ times", "\\d dates"): a match starts with one of them, or, when
  // the class may be absent ("[0-9]* times"), with what follows it.
  if (source.startsWith('\\d')) source = `[0-9]${source.slice(2)}`;
  const letters = classLetters(source);
  if (letters) {
    const quantifier = quantifierAt(source, source.indexOf(']') + 1);
    if (!quantifier.optional) return letters;
    const next = beginnings(source.slice(quantifier.end));
    return next ? [...letters, ...next] : undefined;
  }
  // A group, non-capturing "(?:" or capturing "(".
  const contentStart = source.startsWith('(?:') ? 3 : source.startsWith('(') && !source.startsWith('(?') ? 1 : -1;
  if (contentStart < 0) return undefined;
  const close = closingParen(source, 0);
  if (close < 0) return undefined;
  const alternatives = splitAlternatives(source.slice(contentStart, close));
  if (!alternatives) return undefined;
  const quantifier = quantifierAt(source, close + 1);
  let optional = quantifier.optional;
  const out: string[] = [];
  for (const alternative of alternatives) {
    const content = afterZeroWidth(alternative);
    if (content === undefined) return undefined;
    if (content === '') {
      optional = true; // "(?:i am |)" or "(?:^|(?<=\\| ))": this alternative consumes nothing
      continue;
    }
    const found = beginnings(content);
    if (!found) return undefined;
    out.push(...found);
  }
  if (optional) {
    const next = beginnings(source.slice(quantifier.end));
    if (!next) return undefined;
    out.push(...next);
  }
  return out;
}

/**
 * What is left of an alternative after its leading look-behinds ("(?<!i )", "(?<=[a-z] )"): they
 * consume nothing, so a match still starts with what follows them. Undefined if one is unbalanced.
 */
function afterLookbehinds(alternative: string): string | undefined {
  let rest = alternative;
  while (rest.startsWith('(?<!') || rest.startsWith('(?<=')) {
    const close = closingParen(rest, 0);
    if (close < 0) return undefined;
    rest = rest.slice(close + 1);
  }
  return rest;
}

/**
 * Whether a top-level alternative starts a match at the start of a word: after any look-behinds,
 * a "\b", a clause start ("^" or "(?:^|(?<=\\| ))", as the safety detector's normalised clauses mark it) or a
 * sentence start ("(?:^|(?<=[.!?\\n]\\s{0,3}))", the understanding step's: what follows a full stop and spaces starts a word).
 */
const WORD_START = ['\\b', '^', '(?:^|(?<=\\| ))', '(?<=\\| )', '(?:^|(?<=[.!?\\n]\\s{0,3}))'];

/**
 * A trigger written as "^(?=[^]*\\b(?:words...)...)...": the text must hold one of those words
 * somewhere, so their beginnings are a pre-check. Undefined for any other shape.
 */
function lookaheadWords(source: string): string[] | undefined {
  const head = '^(?=[^]*\\b';
  if (!source.startsWith(head)) return undefined;
  const close = closingParen(source, 1);
  if (close < 0) return undefined;
  return beginnings(source.slice(head.length, close));
}

/**
 * The word beginnings one of which a text must contain for `pattern` to match it, or undefined
 * (no pre-check). Every top-level alternative must start, after any look-behinds, with `\b` and
 * then a word or a group of them; no flags that change letters.
 */
export function triggerBeginnings(pattern: RegExp): readonly string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  const found = lookaheadWords(pattern.source) ?? alternativesBeginnings(pattern.source);
  if (!found) return undefined;
  return [...new Set(found.map((literal) => (literal.split(' ')[0] as string).slice(0, MAX_PREFIX)))];
}

function alternativesBeginnings(source: string): string[] | undefined {
  const alternatives = splitAlternatives(source);
  if (!alternatives) return undefined;
  const found: string[] = [];
  for (const alternative of alternatives) {
    const rest = afterLookbehinds(alternative);
    if (rest === undefined) return undefined;
    const start = WORD_START.find((w) => rest.startsWith(w));
    if (start === undefined) {
      // ...or a group that must be there, each of whose alternatives starts at a word: "(?:\\bwe went|\\bi saw)..."
      const inner = leadingGroupBeginnings(rest);
      if (!inner) return undefined;
      found.push(...inner);
      continue;
    }
    const words = beginnings(rest.slice(start.length));
    if (!words) return undefined;
    found.push(...words);
  }
  return found;
}

/** A leading non-capturing group, not optional, read as top-level alternatives of its own; undefined for any other start. */
function leadingGroupBeginnings(source: string): string[] | undefined {
  if (!source.startsWith('(?:') || source.startsWith('(?:^|')) return undefined;
  const close = closingParen(source, 0);
  if (close < 0 || quantifierAt(source, close + 1).optional) return undefined;
  return alternativesBeginnings(source.slice(3, close));
}

/** `triggerBeginnings` of a compiled pattern as a set, read once per pattern (null: no pre-check). */
const beginningsOfPattern = new WeakMap<RegExp, ReadonlySet<string> | null>();
export function patternBeginnings(pattern: RegExp): ReadonlySet<string> | undefined {
  let found = beginningsOfPattern.get(pattern);
  if (found === undefined) {
    const words = triggerBeginnings(pattern);
    found = words ? new Set(words) : null;
    beginningsOfPattern.set(pattern, found);
  }
  return found ?? undefined;
}

/**
 * The word beginnings a match of `pattern` STARTS with - every match begins at the start of a word (a run of a-z, 0-9) that
 * starts with one of them - or undefined when that cannot be read for certain. Stricter than `patternBeginnings`, which
 * also reads a leading look-ahead's words ("^(?=[^]*\\bword)": the word is somewhere, the match starts at 0): only the
 * top-level alternatives' own beginnings, each after look-behinds and a word start. Read once per pattern.
 */
const startsOfPattern = new WeakMap<RegExp, ReadonlySet<string> | null>();
export function matchStartBeginnings(pattern: RegExp): ReadonlySet<string> | undefined {
  let found = startsOfPattern.get(pattern);
  if (found === undefined) {
    const words = pattern.flags.includes('i') ? undefined : alternativesBeginnings(pattern.source);
    found = words ? new Set(words.map((literal) => (literal.split(' ')[0] as string).slice(0, MAX_PREFIX))) : null;
    startsOfPattern.set(pattern, found);
  }
  return found ?? undefined;
}

/** Every beginning (up to MAX_PREFIX letters) of every word (a run of a-z, 0-9) of the text. */
export function wordBeginnings(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWordChar) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const end = Math.min(i, start + MAX_PREFIX);
    for (let j = start + 1; j <= end; j++) out.add(text.slice(start, j));
    start = -1;
  }
  return out;
}

/**
 * Whether the text (its word beginnings) may hold a match; true when there is no pre-check. Walks
 * the smaller side: a short answer's few beginnings against a pattern's set, or a pattern's few
 * beginnings against a long message's.
 */
export function mayMatch(needed: readonly string[] | ReadonlySet<string> | undefined, words: ReadonlySet<string>): boolean {
  if (needed === undefined) return true;
  if (!Array.isArray(needed) && words.size < (needed as ReadonlySet<string>).size) {
    for (const w of words) if ((needed as ReadonlySet<string>).has(w)) return true;
    return false;
  }
  for (const w of needed) if (words.has(w)) return true;
  return false;
}

/**
 * Many patterns (or rules) indexed by the word beginnings each needs, so the ones a text may match
 * are found from the text's own words rather than by asking every pattern in turn: the cost follows
 * the length of the text, not the number of patterns ("yes" looks up three beginnings, not 400 sets).
 * `mask(words)[i]` is 1 exactly where `mayMatch(needed[i], words)` is true.
 */
export class BeginningsIndex {
  private readonly itemsByBeginning = new Map<string, number[]>();
  private readonly alwaysRun: number[] = [];
  readonly size: number;

  /** `needed[i]`: the beginnings item i needs (undefined: no pre-check, it always runs). */
  constructor(needed: Iterable<ReadonlySet<string> | undefined>) {
    let i = 0;
    for (const beginnings of needed) {
      if (beginnings === undefined) this.alwaysRun.push(i);
      else
        for (const b of beginnings) {
          const items = this.itemsByBeginning.get(b);
          if (items) items.push(i);
          else this.itemsByBeginning.set(b, [i]);
        }
      i++;
    }
    this.size = i;
  }

  /** One entry per item, in their order: 1 where the item may match a text with these word beginnings. */
  mask(words: ReadonlySet<string>): Uint8Array {
    const mask = new Uint8Array(this.size);
    for (const i of this.alwaysRun) mask[i] = 1;
    for (const w of words) {
      const items = this.itemsByBeginning.get(w);
      if (items) for (const i of items) mask[i] = 1;
    }
    return mask;
  }
}

/**
 * The index of a list (its items' needed beginnings read by `needed`), built on first use and kept for as long as
 * `owner`, the list it indexes, lives.
 */
const indexes = new WeakMap<object, BeginningsIndex>();
export function beginningsIndexOf(owner: object, needed: () => Iterable<ReadonlySet<string> | undefined>): BeginningsIndex {
  let index = indexes.get(owner);
  if (!index) {
    index = new BeginningsIndex(needed());
    indexes.set(owner, index);
  }
  return index;
}

/** The index of a list of patterns (`beginningsIndexOf`, each pattern's own beginnings). */
export function patternsIndex(owner: object, patterns: () => Iterable<RegExp>): BeginningsIndex {
  return beginningsIndexOf(owner, () => [...patterns()].map((p) => patternBeginnings(p)));
}
