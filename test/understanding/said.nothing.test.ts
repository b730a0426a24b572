/**
 * Short messages that said nothing are not read again (src/understanding/said.nothing.ts): the
 * answer from memory is the answer reading gives, for every short message people wrote in the blind
 * safety batches, on other days and in other zones; what is kept is a keyed hash, never the words.
 */
import { describe, expect, it } from 'vitest';
import { understand, understandUnlessDates } from '../../src/understanding';
import { MAX_REMEMBERED_CHARS, SaidNothingMemo } from '../../src/understanding/said.nothing';
import { keptBatches } from '../safety/blind/blind.batches';

const ANSWERS = ['yes', 'Yes', 'no', 'help', 'ok thanks', 'no thanks', 'my ex', 'every day', 'since monday', 'last week', 'it started in may', 'a neighbour', 'delete'];
const SHORT = [
  ...new Set([...ANSWERS, ...keptBatches().flatMap((batch) => batch.messages.map((m) => m.text)).filter((text) => text.length <= MAX_REMEMBERED_CHARS)]),
];
/** Days and zones: a plain evening, New Year's Eve late (already 1 January in Kiritimati), a summer night. */
const WHEN = [
  { now: new Date(Date.UTC(2026, 11, 6, 18)), timeZone: 'Europe/London' },
  { now: new Date(Date.UTC(2026, 11, 31, 23, 30)), timeZone: 'Pacific/Kiritimati' },
  { now: new Date(Date.UTC(2027, 5, 1, 0, 30)), timeZone: 'Europe/London' },
];

describe('short messages that said nothing', () => {
  it('has short messages enough to mean something', () => {
    expect(SHORT.length).toBeGreaterThan(500);
  });

  it('answers from memory exactly what reading them gives, the first time and every time after', () => {
    let readOnTheSpot = 0;
    let saidNothing = 0;
    for (const { now, timeZone } of WHEN) {
      for (const text of SHORT) {
        const options = { now, timeZone, locale: 'en-GB' };
        const first = understandUnlessDates(text, options);
        const again = understandUnlessDates(text, options);
        expect(again, text).toEqual(first);
        if (first === undefined) continue; // a date cue: read on the understanding thread, never remembered
        readOnTheSpot++;
        if (Object.keys(first).length === 0) saidNothing++;
        expect(again, text).toEqual(understand(text, options));
      }
    }
    expect(readOnTheSpot).toBeGreaterThan(SHORT.length);
    expect(saidNothing).toBeGreaterThan(100);
  }, 120_000);

  it('gives a fresh answer each time (a caller may add to it)', () => {
    const options = { now: WHEN[0]!.now, locale: 'en-GB' };
    const first = understandUnlessDates('ok thanks', options)!;
    (first as Record<string, unknown>).added = true;
    expect(understandUnlessDates('ok thanks', options)).toEqual({});
  });

  it('keeps a keyed hash, not the words: nothing in it says what was typed, and another process keys differently', () => {
    const parts = { text: 'my ex john smith', locale: 'en-GB', timeZone: 'Europe/London', day: '2026-12-6', learned: true };
    const one = new SaidNothingMemo();
    const key = one.keyFor(parts)!;
    expect(key).not.toContain('john');
    expect(Buffer.from(key, 'base64').toString('latin1')).not.toContain('john');
    expect(new SaidNothingMemo().keyFor(parts)).not.toBe(key);
  });

  it('keys on everything the answer depends on: the words, locale, zone, day and the learned fallback', () => {
    const memo = new SaidNothingMemo();
    const parts = { text: 'yes', locale: 'en-GB', timeZone: 'Europe/London', day: '2026-12-6', learned: true };
    const key = memo.keyFor(parts)!;
    for (const changed of [{ text: 'Yes' }, { locale: 'cy-GB' }, { timeZone: 'UTC' }, { day: '2026-12-7' }, { learned: false }]) {
      expect(memo.keyFor({ ...parts, ...changed })).not.toBe(key);
    }
    expect(memo.keyFor({ ...parts, text: 'x'.repeat(MAX_REMEMBERED_CHARS + 1) })).toBeUndefined();
  });

  it('keeps at most so many, the oldest dropped first', () => {
    const memo = new SaidNothingMemo(3);
    for (const key of ['a', 'b', 'c', 'd']) memo.remember(key);
    expect(memo.size).toBe(3);
    expect(memo.saidNothing('a')).toBe(false);
    expect(['b', 'c', 'd'].every((key) => memo.saidNothing(key))).toBe(true);
  });
});
