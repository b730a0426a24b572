/**
 * Blind understanding batches (stories written from test/understanding/blind/BRIEF.md by someone who
 * never saw the phrase tables) as a ratchet: each batch must read at least the facts it read when
 * last measured (floors.json). Raise a floor when a fix reads more. Lower one only for a change that
 * reads more across all batches, with the loss named in src/understanding/README.md.
 *
 * Two test files read half the batches each (odd and even numbers), so the two halves run side by side on two workers:
 * as one file it was the slowest of a fresh-clone CI run (151 s of 1,104 s, 7 Dec 2026, 210 batches).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { warmUpUnderstanding } from '../../../src/understanding';
import { batchNumber, inHalf, type Half } from '../../support/halves';
import { factsTotal, formatScore, readBatch, scoreBatch } from './score';

const here = __dirname;
const floors = JSON.parse(readFileSync(path.join(here, 'floors.json'), 'utf8')) as Record<string, { facts: number; dates: number }>;

export function describeBlindFloors(half: Half): void {
  const mine = Object.entries(floors).filter(([name]) => inHalf(batchNumber(name), half));

  describe(`blind understanding batches (${half}-numbered)`, () => {
    // The date recognizer's load and the patterns' first compile belong to a hook with room for them, not to the first
    // batch's 20 s (17 s alone, 44 s on a loaded machine, 7 Dec 2026).
    beforeAll(() => warmUpUnderstanding(), 120_000);

    it('has a floor for every kept batch, in this half', () => {
      expect(mine.length).toBeGreaterThan(0);
      for (const [name] of mine) expect(Number.isInteger(batchNumber(name)), name).toBe(true);
    });
    for (const [name, floor] of mine) {
      it(`${name}: reads at least ${floor.facts} facts and ${floor.dates} start dates`, () => {
        const score = scoreBatch(readBatch(path.join(here, name)));
        console.log(formatScore(name, score));
        expect(factsTotal(score).found).toBeGreaterThanOrEqual(floor.facts);
        expect(score.startDate.found).toBeGreaterThanOrEqual(floor.dates);
      });
    }
  });
}
