/**
 * Headers for the chat page: a strict Content-Security-Policy (scripts only from this origin, no
 * inline script; Web Chat's generated styles carry a per-request nonce), no referrer, no sniffing,
 * no caching, no camera or microphone, who may frame it, no opener handle, and HSTS when served over https.
 */
import { randomBytes } from 'node:crypto';

export const newNonce = (): string => randomBytes(18).toString('base64');

/** `hsts`: the page is served over https in production (PUBLIC_URL), so browsers must never fetch it over http again. */
export function chatPageHeaders(nonce: string, frameAncestors: string, streamOrigin: string | undefined, hsts = false): Record<string, string> {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    // The empty-string hash: Web Chat creates one empty <style> without the nonce.
    `style-src 'self' 'nonce-${nonce}' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${streamOrigin ? ` ${streamOrigin}` : ''}`,
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // a page that opened this one (or that this one opens) gets no handle on it
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Static scripts and styles: long-lived when versioned by the caller, never sniffed. */
export function assetHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=3600',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
