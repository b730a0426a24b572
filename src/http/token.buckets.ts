/**
 * In-process token buckets, one per key (a client address, a conversation). Each bucket holds up
 * to `burst` tokens and refills at `perSecond`; a request takes one token or is refused with the
 * seconds until one is back (for Retry-After). Memory is bounded: past `maxKeys` the least
 * recently used bucket is dropped (a dropped bucket is a full one, which idle buckets are anyway).
 */
import { performance } from 'node:perf_hooks';
import type { RateLimit } from '../config';

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number; firstRefusal: boolean };

interface Bucket {
  tokens: number;
  at: number;
  refused: boolean;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = 50_000,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  take(key: string): Take {
    const now = this.nowMs();
    const bucket = this.buckets.get(key);
    let tokens = this.limit.burst;
    if (bucket) {
      tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
      // Re-inserted below, so the map stays in least-recently-used order.
      this.buckets.delete(key);
    } else if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now, refused: false });
      return { ok: true };
    }
    this.buckets.set(key, { tokens, at: now, refused: true });
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.limit.perSecond)),
      firstRefusal: !bucket?.refused,
    };
  }

  get size(): number {
    return this.buckets.size;
  }
}
