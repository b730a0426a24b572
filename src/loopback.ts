/**
 * Loopback addresses: where an unauthenticated (local mode) bot may listen, and the only service
 * URLs it may send replies to. Deliberately strict: "localhost." or "0.0.0.0" are not loopback.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** 127.0.0.0/8, ::1 (and its IPv4-mapped form), or the name "localhost". */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (isIPv4(h)) return h.startsWith('127.');
  if (isIPv6(h)) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped !== null && mapped[1]!.startsWith('127.');
  }
  return false;
}

/** An http(s) URL whose host is loopback (the WHATWG parser normalises 2130706433, 0x7f.1 ...). */
export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  return isLoopbackHost(url.hostname);
}

/**
 * A Host header naming this machine ("127.0.0.1:3978", "localhost", "[::1]:3978"). In local mode a web page
 * whose own name an attacker rebinds to 127.0.0.1 (DNS rebinding) still sends that name, so it is refused.
 */
export function isLoopbackHostHeader(value: string | undefined): boolean {
  const parts = /^(\[[^\]]+\]|[^:[\]]+)(?::\d{1,5})?$/.exec((value ?? '').trim());
  return parts !== null && isLoopbackHost(parts[1]!);
}
