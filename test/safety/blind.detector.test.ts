/**
 * Every kept blind batch through the safety detector in process: every emergency raises emergency or
 * crisis guidance, every crisis raises the crisis lines, false alarms on safe messages stay at or under 3%.
 *
 * The verdict decides what the person is shown (src/adapter: the turn routes on `detectSafety` alone);
 * the latest batches also go through the real bot over HTTP (blind.http.*.test.ts), which checks
 * that routing on thousands of messages. Sending every batch over HTTP grew with each kept batch
 * and pushed a fresh-clone CI run to 25 minutes (7 Dec 2026); this check reads all of them in seconds.
 */
import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../src/safety';
import type { SafetyVerdict } from '../../dialogs/facts';
import { keptBatches } from './blind/blind.batches';
import { isFalseAlarm, isHit, type Shown } from './blind/blind.http';

/** What the bot shows first for a verdict (the guidance the HTTP suite classifies from the replies). */
export function shownFor(verdict: SafetyVerdict): Shown {
  if (verdict.level === 'crisis' || verdict.alsoCrisis) return 'crisis';
  if (verdict.level === 'emergency') return 'emergency';
  if (verdict.level === 'harm') return 'harmCheck';
  return 'nothing';
}

const batches = keptBatches();

describe('blind batches through the detector, in process', () => {
  it('holds every kept batch', () => {
    expect(batches.length).toBeGreaterThan(100);
  });

  it.each(batches.map((b) => [b.name, b.messages] as const))('%s: every emergency and crisis is given its guidance; false alarms at most 3%', (_name, messages) => {
    const shown = messages.map((m) => ({ m, shown: shownFor(detectSafety(m.text)) }));
    const missed = shown.filter(({ m, shown: s }) => !isHit(m.label, s)).map(({ m, shown: s }) => `[${m.label} -> ${s}] ${m.text}`);
    const alarmed = shown.filter(({ m, shown: s }) => isFalseAlarm(m.label, s)).map(({ m }) => m.text);
    const safe = messages.filter((m) => m.label === 'safe').length;
    expect(missed).toEqual([]);
    expect(alarmed.length / safe, alarmed.join('\n')).toBeLessThanOrEqual(0.03);
  }, 120_000); // the first batch also compiles the patterns; CI shares two CPUs with the other test files
});
