/** The token buckets behind the rate limits, on a fake clock; and the client key. */
import { describe, expect, it } from 'vitest';
import { clientAddress, clientKey, TrustedProxies } from '../../src/http/client.address';
import { ConfigError, loadConfig } from '../../src/config';
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

describe('clientAddress behind TRUSTED_PROXIES', () => {
  const trusted = new TrustedProxies(['10.0.0.0/8', '2001:db8:ffff::/48', '127.0.0.1']);
  const req = (peer: string, forwardedFor?: string | string[]) => ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as never;

  it.each([
    ['a trusted proxy: the rightmost address it recorded', '10.1.2.3', '198.51.100.9', '198.51.100.9'],
    ['entries the client wrote, left of the proxy\'s, are not believed', '10.1.2.3', '203.0.113.66, 198.51.100.9', '198.51.100.9'],
    ['a chain of trusted proxies is walked from the right', '10.1.2.3', '198.51.100.9, 10.4.4.4, 127.0.0.1', '198.51.100.9'],
    ['a port after the address', '10.1.2.3', '198.51.100.9:51234', '198.51.100.9'],
    ['a bracketed IPv6 address with a port', '::ffff:10.1.2.3', '[2001:db8:1::7]:443', '2001:db8:1::7'],
    ['the header given twice', '10.1.2.3', ['203.0.113.66', '198.51.100.9'], '198.51.100.9'],
    ['no header: the proxy itself', '10.1.2.3', undefined, '10.1.2.3'],
    ['a hop that is no address stops the walk (the proxy itself)', '10.1.2.3', '198.51.100.9, not-an-ip', '10.1.2.3'],
    ['every hop a trusted proxy: the socket', '10.1.2.3', '10.7.7.7', '10.1.2.3'],
    ['an untrusted peer: its header is ignored', '198.51.100.200', '203.0.113.66', '198.51.100.200'],
  ])('%s', (_what, peer, header, address) => {
    expect(clientAddress(req(peer, header), trusted)).toBe(address);
  });

  it('without trusted proxies the header is never read', () => {
    expect(clientAddress(req('127.0.0.1', '198.51.100.9'))).toBe('127.0.0.1');
  });

  it('TRUSTED_PROXIES takes addresses and ranges; anything else is refused at start-up', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1, ::1, 2001:db8::/32' }).rateLimits.trustedProxies?.has('10.200.0.1')).toBe(true);
    expect(loadConfig({}).rateLimits.trustedProxies).toBeUndefined();
    for (const bad of ['proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', '::1/129']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
