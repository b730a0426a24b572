/**
 * The key a client is rate limited by: its IPv4 address, or its IPv6 /64 (one household or host
 * usually holds a whole /64, so per-address limits there would be trivial to dodge). Never logged.
 */
import { isIPv4, isIPv6 } from 'node:net';

function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::');
  const first = head ? head.split(':') : [];
  const last = tail ? tail.split(':') : [];
  const groups = tail === undefined ? first : [...first, ...Array<string>(Math.max(0, 8 - first.length - last.length)).fill('0'), ...last];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

export function clientKey(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const address = remoteAddress.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return ipv6Prefix64(address);
  return 'unknown';
}
