/**
 * A pattern that begins with look-behinds ("(?<!X)Y", "\b(?<!X)Y") is run by V8 as written: at every
 * position of the text it first reads X backwards, and X is often long ("[^]{0,300}" before a word),
 * so one such pattern over a story of a few hundred characters reads tens of thousands of characters
 * even when Y is nowhere in it. `lookbehindLast` gives the same pattern with a look-ahead for Y put in
 * front: "(?=Y')(?<!X)Y", where Y' is Y with its groups made non-capturing. Look-arounds at one
 * position consume nothing and do not depend on each other, so the new pattern matches exactly
 * where and what the old one did, with the same groups (`test/text/lookbehind.last.test.ts` runs
 * both over a sample of the blind stories and every table text; all 10,302 blind stories were
 * understood identically when it was added); X is now read only where Y can match.
 *
 * A pattern of several top-level alternatives ("(?<!X)Y|Z") gets the look-ahead on each alternative
 * that begins with look-behinds. Left as they are: patterns with no leading look-behind, with
 * back-references (Y' would change what they refer to), with the `v` flag (nested classes), or
 * that cannot be read for certain.
 */
import { closingParen, hasBackReference, splitAlternatives, walkStructure } from './prefilter';

const fast = new WeakMap<RegExp, RegExp>();

/** The same pattern with its leading look-behinds read only where the rest can match (or itself). */
export function lookbehindLast(pattern: RegExp): RegExp {
  let found = fast.get(pattern);
  if (!found) {
    const source = lookbehindLastSource(pattern.source, pattern.flags);
    found = source === undefined ? pattern : new RegExp(source, pattern.flags);
    fast.set(pattern, found);
  }
  return found;
}

/** The rewritten source, or undefined when the pattern is left as it is (see the header). */
export function lookbehindLastSource(source: string, flags: string): string | undefined {
  if (flags.includes('v') || hasBackReference(source)) return undefined;
  const alternatives = splitAlternatives(source);
  if (!alternatives) return undefined;
  const rewritten = alternatives.map((alternative) => lookaheadFirst(alternative) ?? alternative);
  return rewritten.some((r, i) => r !== alternatives[i]) ? rewritten.join('|') : undefined;
}

/** One top-level alternative with its leading look-behinds (and word boundaries) checked after a look-ahead for the rest. */
function lookaheadFirst(alternative: string): string | undefined {
  let at = 0;
  let lookbehinds = 0;
  let boundary = false;
  for (;;) {
    if (alternative.startsWith('\\b', at)) {
      at += 2;
      boundary = true;
    } else if (alternative.startsWith('(?<=', at) || alternative.startsWith('(?<!', at)) {
      const close = closingParen(alternative, at);
      if (close < 0) return undefined;
      if (/^[?*+{]/.test(alternative.slice(close + 1))) return undefined; // a quantified look-behind
      at = close + 1;
      lookbehinds++;
    } else {
      break;
    }
  }
  if (lookbehinds === 0) return undefined;
  const rest = nonCapturing(alternative.slice(at));
  if (rest === undefined || rest === '') return undefined;
  return `(?=${boundary ? '\\b' : ''}${rest})${alternative}`;
}

/** `source` with every capturing group, numbered or named, made non-capturing; undefined if unbalanced. */
export function nonCapturing(source: string): string | undefined {
  const opens: { at: number; end: number }[] = [];
  const ended = walkStructure(source, 0, (i, c) => {
    if (c !== '(') return false;
    if (source[i + 1] !== '?') opens.push({ at: i + 1, end: i + 1 });
    else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const close = source.indexOf('>', i + 3);
      if (close < 0) return true;
      opens.push({ at: i + 1, end: close + 1 });
    }
    return false;
  });
  if (ended !== -1) return undefined;
  let out = '';
  let from = 0;
  for (const open of opens) {
    out += `${source.slice(from, open.at)}?:`;
    from = open.end;
  }
  return out + source.slice(from);
}
