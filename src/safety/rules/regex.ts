/**
 * Helpers for writing rule patterns over normalised text (lowercase a-z/0-9 words, single spaces,
 * clauses joined by " | "). Shared by every locale's rule files.
 */
/**
 * Join fragments with one space and compile a word-bounded, global pattern. A fragment right after
 * `some()` attaches without a space (some() already ends with one), and so do fragments built
 * with `opt()`, `notFollowedBy()` and `endOr()` (they carry their own leading space).
 */
export function rx(...parts: string[]): RegExp {
  let src = '';
  for (const part of parts) {
    if (src.length === 0 || /^\(\?[!=]|^\(\?: /.test(part) || /\)\{0,\d+\}\??$/.test(src)) src += part;
    else src += ` ${part}`;
  }
  return new RegExp(`\\b${src}\\b`, 'g');
}
/**
 * `alt('a','b c')` -> `(?:a|b c)`. Plain word options are factored into a prefix trie
 * (`someone|somebody` -> `some(?:one|body)`, longest first): the same matches, but much smaller
 * compiled regexes, which keeps the whole rule set fast (V8 compiles each RegExp to native code).
 */
export function alt(...options: string[]): string {
  const plain = options.filter((o) => /^[a-z0-9 ]+$/.test(o));
  const other = options.filter((o) => !/^[a-z0-9 ]+$/.test(o));
  const parts = plain.length > 1 ? [trie(plain), ...other] : options;
  return `(?:${parts.join('|')})`;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trie(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()].map(([ch, child]) => ch + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A word may end here or go on: try the longer word first (greedy).
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
}
/** Zero to `max` of the fragment, each followed by a space; the next fragment attaches to it. */
export function some(fragment: string, max = 3): string {
  return `(?:${fragment} ){0,${max}}`;
}
/** An optional trailing fragment: ` fragment` or nothing. */
export function opt(fragment: string): string {
  return `(?: ${fragment})?`;
}
/** Not followed by any of the words (checked after a space). */
export function notFollowedBy(...options: string[]): string {
  return `(?! ${alt(...options)}\\b)`;
}
/**
 * The engine runs each pattern once over all clauses joined by " | ", so a clause starts at the
 * start of the text or after "| ", and ends at the end of the text or before " |". Use these
 * instead of ^ and $ in patterns.
 */
export const END = '(?=$| \\|)';
export const START = '(?:^|(?<=\\| ))';
/** Followed by the end of the clause or by one of the words. */
export function endOr(...options: string[]): string {
  return `(?=$| \\|| ${alt(...options)}\\b)`;
}
/** Any single word. */
export const W = '[a-z0-9]+';

/**
 * A look-around that reads far (a look-behind over up to 200 characters) tried only where `next`
 * can start: `gatedBy(next, lookbehind) + next`. A regex tries its start at every position of the
 * message, and a leading look-behind ran its long backward read at each of them; the cheap look-ahead
 * first rules out nearly all positions. Zero-width checks at one position in another order: the
 * same matches.
 */
export function gatedBy(next: string, lookaround: string): string {
  return `(?=${next})${lookaround}`;
}

/**
 * `fragment` somewhere in the message within `chars` characters before or after this point, across
 * clauses ("im at my mates ... a pic of her house", "in a taxi and driver wont stop"): a condition on
 * the whole message that consumes nothing.
 */
export function anywhereWithin(fragment: string, chars: number): string {
  return `(?:(?<=${fragment}[^]{0,${chars}}?)|(?=[^]{0,${chars}}?${fragment}))`;
}

/**
 * One of the words, or the end of the clause: ` word` is consumed, the end is not. Attaches without
 * a space (it carries its own, optional after `some()`), so it can close a pattern:
 * `rx('ending it', orEnd('tonight', 'now'))`.
 */
export function orEnd(...options: string[]): string {
  return `(?: ?${alt(...options)}|${END})`;
}

/**
 * A rule's trigger built from fragments its patterns require: `gate(PLACE, 'can see')` matches
 * wherever any fragment does. List one fragment that EVERY match of each pattern contains (the
 * same constant the pattern uses, so the two cannot drift apart); the result is a superset gate.
 * Each fragment must start a word in every match (as every `rx()` part does: it follows the
 * pattern's start or a space), so the gate looks for it at word starts only, which keeps it cheap.
 */
export function gate(...fragments: string[]): RegExp {
  return new RegExp(`\\b(?:${fragments.map((f) => `(?:${f})`).join('|')})`);
}
