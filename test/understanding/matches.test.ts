import { describe, expect, it } from 'vitest';
import { matchesIn } from '../../src/understanding/matches';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], m.groups?.n]);

describe('matchesIn', () => {
  it('gives the same matches as matchAll, and leaves the pattern ready for the next text', () => {
    const re = /\b(?<n>\d+) times\b/g;
    const text = 'he called 3 times on Monday and 12 times yesterday';
    re.lastIndex = 7; // a pattern left mid-way by earlier use is read from the start, as before
    expect(spans(matchesIn(text, re))).toEqual([
      [10, '3 times', '3'],
      [32, '12 times', '12'],
    ]);
    expect(spans(matchesIn(text, re))).toEqual(spans(text.matchAll(/\b(?<n>\d+) times\b/g)));
    expect(re.lastIndex).toBe(0);
  });

  it('gives nothing when nothing matches, and empty matches when the pattern can match nothing', () => {
    expect([...matchesIn('yes', /\bblock(?:ed|ing)?\b/g)]).toEqual([]);
    expect(spans(matchesIn('ab', /x*/g))).toEqual(spans('ab'.matchAll(/x*/g)));
  });

  it('anchors a sticky pattern at the start, as matchAll does', () => {
    expect(spans(matchesIn('aab', /a/gy))).toEqual([
      [0, 'a', undefined],
      [1, 'a', undefined],
    ]);
    expect([...matchesIn('baa', /a/gy)]).toEqual([]);
  });

  it('still refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => [...matchesIn('yes', /yes/)]).toThrow(TypeError);
  });
});
