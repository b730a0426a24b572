/**
 * A cheap pre-check for patterns that begin with a look-behind: "(?<=X)Y" can match a text only if
 * X matches somewhere in it. Run as written, such a pattern tries X backwards at every position of
 * the text (X often ends "[^.!?]{0,100}?", so each try reads up to a hundred characters back); one
 * forward search for X first rules most texts out in a single pass. The pattern then runs exactly as
 * before, so what it matches never changes (`test/text/lookbehind.guard.test.ts` runs every such
 * pattern over every test text and blind story).
 *
 * A pattern has no guard when the look-behind does not cover all of it ("(?<=X)Y|Z": Z needs no X)
 * or when X cannot be run on its own for certain (a back-reference, "\1" or "\k<name>", may name a
 * group outside X).
 */
import { closingParen, hasBackReference, splitAlternatives } from './prefilter';

const guards = new WeakMap<RegExp, RegExp | null>();

/** X of a leading "(?<=X)", as a regex of its own (no global or sticky flag), or undefined. */
export function leadingLookbehindGuard(pattern: RegExp): RegExp | undefined {
  let guard = guards.get(pattern);
  if (guard === undefined) {
    guard = guardFor(pattern);
    guards.set(pattern, guard);
  }
  return guard ?? undefined;
}

function guardFor(pattern: RegExp): RegExp | null {
  const source = pattern.source;
  if (!source.startsWith('(?<=') || splitAlternatives(source)?.length !== 1) return null;
  const close = closingParen(source, 0);
  if (close < 0) return null;
  const inside = source.slice(4, close);
  if (hasBackReference(inside)) return null;
  try {
    return new RegExp(inside, pattern.flags.replace(/[gy]/g, ''));
  } catch {
    return null;
  }
}

/** False when the pattern cannot match `text` (its leading look-behind's content is nowhere in it). */
export function mayMatchLookbehind(pattern: RegExp, text: string): boolean {
  const guard = leadingLookbehindGuard(pattern);
  return guard === undefined || guard.test(text);
}
