/**
 * The rule triggers are a fast gate: a rule's patterns run only on clauses its trigger matches. The
 * gate must never change a verdict, on every message we hold (corpus, held-out, blind batches) and
 * variants of them. The slowest check of the suite, so it is split in two halves of the sources
 * (detector.triggers.even.test.ts, detector.triggers.odd.test.ts) that run beside each other.
 *
 * Every message is checked as written. The two rewritten variants (apostrophes dropped; the words again in reverse
 * order, which makes new clause orders) are checked on the corpus, the held-out batches and the latest
 * VARIANT_BATCHES blind batches only: on every batch they were three quarters of this check's time, which grew with
 * every kept batch and pushed a fresh-clone CI run past 20 minutes (3 Dec 2026: the two halves 214 s and 178 s). A
 * new rule's words are in its latest batches and their tests; the variants' cost now stays fixed as batches are added.
 *
 * Both checks run on the corpus, the held-out batches and the latest CHECKED_BATCHES blind batches (a new rule's words are
 * in its own batches and tests). On every kept batch they were the two slowest files of a fresh-clone CI run (7 Dec 2026);
 * every kept batch still goes through the gated detector in test/safety/blind.detector.test.ts, so a trigger that dropped
 * a match that mattered there would fail that test. (The latest forty until 7 Dec 2026, when a fresh-clone CI run reached
 * 20 min 51 s with 176 batches kept; thirty-two since.)
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/safety/engine';
import { normalise } from '../../src/safety/normalise';
import { packFor } from '../../src/safety/rules';
import { CORPUS } from './corpus.en-GB';
import { HELD_OUT } from './heldout.en-GB';
import { keptBatches, oldestOfLatest } from './blind/blind.batches';

// The normaliser lowercases first, so an upper-case variant would be the same text again.
const variants = (t: string) => [t, t.replace(/'/g, ''), `${t}. ${t.split(' ').reverse().join(' ')}`];

/** How many of the latest blind batches are checked with every variant of every message. */
export const VARIANT_BATCHES = 20;

/** How many of the latest blind batches the triggers are checked on. */
export const CHECKED_BATCHES = 32;

const every = (texts: string[]) => texts.flatMap(variants);

/** Every message we hold, in sources small enough to check one at a time, with the variants to check. */
const batches = keptBatches();
const latest = oldestOfLatest(batches, VARIANT_BATCHES);
const checkedFrom = oldestOfLatest(batches, CHECKED_BATCHES);
const SOURCES: { name: string; texts: string[] }[] = [
  { name: 'the corpus', texts: every(CORPUS.map((m) => m.text)) },
  { name: 'the held-out batches', texts: every(HELD_OUT.flatMap((b) => b.cases.map(([t]) => t))) },
  ...batches
    .filter((b) => b.number >= checkedFrom)
    .map((b) => {
      const texts = b.messages.map((m) => m.text);
      return { name: `blind ${b.name}`, texts: b.number >= latest ? every(texts) : texts };
    }),
];

/** The checks on every other source: the even-numbered ones (0, 2, ...) or the odd ones. */
export function describeTriggerChecks(half: 'even' | 'odd'): void {
  const mine = SOURCES.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
  describe.each(mine.map((s) => [s.name, s.texts] as const))('rule triggers (fast gate) on %s', (_name, texts) => {
    it('every raw pattern match (before guards) happens only in a clause where the rule trigger also matches', () => {
      const pack = packFor('en-GB');
      const missing: string[] = [];
      for (const text of texts) {
        for (const clause of normalise(text, pack.normalisation)) {
          for (const rule of pack.rules) {
            if (!rule.triggers || rule.triggers.test(clause)) continue;
            for (const p of rule.patterns) {
              p.lastIndex = 0;
              const m = p.exec(clause);
              p.lastIndex = 0;
              if (m) missing.push(`${rule.id}: "${m[0]}" in "${clause}"`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    }, 120_000);

    it('verdicts are identical with and without triggers', () => {
      const pack = packFor('en-GB');
      for (const text of texts) {
        const gated = runRules(text, pack).map((m) => m.rule);
        const full = runRules(text, pack, { ignoreTriggers: true }).map((m) => m.rule);
        expect(gated, text).toEqual(full);
      }
    }, 120_000);
  });
}
