/**
 * `text.matchAll(re)` without its cost when nothing matches. `matchAll` copies the pattern (a new
 * RegExp) and makes an iterator on every call; understanding runs a few hundred patterns over every
 * message, and for a short answer ("yes", "help") almost none match, so those copies were most of
 * its cost (~0.4 ms a message). A `test` from the start finds whether there is a first match; only
 * then is `matchAll` called, so the matches (and a non-global pattern's TypeError) are the same.
 * A pattern that begins with a look-behind is first checked for that look-behind's content alone
 * (../text/lookbehind.guard.ts): one forward pass instead of a backward read at every position.
 */
import { mayMatchLookbehind } from '../text/lookbehind.guard';

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

export function matchesIn(text: string, re: RegExp): Iterable<RegExpExecArray> {
  if (!re.global) return text.matchAll(re);
  if (!mayMatchLookbehind(re, text)) return NONE;
  re.lastIndex = 0;
  const any = re.test(text);
  re.lastIndex = 0;
  return any ? text.matchAll(re) : NONE;
}
