/**
 * Short answers that give understanding nothing to read ("yes", "help", "ok thanks") are typed again
 * and again, by everyone, and reading one still runs a few hundred patterns (~0.15-0.3 ms of the
 * main thread a message). This remembers which short messages read on the spot said nothing, so the
 * next "yes" costs a hash instead.
 *
 * - Exact: a message read on the spot has no date cue for the recognizer, and then what it says
 *   depends on the clock only through the calendar day in the helpline's time zone (dates.ts builds
 *   its context from that day alone), so the day is part of the key, with the locale, the time zone
 *   and whether the learned fallback was asked for. Only an answer with no facts at all is kept.
 * - Private: what is kept is a keyed hash of those parts (HMAC-SHA-256 under a random key made when
 *   the process starts and never stored), not the words, so no message outlives its turn here, and
 *   nothing is kept that could say what anyone typed. At most `MAX_KEPT` hashes, the oldest dropped.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** Longer messages are seldom typed twice; they are read as they come. */
export const MAX_REMEMBERED_CHARS = 40;
const MAX_KEPT = 4096;

export interface SaidNothingParts {
  text: string;
  locale: string;
  timeZone: string;
  /** The calendar day in `timeZone` ("2026-12-06"). */
  day: string;
  learned: boolean;
}

export class SaidNothingMemo {
  private readonly key = randomBytes(32);
  private readonly kept = new Set<string>();

  constructor(private readonly maxKept = MAX_KEPT) {}

  /** The hash to look up and remember with; undefined for a message too long to keep. */
  keyFor(parts: SaidNothingParts): string | undefined {
    if (parts.text.length > MAX_REMEMBERED_CHARS) return undefined;
    return createHmac('sha256', this.key)
      .update([parts.locale, parts.timeZone, parts.day, parts.learned ? 'l' : '-', parts.text].join('\u0000'))
      .digest('base64');
  }

  saidNothing(key: string): boolean {
    return this.kept.has(key);
  }

  remember(key: string): void {
    if (this.kept.has(key)) return;
    this.kept.add(key);
    // A Set keeps insertion order: the first is the oldest.
    if (this.kept.size > this.maxKept) this.kept.delete(this.kept.values().next().value!);
  }

  get size(): number {
    return this.kept.size;
  }
}
