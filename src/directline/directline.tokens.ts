/**
 * Signed, short-lived tokens (HS256 JWTs, jose) that bind a browser to one conversation. Two kinds:
 * a conversation token (Authorization: Bearer, refreshable, 30 minutes) and a stream token (inside
 * a streamUrl, 2 minutes: only to open the WebSocket). The signing secret is shared by every
 * instance (WEBCHAT_TOKEN_SECRET), so any instance accepts any instance's tokens.
 *
 * Refreshing gives a new token for the same conversation, but never past CONVERSATION_MAX_SECONDS
 * from the conversation's first token (its `since` claim, carried by every refresh): a leaked token
 * (a shared computer, the opt-in copy kept for the tab) can't keep reading a conversation for ever.
 */
import type * as Jose from 'jose';

/** jose is loaded at the first web chat token, not at start-up (~60 ms: it is an ES module). */
function jose(): typeof Jose {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('jose') as typeof Jose;
}

export const CONVERSATION_TOKEN_SECONDS = 30 * 60;
export const STREAM_TOKEN_SECONDS = 2 * 60;
/** How long a conversation's tokens can be refreshed for, from its first token: a day. */
export const CONVERSATION_MAX_SECONDS = 24 * 60 * 60;

const ISSUER = 'helpline-triage-bot';
const AUDIENCE = { conversation: 'directline', stream: 'directline-stream' } as const;

export type TokenScope = keyof typeof AUDIENCE;

export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** When the conversation's first token was issued (seconds since the epoch); set by `sign` when absent. */
  since?: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false };

export class DirectLineTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: TokenClaims, scope: TokenScope): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const since = claims.since ?? issuedAt;
    // The last token of a conversation ends with it, not 30 minutes after.
    const expires = Math.min(issuedAt + (scope === 'stream' ? STREAM_TOKEN_SECONDS : CONVERSATION_TOKEN_SECONDS), since + CONVERSATION_MAX_SECONDS);
    return new (jose().SignJWT)({ conv: claims.conversationId, user: claims.userId, since })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE[scope])
      .setIssuedAt(issuedAt)
      .setExpirationTime(expires)
      .sign(this.key);
  }

  /** Any failure (malformed, forged, expired, wrong scope) is just "not valid". */
  async verify(token: string | undefined, scope: TokenScope): Promise<TokenCheck> {
    if (!token || token.length > 2048) return { ok: false };
    try {
      const now = this.now();
      const { payload } = await jose().jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE[scope], algorithms: ['HS256'], currentDate: now });
      const { conv, user, since: signedSince, iat } = payload;
      // A token signed before `since` existed dates its conversation from itself.
      const since = typeof signedSince === 'number' ? signedSince : iat;
      if (typeof conv !== 'string' || typeof user !== 'string' || typeof since !== 'number') return { ok: false };
      if (now.getTime() / 1000 >= since + CONVERSATION_MAX_SECONDS) return { ok: false };
      return { ok: true, claims: { conversationId: conv, userId: user, since } };
    } catch {
      return { ok: false };
    }
  }
}

/** The token from an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
