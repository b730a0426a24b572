/**
 * Reads a JSON request body, and nothing else: the content type is checked BEFORE a byte is read
 * (415 for anything but application/json, so no multipart temp files and no cross-site form or
 * text/plain "simple request"), compressed bodies are refused (415: no inflation bombs), and the
 * body is read into memory up to a hard byte limit (413 as soon as it is passed).
 */
import type { IncomingMessage } from 'node:http';

/** The client went away before the body was complete: nothing to answer. */
export class RequestAbortedError extends Error {
  override name = 'RequestAbortedError';
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

const UNSUPPORTED_TYPE = 'Send a Bot Framework activity as JSON (Content-Type: application/json).';
const UNSUPPORTED_ENCODING = 'Compressed request bodies are not accepted.';
const TOO_LARGE = 'The request body is too large.';
const NOT_JSON = 'The body is not valid JSON.';
const TOO_DEEP = 'The body is nested too deeply.';

/** application/json, optionally with charset=utf-8; nothing else (no +json, no form, no text). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => param === '' || /^charset="?utf-8"?$/.test(param));
}

/** No Content-Encoding, or "identity". */
export function isIdentityEncoding(header: string | undefined): boolean {
  return header === undefined || header.trim().toLowerCase() === 'identity' || header.trim() === '';
}

/**
 * Checks the headers, then reads at most maxBytes. On 413 the rest of the body is not kept: the
 * caller answers with Connection: close (see `refuseRestOfBody`).
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) return { ok: false, status: 415, error: UNSUPPORTED_TYPE };
  if (!isIdentityEncoding(req.headers['content-encoding'])) return { ok: false, status: 415, error: UNSUPPORTED_ENCODING };
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413, error: TOO_LARGE };

  const bytes = await readLimitedBody(req, maxBytes);
  if (!bytes) return { ok: false, status: 413, error: TOO_LARGE };

  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return { ok: false, status: 400, error: NOT_JSON };
  }
  return nestedDeeperThan(value, MAX_JSON_DEPTH) ? { ok: false, status: 400, error: TOO_DEEP } : { ok: true, value };
}

/** Arrays and objects inside one another: an activity needs a handful; 20,000 overflowed the checks' stack. */
export const MAX_JSON_DEPTH = 64;

/** Walks the value with its own stack (never recursion), so any depth is measured safely. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: v, depth } = pending.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/**
 * Reads a request body into memory up to maxBytes; undefined as soon as it is longer (the rest is
 * not kept). Rejects with RequestAbortedError when the client goes away.
 */
export async function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let received = 0;
  const tooLarge = await new Promise<boolean>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        cleanup();
        chunks.length = 0;
        resolve(true);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => (cleanup(), resolve(false));
    const onError = () => (cleanup(), reject(new RequestAbortedError()));
    const onAborted = () => (cleanup(), reject(new RequestAbortedError()));
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('aborted', onAborted);
  });
  return tooLarge ? undefined : Buffer.concat(chunks, received);
}

/**
 * After refusing a body that is still arriving: discard what comes (never buffer it) and close the
 * connection shortly after the answer is sent, so a client can't keep streaming into the server.
 */
export function refuseRestOfBody(req: IncomingMessage): void {
  req.on('data', () => undefined);
  req.resume();
  const socket = req.socket;
  const timer = setTimeout(() => socket.destroy(), 2000);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
