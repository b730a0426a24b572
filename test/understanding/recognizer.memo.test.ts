/**
 * Shared extraction (src/understanding/recognizer.memo.ts) must give exactly the recognizer's own
 * answers: compared on about 1,000 kept blind stories (evenly spaced over every batch, so the test's
 * cost stays fixed as batches are added) and on date phrasings that exercise each extractor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as recognizers from '@microsoft/recognizers-text-date-time';
import { describe, expect, it } from 'vitest';
import { shareRepeatedExtraction } from '../../src/understanding/recognizer.memo';

interface Parser {
  parse(query: string, referenceDate?: Date): unknown[];
}

const BLIND = path.join(__dirname, 'blind');
const stories = readdirSync(BLIND)
  .filter((f) => /^batch-\d+\.json$/.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(path.join(BLIND, f), 'utf8')) as { text: string }[]).map((s) => s.text));
const SAMPLE = 1000;
const sampled = stories.filter((_, i) => i % Math.ceil(stories.length / SAMPLE) === 0);
const phrasings = [
  'since 03/04/2026',
  'about three weeks ago',
  'every day since last christmas',
  'from june right up until about 3 weeks ago',
  'he rang at 3pm yesterday and again at 10:30 tonight',
  'for about 6 months',
  'since the 3rd of April 2026, every other day',
  'between 9 and 5 on weekdays since the summer',
  'last friday night around 11',
];

/** A "set" the recognizer cannot resolve carries the wall clock at the moment of the call. */
const withoutWallClock = (results: unknown[]) => JSON.stringify(results).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/g, '<now>');

describe('shared extraction in the date recognizer', () => {
  const model = () => new recognizers.DateTimeRecognizer('en-gb').getDateTimeModel('en-gb', true) as unknown as Parser;
  const plain = model();
  const shared = shareRepeatedExtraction(recognizers, model());
  const reference = new Date('2026-11-30T12:00:00Z');

  it('finds exactly what the recognizer finds, on blind stories of every batch and date phrasings', () => {
    expect(sampled.length).toBeGreaterThan(800);
    const differ = [...sampled, ...phrasings].filter((text) => withoutWallClock(shared.parse(text, reference)) !== withoutWallClock(plain.parse(text, reference)));
    expect(differ).toEqual([]);
  }, 180_000);

  it('gives each caller its own results: changing one answer does not change the next', () => {
    const first = shared.parse('since 03/04/2026', reference) as { start: number }[];
    expect(first.length).toBe(1);
    first[0]!.start = 99;
    const again = shared.parse('since 03/04/2026', reference) as { start: number }[];
    expect(again[0]!.start).toBe(0);
  });

  it('reads each reference date on its own', () => {
    const a = JSON.stringify(shared.parse('three weeks ago', new Date('2026-11-30T12:00:00Z')));
    const b = JSON.stringify(shared.parse('three weeks ago', new Date('2026-06-01T12:00:00Z')));
    expect(a).toContain('2026-11-09');
    expect(b).toContain('2026-05-11');
  });
});
