/**
 * Signed, short-lived tokens (HS256 JWTs, jose) that bind a browser to one conversation. Two kinds:
 * a conversation token (Authorization: Bearer, refreshable, 30 minutes) and a stream token (inside
 * a streamUrl, 2 minutes: only to open the WebSocket). The signing secret is shared by every
 * instance (WEBCHAT_TOKEN_SECRET), so any instance accepts any instance's tokens.
 */
import type * as Jose from 'jose';

/** jose is loaded at the first web chat token, not at start-up (~60 ms: it is an ES module). */
function jose(): typeof Jose {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('jose') as typeof Jose;
}

export const CONVERSATION_TOKEN_SECONDS = 30 * 60;
export const STREAM_TOKEN_SECONDS = 2 * 60;

const ISSUER = 'helpline-triage-bot';
const AUDIENCE = { conversation: 'directline', stream: 'directline-stream' } as const;

export type TokenScope = keyof typeof AUDIENCE;

export interface TokenClaims {
  conversationId: string;
  userId: string;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false };

export class DirectLineTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: TokenClaims, scope: TokenScope): Promise<string> {
    return new (jose().SignJWT)({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE[scope])
      .setIssuedAt()
      .setExpirationTime(`${scope === 'stream' ? STREAM_TOKEN_SECONDS : CONVERSATION_TOKEN_SECONDS}s`)
      .sign(this.key);
  }

  /** Any failure (malformed, forged, expired, wrong scope) is just "not valid". */
  async verify(token: string | undefined, scope: TokenScope): Promise<TokenCheck> {
    if (!token || token.length > 2048) return { ok: false };
    try {
      const { payload } = await jose().jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE[scope], algorithms: ['HS256'] });
      const { conv, user } = payload;
      if (typeof conv !== 'string' || typeof user !== 'string') return { ok: false };
      return { ok: true, claims: { conversationId: conv, userId: user } };
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
