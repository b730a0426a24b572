/**
 * Passwords: scrypt (memory-hard, in node:crypto) with a random salt; the parameters travel in the
 * hash string, so they can be raised later and old hashes still verify. Compared in constant time.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * N = 2^15, r = 8, p = 3: one of OWASP's equivalent scrypt settings (same work as N = 2^17, p = 1)
 * at 32 MiB instead of 128 MiB per hash, so a burst of login attempts can't exhaust memory
 * (node runs at most 4 at once on its thread pool).
 */
export const SCRYPT_DEFAULT = { N: 2 ** 15, r: 8, p: 3 } as const;
export type ScryptCost = { N: number; r: number; p: number };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$key` (base64url). */
export async function hashPassword(password: string, params: ScryptCost = SCRYPT_DEFAULT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of nothing anyone knows: verified against when the email is unknown, so timing says nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('hex'));
  return decoy;
}

/** Why a password is not acceptable (the key of its words in `staff.errors.*`), else undefined. */
export function passwordProblem(password: string): { key: `staff.errors.${string}`; params: Record<string, number> } | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return { key: 'staff.errors.passwordShort', params: { min: MIN_PASSWORD_LENGTH } };
  if (password.length > MAX_PASSWORD_LENGTH) return { key: 'staff.errors.passwordLong', params: { max: MAX_PASSWORD_LENGTH } };
  return undefined;
}
