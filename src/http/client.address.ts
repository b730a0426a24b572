/**
 * Who a request is from, for rate limits: the key a client is limited by is its IPv4 address, or its
 * IPv6 /64 (one household or host usually holds a whole /64, so per-address limits there would be
 * trivial to dodge). Never logged.
 *
 * Behind a reverse proxy every request arrives from the proxy's address, so one client could use up
 * the limit everyone shares (the staff login, new chats). With `TRUSTED_PROXIES` set, a request from
 * one of those addresses is keyed by the address the proxies recorded in `X-Forwarded-For`: the
 * rightmost entry that is not itself a trusted proxy (entries to its left were written by the
 * client and are not believed). Without it, or from any other address, the header is ignored.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP, isIPv4, isIPv6 } from 'node:net';

function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::');
  const first = head ? head.split(':') : [];
  const last = tail ? tail.split(':') : [];
  const groups = tail === undefined ? first : [...first, ...Array<string>(Math.max(0, 8 - first.length - last.length)).fill('0'), ...last];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** An address without a zone, in lower case, an IPv4-mapped IPv6 address as IPv4. */
function plainAddress(address: string): string {
  const bare = address.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  return mapped ? mapped[1]! : bare;
}

export function clientKey(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const address = plainAddress(remoteAddress);
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return ipv6Prefix64(address);
  return 'unknown';
}

/** The reverse proxies whose `X-Forwarded-For` is believed: addresses and CIDR ranges. */
export class TrustedProxies {
  private readonly list = new BlockList();

  /** Throws on an entry that is not an address or a range ("10.0.0.0/8", "2001:db8::/32", "127.0.0.1"). */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const problem = TrustedProxies.problemWith(entry);
      if (problem) throw new Error(problem);
      const [address, prefix] = entry.split('/') as [string, string | undefined];
      const type = isIPv4(address) ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.list.addAddress(address, type);
      else this.list.addSubnet(address, Number(prefix), type);
    }
  }

  /** Why an entry is not an address or a CIDR range, or undefined when it is one. */
  static problemWith(entry: string): string | undefined {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    if (!family || extra !== undefined) return `"${entry.slice(0, 60)}" is not an IP address or a range like 10.0.0.0/8`;
    if (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128))) return `"${entry.slice(0, 60)}" has a prefix length out of range`;
    return undefined;
  }

  has(address: string): boolean {
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && this.list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }
}

/** One X-Forwarded-For entry as an address: "203.0.113.7", "203.0.113.7:5123", "[2001:db8::1]:443". */
function forwardedAddress(entry: string): string | undefined {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  const candidate = bracketed ? bracketed[1]! : /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry)?.[1] ?? entry;
  return isIP(plainAddress(candidate)) ? candidate : undefined;
}

/** The address a request is from: the socket's, or (from a trusted proxy) the one the proxies recorded. */
export function clientAddress(req: Pick<IncomingMessage, 'socket' | 'headers'>, trusted?: TrustedProxies): string | undefined {
  const peer = req.socket.remoteAddress;
  if (!trusted || !peer || !trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = forwardedAddress(hops[i]!);
    // A hop that is no address was not written by a proxy we trust: stop believing the header there.
    if (!hop) return peer;
    if (!trusted.has(hop)) return hop;
  }
  return peer;
}

/** The rate-limit key of a request (see clientKey). */
export function clientKeyOf(req: Pick<IncomingMessage, 'socket' | 'headers'>, trusted?: TrustedProxies): string {
  return clientKey(clientAddress(req, trusted));
}

/**
 * The rate-limit key of the client a turn runs for, where the route knows it (a web chat post): read
 * by limits that only a turn can apply (how many summaries one client shares). In memory only,
 * for the length of the request; never stored or logged.
 */
export const turnClient = new AsyncLocalStorage<string>();
