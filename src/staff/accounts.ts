/**
 * Staff accounts: add, disable, reset, list (the CLI), and enrolment (the one-time link where a new
 * member of staff sets a password and two-factor). Disabling or resetting ends every session.
 */
import { z } from 'zod';
import { staffText, type CopyParams } from './copy';
import { hashPassword, passwordProblem, type ScryptCost } from './password';
import { newToken, tokenHash } from './tokens';
import { newTotpSecret, totpStep, totpUri } from './totp';
import type { StaffAccount, StaffRole, StaffStores } from './store';

export const ENROLMENT_LINK_HOURS = 24;

/** A plain, worded refusal (the words from `staff.errors.*`): shown on the enrolment page and by the CLI. */
export class AccountError extends Error {
  override name = 'AccountError';
  constructor(
    readonly key: `staff.errors.${string}`,
    params?: CopyParams,
  ) {
    super(staffText(key, params));
  }
}

const emailSchema = z.string().trim().toLowerCase().email().max(254);

export function normaliseEmail(email: string): string {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new AccountError('staff.errors.notEmail');
  return parsed.data;
}

/** What the CLI prints once: a link to enrol, or (with a password given) the two-factor secret. */
export interface Enrolment {
  account: StaffAccount;
  /** One-time enrolment link (no password given). */
  link?: string;
  /** otpauth:// URI for an authenticator app (password given and two-factor required). */
  totpUri?: string;
}

export class StaffAccounts {
  constructor(
    private readonly stores: StaffStores,
    private readonly options: { baseUrl: string; require2fa: boolean; now?: () => Date; /** Tests only: a cheaper hash. */ passwordCost?: ScryptCost },
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async enrolmentLink(account: StaffAccount): Promise<string> {
    const token = newToken();
    const expires = new Date(this.now().getTime() + ENROLMENT_LINK_HOURS * 3600_000).toISOString();
    await this.stores.accounts.update(account.id, { enrolmentTokenHash: tokenHash(token), enrolmentExpiresAt: expires }, this.now());
    return `${this.options.baseUrl}/staff/enrol/${token}`;
  }

  /** With a password: ready to log in (plus a TOTP secret when required). Without: an enrolment link. */
  async add(email: string, role: StaffRole, password?: string): Promise<Enrolment> {
    const address = normaliseEmail(email);
    if (password !== undefined) {
      const problem = passwordProblem(password);
      if (problem) throw new AccountError(problem.key, problem.params);
    }
    if (await this.stores.accounts.getByEmail(address)) throw new AccountError('staff.errors.exists');
    const totpSecret = password !== undefined && this.options.require2fa ? newTotpSecret() : undefined;
    const account = await this.stores.accounts.create(
      { email: address, role, passwordHash: password !== undefined ? await hashPassword(password, this.options.passwordCost) : null, totpSecret: totpSecret ?? null },
      this.now(),
    );
    await this.stores.audit.append({ actorId: null, actor: 'cli', action: 'account.add', handoffId: null, detail: `${address} ${role}` }, this.now());
    if (password === undefined) return { account, link: await this.enrolmentLink(account) };
    return { account, ...(totpSecret ? { totpUri: totpUri(totpSecret, address) } : {}) };
  }

  private async find(email: string): Promise<StaffAccount> {
    const account = await this.stores.accounts.getByEmail(normaliseEmail(email));
    if (!account) throw new AccountError('staff.errors.noAccount');
    return account;
  }

  async disable(email: string): Promise<StaffAccount> {
    const account = await this.find(email);
    const updated = await this.stores.accounts.update(account.id, { disabledAt: this.now().toISOString(), enrolmentTokenHash: null }, this.now());
    await this.stores.sessions.deleteForAccount(account.id);
    await this.stores.audit.append({ actorId: null, actor: 'cli', action: 'account.disable', handoffId: null, detail: account.email }, this.now());
    return updated!;
  }

  /** Clears the password and two-factor, ends every session, re-enables, and returns a new link (or sets the password given). */
  async reset(email: string, password?: string): Promise<Enrolment> {
    const account = await this.find(email);
    if (password !== undefined) {
      const problem = passwordProblem(password);
      if (problem) throw new AccountError(problem.key, problem.params);
    }
    await this.stores.sessions.deleteForAccount(account.id);
    const totpSecret = password !== undefined && this.options.require2fa ? newTotpSecret() : null;
    const updated = await this.stores.accounts.update(
      account.id,
      {
        passwordHash: password !== undefined ? await hashPassword(password, this.options.passwordCost) : null,
        totpSecret,
        totpLastStep: null,
        failedLogins: 0,
        codeFailures: 0,
        lockedUntil: null,
        disabledAt: null,
        enrolmentTokenHash: null,
        enrolmentExpiresAt: null,
      },
      this.now(),
    );
    await this.stores.audit.append({ actorId: null, actor: 'cli', action: 'account.reset', handoffId: null, detail: account.email }, this.now());
    if (password === undefined) return { account: updated!, link: await this.enrolmentLink(updated!) };
    return { account: updated!, ...(totpSecret ? { totpUri: totpUri(totpSecret, account.email) } : {}) };
  }

  list(): Promise<StaffAccount[]> {
    return this.stores.accounts.list();
  }

  /** The account an enrolment link is for, while the link is valid. */
  async forEnrolment(token: string): Promise<StaffAccount | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const account = await this.stores.accounts.getByEnrolmentTokenHash(tokenHash(token));
    if (!account || account.disabledAt || !account.enrolmentExpiresAt) return undefined;
    return account.enrolmentExpiresAt > this.now().toISOString() ? account : undefined;
  }

  /** The TOTP secret the enrolment page shows (made once, kept on the account until enrolment completes). */
  async enrolmentSecret(account: StaffAccount): Promise<string> {
    if (account.totpSecret) return account.totpSecret;
    const secret = newTotpSecret();
    await this.stores.accounts.update(account.id, { totpSecret: secret }, this.now());
    return secret;
  }

  /**
   * Completes enrolment: sets the password and, when two-factor is required, proves the TOTP secret
   * the page showed with a current code. The link then stops working.
   */
  async enrol(token: string, input: { password: string; code?: string }): Promise<StaffAccount> {
    const account = await this.forEnrolment(token);
    if (!account) throw new AccountError('staff.errors.linkInvalid');
    const problem = passwordProblem(input.password);
    if (problem) throw new AccountError(problem.key, problem.params);
    let totpSecret: string | null = null;
    let step: number | undefined;
    if (this.options.require2fa) {
      if (!account.totpSecret) throw new AccountError('staff.errors.setUp2fa');
      step = totpStep(account.totpSecret, input.code ?? '', this.now());
      if (step === undefined) throw new AccountError('staff.errors.wrongCode');
      totpSecret = account.totpSecret;
    }
    const updated = await this.stores.accounts.update(
      account.id,
      {
        passwordHash: await hashPassword(input.password, this.options.passwordCost),
        totpSecret,
        totpLastStep: step ?? null,
        enrolmentTokenHash: null,
        enrolmentExpiresAt: null,
        failedLogins: 0,
        codeFailures: 0,
        lockedUntil: null,
      },
      this.now(),
    );
    await this.stores.audit.append({ actorId: account.id, actor: account.email, action: 'enrol', handoffId: null, detail: null }, this.now());
    return updated!;
  }
}
