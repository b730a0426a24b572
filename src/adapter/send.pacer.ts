/**
 * Keeps a conversation under a channel's message rate: Teams throttles a bot that sends more than
 * 7 messages a second to one conversation (HTTP 429), and a throttled reply can be lost. Replies
 * are sent in order, in batches that keep every one-second window at or under the limit, waiting
 * only when a window is full (the renderer already keeps a turn to a few messages, so it rarely is).
 */
import { performance } from 'node:perf_hooks';

export const TEAMS_MESSAGES_PER_SECOND = 7;
const WINDOW_MS = 1000;

export class SendPacer {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async send<T>(key: string, items: readonly T[], sendBatch: (batch: T[]) => Promise<void>): Promise<void> {
    const rest = [...items];
    while (rest.length > 0) {
      const now = this.now();
      const times = (this.sent.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
      const free = this.perSecond - times.length;
      if (free <= 0) {
        this.sent.set(key, times);
        await this.sleep(Math.max(1, times[0]! + WINDOW_MS - now));
        continue;
      }
      const batch = rest.splice(0, free);
      this.sent.set(key, [...times, ...batch.map(() => now)]);
      await sendBatch(batch);
    }
    this.forgetIdle();
  }

  /** Conversations with nothing sent in the last second hold no memory. */
  private forgetIdle(): void {
    if (this.sent.size < 10_000) return;
    const cutoff = this.now() - WINDOW_MS;
    for (const [key, times] of this.sent) if (times.every((t) => t <= cutoff)) this.sent.delete(key);
  }
}
