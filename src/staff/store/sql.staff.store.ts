/**
 * The staff repositories on the storage layer's database (Kysely; SQLite or PostgreSQL alike):
 * tables staff_accounts, staff_sessions, staff_audit_log (migration 0006_staff_console; the audit
 * log refuses UPDATE and DELETE in the database itself). Atomic steps are single conditional
 * UPDATEs, so two instances (or two requests) can't both use a TOTP step or lose a failed login.
 * The TOTP secret is sealed with the storage cipher when DATA_ENCRYPTION_KEY is set.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, SqlDatabase } from '../../storage/database';
import {
  DuplicateAccountError,
  type AuditAction,
  type AuditEntry,
  type AuditLog,
  type LockPolicy,
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

export interface StaffAccountsTable {
  id: string;
  /** Lower-cased. */
  email: string;
  role: StaffRole;
  password_hash: string | null;
  /** Sealed when DATA_ENCRYPTION_KEY is set. */
  totp_secret: string | null;
  totp_last_step: number | null;
  enrolment_token_hash: string | null;
  enrolment_expires_at: string | null;
  failed_logins: number;
  code_failures: number;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface StaffSessionsTable {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

export interface StaffAuditLogTable {
  /** Generated (SQLite AUTOINCREMENT, PostgreSQL bigserial). */
  id: number | undefined;
  at: string;
  actor_id: string | null;
  actor: string;
  action: AuditAction;
  handoff_id: string | null;
  detail: string | null;
}

export interface StaffDatabase extends Database {
  staff_accounts: StaffAccountsTable;
  staff_sessions: StaffSessionsTable;
  staff_audit_log: StaffAuditLogTable;
}

const TOTP_SECRET = 'staff_accounts.totp_secret';

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** The repositories' shared handle: waits for migrations, typed with the staff tables. */
class StaffTables {
  constructor(readonly database: SqlDatabase) {}

  async db(): Promise<Kysely<StaffDatabase>> {
    await this.database.use();
    return this.database.withTables<StaffDatabase>();
  }
}

export class SqlStaffAccountStore implements StaffAccountStore {
  constructor(private readonly tables: StaffTables) {}

  private get cipher() {
    return this.tables.database.cipher;
  }

  private toAccount = (r: Selectable<StaffAccountsTable>): StaffAccount => ({
    id: r.id,
    email: r.email,
    role: r.role,
    passwordHash: r.password_hash,
    totpSecret: r.totp_secret === null ? null : this.cipher.open(r.totp_secret, TOTP_SECRET),
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    enrolmentTokenHash: r.enrolment_token_hash,
    enrolmentExpiresAt: r.enrolment_expires_at,
    failedLogins: Number(r.failed_logins),
    codeFailures: Number(r.code_failures),
    lockedUntil: r.locked_until,
    disabledAt: r.disabled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  private sealSecret(secret: string | null | undefined): string | null {
    return secret == null ? null : this.cipher.seal(secret, TOTP_SECRET);
  }

  async create(account: NewStaffAccount, now = new Date()): Promise<StaffAccount> {
    const db = await this.tables.db();
    const at = now.toISOString();
    const id = randomUUID();
    try {
      await db
        .insertInto('staff_accounts')
        .values({
          id,
          email: account.email.toLowerCase(),
          role: account.role,
          password_hash: account.passwordHash ?? null,
          totp_secret: this.sealSecret(account.totpSecret),
          totp_last_step: null,
          enrolment_token_hash: account.enrolmentTokenHash ?? null,
          enrolment_expires_at: account.enrolmentExpiresAt ?? null,
          failed_logins: 0,
          code_failures: 0,
          locked_until: null,
          disabled_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateAccountError('an account with this email exists');
      throw err;
    }
    return (await this.get(id))!;
  }

  private async one(column: 'id' | 'email' | 'enrolment_token_hash', value: string): Promise<StaffAccount | undefined> {
    const db = await this.tables.db();
    const row = await db.selectFrom('staff_accounts').selectAll().where(column, '=', value).executeTakeFirst();
    return row && this.toAccount(row);
  }

  get(id: string) {
    return this.one('id', id);
  }

  getByEmail(email: string) {
    return this.one('email', email.toLowerCase());
  }

  getByEnrolmentTokenHash(hash: string) {
    return this.one('enrolment_token_hash', hash);
  }

  async list(): Promise<StaffAccount[]> {
    const db = await this.tables.db();
    return (await db.selectFrom('staff_accounts').selectAll().orderBy('created_at').orderBy('id').execute()).map(this.toAccount);
  }

  async update(id: string, patch: StaffAccountPatch, now = new Date()): Promise<StaffAccount | undefined> {
    const db = await this.tables.db();
    const set: Partial<StaffAccountsTable> = { updated_at: now.toISOString() };
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
    if (patch.totpSecret !== undefined) set.totp_secret = this.sealSecret(patch.totpSecret);
    if (patch.totpLastStep !== undefined) set.totp_last_step = patch.totpLastStep;
    if (patch.enrolmentTokenHash !== undefined) set.enrolment_token_hash = patch.enrolmentTokenHash;
    if (patch.enrolmentExpiresAt !== undefined) set.enrolment_expires_at = patch.enrolmentExpiresAt;
    if (patch.failedLogins !== undefined) set.failed_logins = patch.failedLogins;
    if (patch.codeFailures !== undefined) set.code_failures = patch.codeFailures;
    if (patch.lockedUntil !== undefined) set.locked_until = patch.lockedUntil;
    if (patch.disabledAt !== undefined) set.disabled_at = patch.disabledAt;
    await db.updateTable('staff_accounts').set(set).where('id', '=', id).execute();
    return this.get(id);
  }

  /** One UPDATE: the counts and the lock are computed from the row's current values, never a stale read. */
  async recordLoginFailure(id: string, policy: LockPolicy, now = new Date()): Promise<StaffAccount | undefined> {
    const db = await this.tables.db();
    const at = now.toISOString();
    const until = new Date(now.getTime() + policy.lockMs).toISOString();
    // a lock that has ended starts both counts again
    const ended = sql<boolean>`(locked_until IS NOT NULL AND locked_until <= ${at})`;
    const counted = policy.kind === 'password' ? sql.ref('failed_logins') : sql.ref('code_failures');
    const next = sql<number>`CASE WHEN ${ended} THEN 1 ELSE ${counted} + 1 END`;
    await db
      .updateTable('staff_accounts')
      .set({
        failed_logins: policy.kind === 'password' ? next : sql<number>`CASE WHEN ${ended} THEN 0 ELSE failed_logins END`,
        code_failures: policy.kind === 'code' ? next : sql<number>`CASE WHEN ${ended} THEN 0 ELSE code_failures END`,
        locked_until: sql<string | null>`CASE WHEN ${next} >= ${policy.lockAfter} THEN ${until} WHEN ${ended} THEN NULL ELSE locked_until END`,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  /** One conditional UPDATE: of two logins with the same code, exactly one changes the row. */
  async useTotpStep(id: string, step: number): Promise<boolean> {
    const db = await this.tables.db();
    const result = await db
      .updateTable('staff_accounts')
      .set({ totp_last_step: step })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
}

export class SqlStaffSessionStore implements StaffSessionStore {
  constructor(private readonly tables: StaffTables) {}

  async create(s: StaffSession): Promise<void> {
    const db = await this.tables.db();
    await db
      .insertInto('staff_sessions')
      .values({ id_hash: s.idHash, account_id: s.accountId, csrf_token: s.csrfToken, created_at: s.createdAt, last_seen_at: s.lastSeenAt })
      .execute();
  }

  async get(idHash: string): Promise<StaffSession | undefined> {
    const db = await this.tables.db();
    const r = await db.selectFrom('staff_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    return r && { idHash: r.id_hash, accountId: r.account_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at };
  }

  async touch(idHash: string, at: string): Promise<void> {
    const db = await this.tables.db();
    await db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async delete(idHash: string): Promise<void> {
    const db = await this.tables.db();
    await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteForAccount(accountId: string): Promise<number> {
    const db = await this.tables.db();
    const result = await db.deleteFrom('staff_sessions').where('account_id', '=', accountId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async purgeExpired(idleBefore: string, createdBefore: string): Promise<number> {
    const db = await this.tables.db();
    const result = await db
      .deleteFrom('staff_sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

const toEntry = (r: Selectable<StaffAuditLogTable>): AuditEntry => ({
  id: Number(r.id),
  at: r.at,
  actorId: r.actor_id,
  actor: r.actor,
  action: r.action,
  handoffId: r.handoff_id,
  detail: r.detail,
});

/** Append-only: no method changes an entry, and the database refuses UPDATE and DELETE. */
export class SqlAuditLog implements AuditLog {
  constructor(private readonly tables: StaffTables) {}

  async append(e: NewAuditEntry, now = new Date()): Promise<AuditEntry> {
    const db = await this.tables.db();
    const at = now.toISOString();
    const row = await db
      .insertInto('staff_audit_log')
      .values({ at, actor_id: e.actorId, actor: e.actor, action: e.action, handoff_id: e.handoffId, detail: e.detail })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...e, id: Number(row.id), at };
  }

  async list(filter: { handoffId?: string; limit?: number; offset?: number } = {}): Promise<AuditEntry[]> {
    const db = await this.tables.db();
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
    const offset = Math.max(filter.offset ?? 0, 0);
    let query = db.selectFrom('staff_audit_log').selectAll();
    if (filter.handoffId) query = query.where('handoff_id', '=', filter.handoffId);
    return (await query.orderBy('id', 'desc').limit(limit).offset(offset).execute()).map(toEntry);
  }

  async count(filter: { handoffId?: string } = {}): Promise<number> {
    const db = await this.tables.db();
    let query = db.selectFrom('staff_audit_log').select((eb) => eb.fn.countAll<number | string>().as('n'));
    if (filter.handoffId) query = query.where('handoff_id', '=', filter.handoffId);
    return Number((await query.executeTakeFirst())?.n ?? 0);
  }
}

/** The staff repositories over the storage layer's database. Closing them leaves the database open (storage owns it). */
export function createSqlStaffStores(database: SqlDatabase): StaffStores {
  const tables = new StaffTables(database);
  return {
    accounts: new SqlStaffAccountStore(tables),
    sessions: new SqlStaffSessionStore(tables),
    audit: new SqlAuditLog(tables),
    close: () => undefined,
  };
}
