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
 * The first check (every raw pattern match lies in a clause the rule's trigger matches) runs on every source: it is what
 * makes the gate safe. The second (the verdicts of the gated and the ungated engine are the same) checks the engine's gated
 * path itself, on the corpus, the held-out batches and the latest VERDICT_BATCHES blind batches: on all of them the two
 * checks were the two slowest files of a fresh-clone CI run (7 Dec 2026).
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

/** How many of the latest blind batches the gated and ungated verdicts are compared on. */
export const VERDICT_BATCHES = 40;

const every = (texts: string[]) => texts.flatMap(variants);

/** Every message we hold, in sources small enough to check one at a time, with the variants to check. */
const batches = keptBatches();
const latest = oldestOfLatest(batches, VARIANT_BATCHES);
const verdictsFrom = oldestOfLatest(batches, VERDICT_BATCHES);
const SOURCES: { name: string; texts: string[]; verdicts: boolean }[] = [
  { name: 'the corpus', texts: every(CORPUS.map((m) => m.text)), verdicts: true },
  { name: 'the held-out batches', texts: every(HELD_OUT.flatMap((b) => b.cases.map(([t]) => t))), verdicts: true },
  ...batches.map((b) => {
    const texts = b.messages.map((m) => m.text);
    return { name: `blind ${b.name}`, texts: b.number >= latest ? every(texts) : texts, verdicts: b.number >= verdictsFrom };
  }),
];

/** The checks on every other source: the even-numbered ones (0, 2, ...) or the odd ones. */
export function describeTriggerChecks(half: 'even' | 'odd'): void {
  const mine = SOURCES.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
  describe.each(mine.map((s) => [s.name, s.texts, s.verdicts] as const))('rule triggers (fast gate) on %s', (_name, texts, verdicts) => {
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

    // (defined only where it is run: an older batch has the first check alone, not a skipped second)
    if (verdicts) {
      it('verdicts are identical with and without triggers', () => {
        const pack = packFor('en-GB');
        for (const text of texts) {
          const gated = runRules(text, pack).map((m) => m.rule);
          const full = runRules(text, pack, { ignoreTriggers: true }).map((m) => m.rule);
          expect(gated, text).toEqual(full);
        }
      }, 120_000);
    }
  });
}
