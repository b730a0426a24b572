/**
 * Where a pattern's matches can start: for patterns whose every match starts at a word they know
 * (`matchStartBeginnings`, ./prefilter.ts), the places in a text where such a word starts, found for all of them in one
 * walk over the text's words. The pattern's sticky twin (`stickyOf`) is then tried at those places only, in order,
 * instead of the pattern scanning every position of the text.
 *
 * Why: V8 compiles the safety detector's patterns without its optimisations (no quick checks or Boyer-Moore skips) once an
 * isolate holds a lot of regex code (src/safety/README.md, "Cost"), so a large pattern costs ~0.1-0.2 us at every position
 * of every message it runs on, ~20 us for a 110-character story, and one that begins with a look-behind reads backwards at
 * each position. Tried at the few places where its first words are, it finds the same matches (a match can only start at
 * one of them, and sticky matching at a place gives what a scan finds first there), in the same order.
 */
import { MAX_PREFIX, matchStartBeginnings } from './prefilter';

const NONE: readonly number[] = [];

export class StartsIndex {
  /** A beginning -> the ids of the patterns one of whose matches may start with it. */
  private readonly patternsByBeginning = new Map<string, number[]>();
  private readonly idOf = new Map<RegExp, number>();

  constructor(patterns: Iterable<RegExp>) {
    for (const pattern of patterns) {
      if (this.idOf.has(pattern)) continue;
      const beginnings = matchStartBeginnings(pattern);
      if (beginnings === undefined) continue;
      const id = this.idOf.size;
      this.idOf.set(pattern, id);
      for (const b of beginnings) {
        const ids = this.patternsByBeginning.get(b);
        if (ids) ids.push(id);
        else this.patternsByBeginning.set(b, [id]);
      }
    }
  }

  /** Whether the index knows where `pattern`'s matches start (else it has to scan). */
  knows(pattern: RegExp): boolean {
    return this.idOf.has(pattern);
  }

  /** For every indexed pattern, the places in `text` where one of its matches may start. */
  placesIn(text: string): MatchStarts {
    const places: (number[] | undefined)[] = new Array(this.idOf.size);
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const end = Math.min(i, start + MAX_PREFIX);
      for (let j = start + 1; j <= end; j++) {
        const ids = this.patternsByBeginning.get(text.slice(start, j));
        if (ids === undefined) continue;
        for (const id of ids) {
          const at = places[id];
          if (at === undefined) places[id] = [start];
          else if (at[at.length - 1] !== start) at.push(start);
        }
      }
      start = -1;
    }
    return new MatchStarts(this.idOf, places);
  }
}

/** One text's places, by pattern. */
export class MatchStarts {
  constructor(
    private readonly idOf: ReadonlyMap<RegExp, number>,
    private readonly places: readonly (readonly number[] | undefined)[],
  ) {}

  /** The places, in order, where a match of `pattern` may start; undefined when it is not indexed (it must scan). */
  of(pattern: RegExp): readonly number[] | undefined {
    const id = this.idOf.get(pattern);
    return id === undefined ? undefined : (this.places[id] ?? NONE);
  }
}

const sticky = new WeakMap<RegExp, RegExp>();
/** The pattern with the sticky flag: it matches only at its `lastIndex`. One per pattern, kept as long as it. */
export function stickyOf(pattern: RegExp): RegExp {
  let twin = sticky.get(pattern);
  if (!twin) {
    twin = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : `${pattern.flags}y`);
    sticky.set(pattern, twin);
  }
  return twin;
}
