/**
 * `text.matchAll(re)` without its cost when nothing matches. `matchAll` copies the pattern (a new
 * RegExp) and makes an iterator on every call; understanding runs a few hundred patterns over every
 * message, and for a short answer ("yes", "help") almost none match, so those copies were most of
 * its cost (~0.4 ms a message). A `test` from the start finds whether there is a first match; only
 * then is `matchAll` called, so the matches (and a non-global pattern's TypeError) are the same.
 * A pattern that begins with a look-behind is first checked for that look-behind's content alone
 * (../text/lookbehind.guard.ts): one forward pass instead of a backward read at every position; and
 * it runs in its look-ahead-first form (../text/lookbehind.last.ts), which reads a leading look-behind
 * only where the rest of the pattern can match.
 */
import { mayMatchLookbehind } from '../text/lookbehind.guard';
import { lookbehindLast } from '../text/lookbehind.last';

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

export function matchesIn(text: string, pattern: RegExp): Iterable<RegExpExecArray> {
  if (!pattern.global) return text.matchAll(pattern);
  if (!mayMatchLookbehind(pattern, text)) return NONE;
  const re = lookbehindLast(pattern);
  re.lastIndex = 0;
  const any = re.test(text);
  re.lastIndex = 0;
  return any ? text.matchAll(re) : NONE;
}
