/**
 * Blind understanding batches (stories written from test/understanding/blind/BRIEF.md by someone who
 * never saw the phrase tables) as a ratchet: each batch must read at least the facts it read when
 * last measured (floors.json). Raise a floor when a fix reads more. Lower one only for a change that
 * reads more across all batches, with the loss named in src/understanding/README.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { warmUpUnderstanding } from '../../src/understanding';
import { factsTotal, formatScore, readBatch, scoreBatch } from './blind/score';

const here = path.join(__dirname, 'blind');
const floors = JSON.parse(readFileSync(path.join(here, 'floors.json'), 'utf8')) as Record<string, { facts: number; dates: number }>;

describe('blind understanding batches', () => {
  // The date recognizer's load and the patterns' first compile belong to a hook with room for them, not to the first
  // batch's 20 s (17 s alone, 44 s on a loaded machine, 7 Dec 2026).
  beforeAll(() => warmUpUnderstanding(), 120_000);

  it('has a floor for every kept batch', () => {
    expect(Object.keys(floors).length).toBeGreaterThan(0);
  });
  for (const [name, floor] of Object.entries(floors)) {
    it(`${name}: reads at least ${floor.facts} facts and ${floor.dates} start dates`, () => {
      const score = scoreBatch(readBatch(path.join(here, name)));
      console.log(formatScore(name, score));
      expect(factsTotal(score).found).toBeGreaterThanOrEqual(floor.facts);
      expect(score.startDate.found).toBeGreaterThanOrEqual(floor.dates);
    });
  }
});
