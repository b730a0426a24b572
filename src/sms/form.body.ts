/**
 * The Twilio webhook's body: application/x-www-form-urlencoded, and only on this route (the bot's
 * /api/messages stays JSON-only). Checked before a byte is read, capped in size, never inflated.
 */
import type { IncomingMessage } from 'node:http';
import { isIdentityEncoding, readLimitedBody } from '../http/json.body';

export type FormResult = { ok: true; params: Record<string, string | string[]> } | { ok: false; status: 413 | 415; error: string };

const UNSUPPORTED_TYPE = 'Send the Twilio webhook as a form (Content-Type: application/x-www-form-urlencoded).';
const UNSUPPORTED_ENCODING = 'Compressed request bodies are not accepted.';
const TOO_LARGE = 'The request body is too large.';

export function isFormContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  return type === 'application/x-www-form-urlencoded' && params.every((p) => p === '' || /^charset="?utf-8"?$/.test(p));
}

export async function readFormBody(req: IncomingMessage, maxBytes: number): Promise<FormResult> {
  if (!isFormContentType(req.headers['content-type'])) return { ok: false, status: 415, error: UNSUPPORTED_TYPE };
  if (!isIdentityEncoding(req.headers['content-encoding'])) return { ok: false, status: 415, error: UNSUPPORTED_ENCODING };
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413, error: TOO_LARGE };
  const bytes = await readLimitedBody(req, maxBytes);
  if (!bytes) return { ok: false, status: 413, error: TOO_LARGE };
  // A repeated name (MediaUrl0 is not repeated, but a form may be) keeps every value, as Twilio signs them.
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(bytes.toString('utf8'))) {
    const previous = params[name];
    params[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return { ok: true, params };
}
