/**
 * Reads an HTML form post (application/x-www-form-urlencoded) into memory up to a byte limit.
 * Anything else is refused before a byte is read.
 */
import type { IncomingMessage } from 'node:http';

export type FormResult = { ok: true; form: URLSearchParams } | { ok: false; status: 413 | 415 };

export async function readForm(req: IncomingMessage, maxBytes: number): Promise<FormResult> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return { ok: false, status: 415 };
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { ok: false, status: 415 };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      return { ok: false, status: 413 };
    }
    chunks.push(chunk);
  }
  return { ok: true, form: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) };
}
