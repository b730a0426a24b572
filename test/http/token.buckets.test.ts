/** The token buckets behind the rate limits, on a fake clock; and the client key. */
import { describe, expect, it } from 'vitest';
import { clientKey } from '../../src/http/client.address';
import { TokenBuckets } from '../../src/http/token.buckets';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBuckets', () => {
  it('allows a burst, then the sustained rate, and says how long to wait', () => {
    const time = clock();
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3 }, 100, time.now);
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1, firstRefusal: true });
    expect(buckets.take('a')).toMatchObject({ ok: false, firstRefusal: false });
    time.advance(500);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    time.advance(10_000);
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('keys are independent', () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 }, 100, clock().now);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('a slow rate asks for a longer wait', () => {
    const buckets = new TokenBuckets({ perSecond: 0.25, burst: 1 }, 100, clock().now);
    buckets.take('a');
    expect(buckets.take('a')).toMatchObject({ ok: false, retryAfterSeconds: 4 });
  });

  it('holds at most maxKeys buckets, dropping the least recently used', () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 }, 3, clock().now);
    for (const key of ['a', 'b', 'c']) buckets.take(key);
    buckets.take('a');
    buckets.take('d');
    expect(buckets.size).toBe(3);
    // "a" was used recently, so it is still limited; "b" was dropped, so it starts full.
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });
});

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s -> %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
