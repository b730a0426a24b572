/** Random tokens (session ids, CSRF, enrolment links) and the hash kept in place of a bearer token. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps for a bearer token: a copy of the table gives no live session or link. */
export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('base64url');

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
