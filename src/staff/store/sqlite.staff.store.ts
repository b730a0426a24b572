/**
 * The staff repositories in the SQLite file (better-sqlite3): what `npm start` and
 * `npm run staff` share on one machine. The tables are the ones a Kysely/PostgreSQL version uses:
 * staff_accounts, staff_sessions, staff_audit_log (append-only: triggers refuse UPDATE and DELETE).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  DuplicateAccountError,
  type AuditAction,
  type AuditEntry,
  type AuditLog,
  type NewAuditEntry,
  type NewStaffAccount,
  type StaffAccount,
  type StaffAccountPatch,
  type StaffAccountStore,
  type StaffRole,
  type StaffSession,
  type StaffSessionStore,
  type StaffStores,
} from './staff.store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS staff_accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT,
  totp_secret TEXT,
  totp_last_step INTEGER,
  enrolment_token_hash TEXT UNIQUE,
  enrolment_expires_at TEXT,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  disabled_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  id_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS staff_sessions_by_account ON staff_sessions (account_id);
CREATE TABLE IF NOT EXISTS staff_audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  handoff_id TEXT,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS staff_audit_by_handoff ON staff_audit_log (handoff_id, id);
CREATE TRIGGER IF NOT EXISTS staff_audit_no_update BEFORE UPDATE ON staff_audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS staff_audit_no_delete BEFORE DELETE ON staff_audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

interface AccountRow {
  id: string;
  email: string;
  role: StaffRole;
  password_hash: string | null;
  totp_secret: string | null;
  totp_last_step: number | null;
  enrolment_token_hash: string | null;
  enrolment_expires_at: string | null;
  failed_logins: number;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

const toAccount = (r: AccountRow): StaffAccount => ({
  id: r.id,
  email: r.email,
  role: r.role,
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  totpLastStep: r.totp_last_step,
  enrolmentTokenHash: r.enrolment_token_hash,
  enrolmentExpiresAt: r.enrolment_expires_at,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
  disabledAt: r.disabled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMN: Record<keyof StaffAccountPatch, string> = {
  role: 'role',
  passwordHash: 'password_hash',
  totpSecret: 'totp_secret',
  totpLastStep: 'totp_last_step',
  enrolmentTokenHash: 'enrolment_token_hash',
  enrolmentExpiresAt: 'enrolment_expires_at',
  failedLogins: 'failed_logins',
  lockedUntil: 'locked_until',
  disabledAt: 'disabled_at',
};

class SqliteStaffAccountStore implements StaffAccountStore {
  constructor(private readonly db: Database.Database) {}

  async create(account: NewStaffAccount, now = new Date()): Promise<StaffAccount> {
    const at = now.toISOString();
    const id = randomUUID();
    try {
      this.db
        .prepare(
          `INSERT INTO staff_accounts (id, email, role, password_hash, totp_secret, enrolment_token_hash, enrolment_expires_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, account.email.toLowerCase(), account.role, account.passwordHash ?? null, account.totpSecret ?? null,
          account.enrolmentTokenHash ?? null, account.enrolmentExpiresAt ?? null, at, at);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateAccountError('an account with this email exists');
      throw err;
    }
    return (await this.get(id))!;
  }

  private one(where: string, value: string): StaffAccount | undefined {
    const row = this.db.prepare<[string], AccountRow>(`SELECT * FROM staff_accounts WHERE ${where} = ?`).get(value);
    return row && toAccount(row);
  }

  async get(id: string) {
    return this.one('id', id);
  }

  async getByEmail(email: string) {
    return this.one('email', email.toLowerCase());
  }

  async getByEnrolmentTokenHash(hash: string) {
    return this.one('enrolment_token_hash', hash);
  }

  async list(): Promise<StaffAccount[]> {
    return this.db.prepare<[], AccountRow>('SELECT * FROM staff_accounts ORDER BY created_at, id').all().map(toAccount);
  }

  async update(id: string, patch: StaffAccountPatch, now = new Date()): Promise<StaffAccount | undefined> {
    const keys = (Object.keys(patch) as (keyof StaffAccountPatch)[]).filter((k) => patch[k] !== undefined);
    const sets = [...keys.map((k) => `${COLUMN[k]} = ?`), 'updated_at = ?'].join(', ');
    this.db.prepare(`UPDATE staff_accounts SET ${sets} WHERE id = ?`).run(...keys.map((k) => patch[k] ?? null), now.toISOString(), id);
    return this.get(id);
  }

  async recordLoginFailure(id: string, policy: { lockAfter: number; lockMs: number }, now = new Date()) {
    this.db
      .prepare(
        `UPDATE staff_accounts SET failed_logins = failed_logins + 1,
           locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END, updated_at = ? WHERE id = ?`,
      )
      .run(policy.lockAfter, new Date(now.getTime() + policy.lockMs).toISOString(), now.toISOString(), id);
    return this.get(id);
  }

  async useTotpStep(id: string, step: number): Promise<boolean> {
    return (
      this.db
        .prepare('UPDATE staff_accounts SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)')
        .run(step, id, step).changes === 1
    );
  }
}

interface SessionRow {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

class SqliteStaffSessionStore implements StaffSessionStore {
  constructor(private readonly db: Database.Database) {}

  async create(s: StaffSession): Promise<void> {
    this.db
      .prepare('INSERT INTO staff_sessions (id_hash, account_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(s.idHash, s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt);
  }

  async get(idHash: string): Promise<StaffSession | undefined> {
    const r = this.db.prepare<[string], SessionRow>('SELECT * FROM staff_sessions WHERE id_hash = ?').get(idHash);
    return r && { idHash: r.id_hash, accountId: r.account_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at };
  }

  async touch(idHash: string, at: string): Promise<void> {
    this.db.prepare('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?').run(at, idHash);
  }

  async delete(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteForAccount(accountId: string): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE account_id = ?').run(accountId).changes;
  }

  async purgeExpired(idleBefore: string, createdBefore: string): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE last_seen_at < ? OR created_at < ?').run(idleBefore, createdBefore).changes;
  }
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor: string;
  action: AuditAction;
  handoff_id: string | null;
  detail: string | null;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id, at: r.at, actorId: r.actor_id, actor: r.actor, action: r.action, handoffId: r.handoff_id, detail: r.detail,
});

class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Database.Database) {}

  async append(e: NewAuditEntry, now = new Date()): Promise<AuditEntry> {
    const at = now.toISOString();
    const id = Number(
      this.db
        .prepare('INSERT INTO staff_audit_log (at, actor_id, actor, action, handoff_id, detail) VALUES (?, ?, ?, ?, ?, ?)')
        .run(at, e.actorId, e.actor, e.action, e.handoffId, e.detail).lastInsertRowid,
    );
    return { ...e, id, at };
  }

  async list(filter: { handoffId?: string; limit?: number; offset?: number } = {}): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
    const offset = Math.max(filter.offset ?? 0, 0);
    const rows = filter.handoffId
      ? this.db.prepare<[string, number, number], AuditRow>('SELECT * FROM staff_audit_log WHERE handoff_id = ? ORDER BY id DESC LIMIT ? OFFSET ?').all(filter.handoffId, limit, offset)
      : this.db.prepare<[number, number], AuditRow>('SELECT * FROM staff_audit_log ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset);
    return rows.map(toEntry);
  }

  async count(filter: { handoffId?: string } = {}): Promise<number> {
    const row = filter.handoffId
      ? this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM staff_audit_log WHERE handoff_id = ?').get(filter.handoffId)
      : this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM staff_audit_log').get();
    return row?.n ?? 0;
  }
}

export function createSqliteStaffStores(path: string): StaffStores {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  return {
    accounts: new SqliteStaffAccountStore(db),
    sessions: new SqliteStaffSessionStore(db),
    audit: new SqliteAuditLog(db),
    close: () => {
      db.close();
    },
  };
}
