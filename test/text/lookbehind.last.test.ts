import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookbehindLast, lookbehindLastSource, nonCapturing } from '../../src/text/lookbehind.last';
import { getPhrases } from '../../src/understanding/phrases';
import { normalise } from '../../src/understanding/normalise';
import { regexesIn } from '../../src/text/regexes.in';
import { readBatch } from '../understanding/blind/score';
import { BEHAVIOUR_ROWS, DATE_ROWS, FREQUENCY_ROWS, HELD_OUT_ROWS, OTHER_WORDS_ROWS, RELATIONSHIP_ROWS, SMS_ROWS, STORY_ROWS } from '../understanding/table';

/** Every match of a global pattern as what callers read of it: where, what, and every group. */
function matchesOf(re: RegExp, text: string): string {
  return JSON.stringify([...text.matchAll(re)].map((m) => [m.index, [...m], m.groups ?? null]));
}

describe('look-behinds read last (src/text/lookbehind.last.ts)', () => {
  it('puts a look-ahead for the rest, its groups non-capturing, before leading look-behinds and word boundaries', () => {
    expect(lookbehindLastSource(String.raw`(?<!\bi )\b(?:hit|(punch))(?<who>me)\b`, 'g')).toBe(
      String.raw`(?=\b(?:hit|(?:punch))(?:me)\b)(?<!\bi )\b(?:hit|(punch))(?<who>me)\b`,
    );
    expect(lookbehindLastSource(String.raw`\b(?<=since )(?<!not )he`, '')).toBe(String.raw`(?=\bhe)\b(?<=since )(?<!not )he`);
    // each top-level alternative on its own; one with no look-behind is left as it is
    expect(lookbehindLastSource('(?<=a)b|c|(?<!d)(e)', 'g')).toBe('(?=b)(?<=a)b|c|(?=(?:e))(?<!d)(e)');
  });

  it('leaves a pattern as it is when the rewrite could change it or gains nothing', () => {
    expect(lookbehindLastSource(String.raw`\bhe (?<!not )came`, 'g')).toBeUndefined(); // no leading look-behind
    expect(lookbehindLastSource(String.raw`(?<!a)(b)\1`, 'g')).toBeUndefined(); // a back-reference
    expect(lookbehindLastSource(String.raw`(?<!a)(?<x>b)\k<x>`, 'g')).toBeUndefined();
    expect(lookbehindLastSource('(?<!a)b', 'gv')).toBeUndefined(); // nested classes are not read
    expect(lookbehindLastSource('(?<!a)', 'g')).toBeUndefined(); // nothing after the look-behind
    expect(lookbehindLastSource('(?<!a(b)', 'g')).toBeUndefined(); // unbalanced
    const plain = /\bhit\b/g;
    expect(lookbehindLast(plain)).toBe(plain);
  });

  it('makes groups non-capturing, but not look-arounds, classes or escaped brackets', () => {
    expect(nonCapturing(String.raw`(a)(?<n>b)(?:c)(?=d)(?!e)(?<=f)(?<!g)[(]\(`)).toBe(String.raw`(?:a)(?:b)(?:c)(?=d)(?!e)(?<=f)(?<!g)[(]\(`);
  });

  it('matches exactly where and what the pattern did, with the same groups and flags', () => {
    const re = /(?<!\b(?:i|we) (?:work|worked)\b[^]{0,300})\b(?:a|the) (?<who>resident|neighbour)s?\b/gi;
    const fast = lookbehindLast(re);
    expect(fast).not.toBe(re);
    expect(fast.flags).toBe(re.flags);
    expect(lookbehindLast(re)).toBe(fast); // built once
    const text = 'A resident keeps calling. I work with the neighbours and the resident next door is fine';
    expect(matchesOf(fast, text)).toBe(matchesOf(re, text));
    expect([...text.matchAll(fast)].map((m) => m.groups?.who)).toEqual(['resident']);
  });

  // Every twentieth blind batch (themes from the first to the latest) and every table text: the original patterns read
  // backwards at every position, so all 10,000 stories took minutes as vitest runs regexes; every story's understanding is
  // compared with the floors in test/understanding/blind.odd.test.ts and blind.even.test.ts, which run these patterns in this form.
  it('matches as every understanding pattern did, on a twentieth of the blind stories and every table text (normalised)', () => {
    const phrases = getPhrases('en-GB');
    const rewritten = regexesIn(phrases).filter((re) => re.global && lookbehindLast(re) !== re);
    expect(rewritten.length).toBeGreaterThan(100);
    const dir = join(__dirname, '..', 'understanding', 'blind');
    const texts = [
      ...readdirSync(dir)
        .filter((f) => /^batch-\d+\.json$/.test(f))
        .filter((_f, i) => i % 20 === 0)
        .flatMap((f) => readBatch(join(dir, f)).map((s) => s.text)),
      ...[DATE_ROWS, FREQUENCY_ROWS, BEHAVIOUR_ROWS, RELATIONSHIP_ROWS, STORY_ROWS, HELD_OUT_ROWS, SMS_ROWS, OTHER_WORDS_ROWS].flat().map((row) => row.text),
    ].map((t) => normalise(t, phrases).text);
    expect(texts.length).toBeGreaterThan(1_000);
    const differ: string[] = [];
    let matched = 0;
    for (const re of rewritten) {
      const fast = lookbehindLast(re);
      for (const text of texts) {
        re.lastIndex = 0;
        fast.lastIndex = 0;
        const was = re.test(text);
        if (was !== fast.test(text)) differ.push(`${re.source.slice(0, 60)} in "${text}"`);
        else if (was) {
          matched++;
          if (matchesOf(re, text) !== matchesOf(fast, text)) differ.push(`${re.source.slice(0, 60)} in "${text}"`);
        }
      }
      re.lastIndex = 0;
      fast.lastIndex = 0;
    }
    expect(differ).toEqual([]);
    expect(matched).toBeGreaterThan(1_000); // it compared real matches, not only misses
  }, 120_000);
});
