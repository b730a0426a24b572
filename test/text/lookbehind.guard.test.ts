import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadingLookbehindGuard, mayMatchLookbehind } from '../../src/text/lookbehind.guard';
import { getPhrases } from '../../src/understanding/phrases';
import { normalise } from '../../src/understanding/normalise';
import { matchesIn } from '../../src/understanding/matches';
import { readBatch } from '../understanding/blind/score';
import { regexesIn } from '../../src/text/regexes.in';

describe('look-behind guard (src/text/lookbehind.guard.ts)', () => {
  it('is the content of a leading positive look-behind, without the global flag', () => {
    const guard = leadingLookbehindGuard(/(?<=\bsince\b[^.!?]{0,60}?)\b(?:he|she) has not\b/g);
    expect(guard?.source).toBe('\\bsince\\b[^.!?]{0,60}?');
    expect(guard?.flags).toBe('');
    expect(leadingLookbehindGuard(/(?<=(?:a|b) )(?<!c )x/iu)?.flags).toBe('iu');
  });

  it('gives no guard where the look-behind is not first, is negative, or refers outside itself', () => {
    expect(leadingLookbehindGuard(/\bhe (?<=since he)/g)).toBeUndefined();
    expect(leadingLookbehindGuard(/(?<!\bnot )\bhe/g)).toBeUndefined();
    expect(leadingLookbehindGuard(/(?<=came in )work|\bwhere i work/g)).toBeUndefined(); // the second alternative needs no look-behind
    expect(leadingLookbehindGuard(/(?<=came in )(?:work|my shop)/g)?.source).toBe('came in ');
    expect(leadingLookbehindGuard(/(?<=(a)\1 )b/g)).toBeUndefined(); // a back-reference
    expect(leadingLookbehindGuard(/(?<=(?<w>a)\k<w> )b/g)).toBeUndefined();
  });

  it('rules a text out only when the look-behind content is nowhere in it', () => {
    const re = /(?<=\bsince\b[^.!?]{0,60}?)\bhe has not been in touch\b/g;
    expect(mayMatchLookbehind(re, 'he has not been in touch')).toBe(false);
    expect(mayMatchLookbehind(re, 'since june he has not been in touch')).toBe(true);
    expect([...matchesIn('he has not been in touch', re)]).toHaveLength(0);
    expect([...matchesIn('since june he has not been in touch', re)].map((m) => m[0])).toEqual(['he has not been in touch']);
    // the guard can pass where the pattern still fails (the content too far back): the pattern decides
    expect([...matchesIn(`since june. ${'x '.repeat(40)}he has not been in touch`, re)]).toHaveLength(0);
  });

  it('never rules out an understanding pattern that matches (every blind story, normalised)', () => {
    const phrases = getPhrases('en-GB');
    const guarded = regexesIn(phrases).filter((re) => re.global && leadingLookbehindGuard(re) !== undefined);
    expect(guarded.length).toBeGreaterThan(20);
    const dir = join(__dirname, '..', 'understanding', 'blind');
    const stories = readdirSync(dir)
      .filter((f) => /^batch-\d+\.json$/.test(f))
      .flatMap((f) => readBatch(join(dir, f)).map((s) => s.text));
    expect(stories.length).toBeGreaterThan(5_000);
    const missed: string[] = [];
    let ruledOut = 0;
    for (const story of stories) {
      const text = normalise(story, phrases).text;
      for (const re of guarded) {
        if (mayMatchLookbehind(re, text)) continue;
        ruledOut++;
        if (new RegExp(re.source, re.flags.replace('g', '')).test(text)) missed.push(`${re.source.slice(0, 60)} in "${text}"`);
      }
    }
    expect(missed).toEqual([]);
    // and it does rule out: about two in five guarded patterns for a story
    expect(ruledOut / (stories.length * guarded.length)).toBeGreaterThan(0.3); // 41% on 5 Dec 2026
  }, 120_000);
});
