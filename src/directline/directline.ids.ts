/** Unguessable ids: 144 random bits, URL-safe. Conversation ids stand in for nothing personal. */
import { randomBytes } from 'node:crypto';

const random = () => randomBytes(18).toString('base64url');

export const newConversationId = (): string => `wc-${random()}`;
export const newUserId = (): string => `dl_${random()}`;

/** The shape our ids have: anything else is not a conversation here (404 without a store read). */
export function isConversationId(value: string): boolean {
  return /^wc-[A-Za-z0-9_-]{24}$/.test(value);
}
