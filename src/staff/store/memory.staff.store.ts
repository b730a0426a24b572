/** The staff repositories in memory: tests only (everything is lost on exit). */
import { randomUUID } from 'node:crypto';
import {
  DuplicateAccountError,
  type AuditEntry,
  type AuditLog,
  type LockPolicy,
  type NewAuditEntry,
  type NewStaffAccount,
  type StaffAccount,
  type StaffAccountPatch,
  type StaffAccountStore,
  type StaffSession,
  type StaffSessionStore,
  type StaffStores,
} from './staff.store';

export class MemoryStaffAccountStore implements StaffAccountStore {
  private readonly accounts = new Map<string, StaffAccount>();

  async create(account: NewStaffAccount, now = new Date()): Promise<StaffAccount> {
    const email = account.email.toLowerCase();
    if ([...this.accounts.values()].some((a) => a.email === email)) throw new DuplicateAccountError('an account with this email exists');
    const at = now.toISOString();
    const record: StaffAccount = {
      id: randomUUID(),
      email,
      role: account.role,
      passwordHash: account.passwordHash ?? null,
      totpSecret: account.totpSecret ?? null,
      totpLastStep: null,
      enrolmentTokenHash: account.enrolmentTokenHash ?? null,
      enrolmentExpiresAt: account.enrolmentExpiresAt ?? null,
      failedLogins: 0,
      codeFailures: 0,
      lockedUntil: null,
      disabledAt: null,
      createdAt: at,
      updatedAt: at,
    };
    this.accounts.set(record.id, record);
    return { ...record };
  }

  async get(id: string): Promise<StaffAccount | undefined> {
    const a = this.accounts.get(id);
    return a && { ...a };
  }

  async getByEmail(email: string): Promise<StaffAccount | undefined> {
    const a = [...this.accounts.values()].find((x) => x.email === email.toLowerCase());
    return a && { ...a };
  }

  async getByEnrolmentTokenHash(hash: string): Promise<StaffAccount | undefined> {
    const a = [...this.accounts.values()].find((x) => x.enrolmentTokenHash !== null && x.enrolmentTokenHash === hash);
    return a && { ...a };
  }

  async list(): Promise<StaffAccount[]> {
    return [...this.accounts.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((a) => ({ ...a }));
  }

  async update(id: string, patch: StaffAccountPatch, now = new Date()): Promise<StaffAccount | undefined> {
    const a = this.accounts.get(id);
    if (!a) return undefined;
    const next = { ...a, ...patch, updatedAt: now.toISOString() };
    this.accounts.set(id, next);
    return { ...next };
  }

  async recordLoginFailure(id: string, policy: LockPolicy, now = new Date()): Promise<StaffAccount | undefined> {
    const a = this.accounts.get(id);
    if (!a) return undefined;
    const ended = a.lockedUntil !== null && a.lockedUntil <= now.toISOString();
    const failedLogins = ended ? 0 : a.failedLogins;
    const codeFailures = ended ? 0 : a.codeFailures;
    const counts = policy.kind === 'password' ? { failedLogins: failedLogins + 1, codeFailures } : { failedLogins, codeFailures: codeFailures + 1 };
    const reached = (policy.kind === 'password' ? counts.failedLogins : counts.codeFailures) >= policy.lockAfter;
    const lockedUntil = reached ? new Date(now.getTime() + policy.lockMs).toISOString() : ended ? null : a.lockedUntil;
    return this.update(id, { ...counts, lockedUntil }, now);
  }

  async useTotpStep(id: string, step: number): Promise<boolean> {
    const a = this.accounts.get(id);
    if (!a || (a.totpLastStep !== null && a.totpLastStep >= step)) return false;
    a.totpLastStep = step;
    return true;
  }
}

export class MemoryStaffSessionStore implements StaffSessionStore {
  private readonly sessions = new Map<string, StaffSession>();

  async create(session: StaffSession): Promise<void> {
    this.sessions.set(session.idHash, { ...session });
  }

  async get(idHash: string): Promise<StaffSession | undefined> {
    const s = this.sessions.get(idHash);
    return s && { ...s };
  }

  async touch(idHash: string, at: string): Promise<void> {
    const s = this.sessions.get(idHash);
    if (s) s.lastSeenAt = at;
  }

  async delete(idHash: string): Promise<void> {
    this.sessions.delete(idHash);
  }

  async deleteForAccount(accountId: string): Promise<number> {
    let count = 0;
    for (const [key, s] of [...this.sessions]) {
      if (s.accountId === accountId) {
        this.sessions.delete(key);
        count++;
      }
    }
    return count;
  }

  async purgeExpired(idleBefore: string, createdBefore: string): Promise<number> {
    let count = 0;
    for (const [key, s] of [...this.sessions]) {
      if (s.lastSeenAt < idleBefore || s.createdAt < createdBefore) {
        this.sessions.delete(key);
        count++;
      }
    }
    return count;
  }
}

export class MemoryAuditLog implements AuditLog {
  private readonly entries: AuditEntry[] = [];

  async append(entry: NewAuditEntry, now = new Date()): Promise<AuditEntry> {
    const stored: AuditEntry = Object.freeze({ ...entry, id: this.entries.length + 1, at: now.toISOString() });
    this.entries.push(stored);
    return { ...stored };
  }

  async list(filter: { handoffId?: string; limit?: number; offset?: number } = {}): Promise<AuditEntry[]> {
    const offset = Math.max(filter.offset ?? 0, 0);
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
    return this.entries
      .filter((e) => !filter.handoffId || e.handoffId === filter.handoffId)
      .reverse()
      .slice(offset, offset + limit)
      .map((e) => ({ ...e }));
  }

  async count(filter: { handoffId?: string } = {}): Promise<number> {
    return this.entries.filter((e) => !filter.handoffId || e.handoffId === filter.handoffId).length;
  }
}

export function createMemoryStaffStores(): StaffStores {
  return { accounts: new MemoryStaffAccountStore(), sessions: new MemoryStaffSessionStore(), audit: new MemoryAuditLog(), close: () => undefined };
}
