/**
 * Checking a login: email, password and (when required) a TOTP code, all in one step so nothing
 * says which part was wrong. Limits: a token bucket per client address (in this process: a cache,
 * not the record), and a lockout per account kept in the store (shared by every instance):
 * after LOCK_AFTER failures in a row the account is locked for LOCK_MS, and when it ends the
 * counts start again.
 *
 * Anyone who knows a staff email can give wrong passwords, so with two-factor required a lock
 * made by wrong passwords never keeps the owner out: their right password with a right code still
 * logs in (a refusal never says which part was wrong, so the lock guards nothing the code does not).
 * Wrong codes given with the right password can only come from someone who knows the password:
 * LOCK_AFTER of them lock the account against everyone until the lock ends.
 */
import { TokenBuckets } from '../http/token.buckets';
import { decoyHash, verifyPassword } from './password';
import { totpStep } from './totp';
import type { StaffAccount, StaffStores } from './store';

export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60 * 1000;

export type LoginResult =
  | { ok: true; account: StaffAccount }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; reason: 'refused'; account?: StaffAccount };

export class StaffLogin {
  /** 10 attempts at once per client address, then one every 10 seconds. */
  private readonly perClient: TokenBuckets;

  constructor(
    private readonly stores: StaffStores,
    private readonly require2fa: boolean,
    /** The console's clock in milliseconds (tests move it). */
    nowMs: () => number = () => Date.now(),
  ) {
    this.perClient = new TokenBuckets({ perSecond: 0.1, burst: 10 }, 10_000, nowMs);
  }

  async check(input: { email: string; password: string; code: string; client: string }, now: Date): Promise<LoginResult> {
    const take = this.perClient.take(input.client);
    if (!take.ok) return { ok: false, reason: 'rateLimited', retryAfterSeconds: take.retryAfterSeconds };

    const email = input.email.trim().toLowerCase();
    const account = email.length <= 254 ? await this.stores.accounts.getByEmail(email) : undefined;
    // Always one scrypt, so an unknown email takes as long as a known one.
    const passwordOk = await verifyPassword(input.password.slice(0, 256), account?.passwordHash ?? (await decoyHash()));
    if (!account) return { ok: false, reason: 'refused' };

    const locked = account.lockedUntil !== null && account.lockedUntil > now.toISOString();
    const lockedByCodes = locked && account.codeFailures >= LOCK_AFTER;
    // without two-factor, a lock keeps everyone out; with it, only a lock made by wrong codes does
    const keptOut = locked && (lockedByCodes || !this.require2fa);
    const usable = !account.disabledAt && account.passwordHash !== null && (!this.require2fa || account.totpSecret !== null);
    let codeOk = !this.require2fa;
    if (this.require2fa && passwordOk && usable && !keptOut) {
      const step = totpStep(account.totpSecret!, input.code, now);
      codeOk = step !== undefined && (await this.stores.accounts.useTotpStep(account.id, step));
    }
    if (keptOut || !usable || !passwordOk || !codeOk) {
      const kind = !passwordOk ? 'password' : 'code';
      // wrong passwords are not counted while locked (the lock would never end); wrong codes always are
      if (usable && !keptOut && (kind === 'code' || !locked)) {
        await this.stores.accounts.recordLoginFailure(account.id, { lockAfter: LOCK_AFTER, lockMs: LOCK_MS, kind }, now);
      }
      return { ok: false, reason: 'refused', account };
    }
    const fresh = await this.stores.accounts.update(account.id, { failedLogins: 0, codeFailures: 0, lockedUntil: null }, now);
    return { ok: true, account: fresh ?? account };
  }
}
