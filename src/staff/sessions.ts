/**
 * Server-side sessions: the cookie holds a random token, the store keeps only its hash, the account
 * and a CSRF token. Idle timeout 15 minutes, absolute 8 hours; a new token at every login (so a
 * token planted before login is worthless); logout ends one session, "log out everywhere" all.
 */
import { newToken, tokenHash } from './tokens';
import type { StaffAccount, StaffSession, StaffStores } from './store';

export const IDLE_MS = 15 * 60 * 1000;
export const ABSOLUTE_MS = 8 * 60 * 60 * 1000;

export interface ActiveSession {
  session: StaffSession;
  account: StaffAccount;
}

export class StaffSessions {
  constructor(private readonly stores: StaffStores) {}

  /** Starts a session for an account that just proved who it is. Returns the cookie's token. */
  async start(accountId: string, now: Date): Promise<{ token: string; session: StaffSession }> {
    const token = newToken();
    const at = now.toISOString();
    const session: StaffSession = { idHash: tokenHash(token), accountId, csrfToken: newToken(), createdAt: at, lastSeenAt: at };
    await this.stores.sessions.create(session);
    return { token, session };
  }

  /** The live session for a cookie token (and marks it seen), or undefined: expired, ended, or the account disabled. */
  async resolve(token: string | undefined, now: Date): Promise<ActiveSession | undefined> {
    if (!token || token.length > 100) return undefined;
    const idHash = tokenHash(token);
    const session = await this.stores.sessions.get(idHash);
    if (!session) return undefined;
    const t = now.getTime();
    if (t - Date.parse(session.lastSeenAt) > IDLE_MS || t - Date.parse(session.createdAt) > ABSOLUTE_MS) {
      await this.stores.sessions.delete(idHash);
      return undefined;
    }
    const account = await this.stores.accounts.get(session.accountId);
    if (!account || account.disabledAt || !account.passwordHash) {
      await this.stores.sessions.delete(idHash);
      return undefined;
    }
    await this.stores.sessions.touch(idHash, now.toISOString());
    return { session: { ...session, lastSeenAt: now.toISOString() }, account };
  }

  end(token: string): Promise<void> {
    return this.stores.sessions.delete(tokenHash(token));
  }

  endAll(accountId: string): Promise<number> {
    return this.stores.sessions.deleteForAccount(accountId);
  }

  purgeExpired(now: Date): Promise<number> {
    return this.stores.sessions.purgeExpired(new Date(now.getTime() - IDLE_MS).toISOString(), new Date(now.getTime() - ABSOLUTE_MS).toISOString());
  }
}
