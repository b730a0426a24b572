/**
 * Optional field encryption at rest (AES-256-GCM, node:crypto) for transcripts, handoffs and
 * conversation state, so a copied database file reveals nothing without the key.
 *
 * Sealed text: `enc1:<key id>:<iv>:<tag>:<ciphertext>` (base64url parts). The key id (first 8 hex
 * digits of the key's SHA-256) says which key sealed it, so keys can be rotated: new writes use the
 * current key, reads accept the current and every previous key (see src/storage/README.md).
 * Each field is bound to its place (`aad`, e.g. "transcript_lines.text"), so a sealed value copied
 * into another column does not open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'enc1:';
const ALGORITHM = 'aes-256-gcm';

export interface FieldCipher {
  /** True when fields are sealed on write. */
  readonly encrypting: boolean;
  seal(plain: string, aad: string): string;
  open(stored: string, aad: string): string;
}

export class DataKeyError extends Error {
  override readonly name = 'DataKeyError';
}

/** A key as configured: 32 bytes in base64 (44 characters) or hex (64 characters). */
export function parseDataKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new DataKeyError('a data encryption key must be 32 bytes, in base64 (44 characters) or hex (64 characters)');
  return key;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export const isSealed = (stored: string) => stored.startsWith(PREFIX);

/** No encryption: values are stored as they are; a sealed value can't be read without its key. */
export const plainCipher: FieldCipher = {
  encrypting: false,
  seal: (plain) => plain,
  open: (stored) => {
    if (isSealed(stored)) throw new DataKeyError('stored data is encrypted: set DATA_ENCRYPTION_KEY');
    return stored;
  },
};

/**
 * @param current the key new data is sealed with (absent: no encryption, but previous keys still open old data)
 * @param previous older keys, for reading data sealed before a rotation
 */
export function createFieldCipher(current: string | undefined, previous: readonly string[] = []): FieldCipher {
  if (!current && previous.length === 0) return plainCipher;
  const keys = new Map<string, Buffer>();
  for (const text of [current, ...previous]) {
    if (!text) continue;
    const key = parseDataKey(text);
    keys.set(keyId(key), key);
  }
  const sealKey = current ? parseDataKey(current) : undefined;
  const sealId = sealKey && keyId(sealKey);

  return {
    encrypting: sealKey !== undefined,
    seal(plain, aad) {
      if (!sealKey || !sealId) return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALGORITHM, sealKey, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${sealId}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${body.toString('base64url')}`;
    },
    open(stored, aad) {
      if (!isSealed(stored)) return stored; // written before encryption was turned on
      const [id, iv, tag, body] = stored.slice(PREFIX.length).split(':');
      const key = id === undefined ? undefined : keys.get(id);
      if (!key || iv === undefined || tag === undefined || body === undefined) {
        throw new DataKeyError('stored data was encrypted with a key that is not configured (DATA_ENCRYPTION_KEY, DATA_ENCRYPTION_PREVIOUS_KEYS)');
      }
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
