/**
 * The staff repositories' contract, run against every implementation: in memory, and the Kysely one
 * on SQLite and on PostgreSQL (a throwaway server, started here; nothing skips). Accounts, atomic
 * lockout and TOTP steps, sessions shared by two instances on one database, an audit log nobody can
 * change (not even with SQL), and the TOTP secret sealed at rest when DATA_ENCRYPTION_KEY is set.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStaffStores, createSqlStaffStores, DuplicateAccountError, type StaffDatabase, type StaffStores } from '../../src/staff/store';
import { createFieldCipher } from '../../src/storage/cipher';
import type { SqlDatabase, SqlEngine } from '../../src/storage/database';
import { openPostgresDatabase } from '../../src/storage/postgres.database';
import { openSqliteDatabase } from '../../src/storage/sqlite.database';
import { SQL_ENGINES, useSqlEngines, type TestDatabase } from '../support/databases';

const engines = useSqlEngines();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const IMPLEMENTATIONS = ['memory', ...SQL_ENGINES] as const;

/** Fresh stores, and `other`: a second instance on the same data (PostgreSQL: its own connection pool). */
async function open(name: 'memory' | SqlEngine): Promise<{ stores: StaffStores; other: StaffStores; t?: TestDatabase }> {
  if (name === 'memory') {
    const stores = createMemoryStaffStores();
    return { stores, other: stores };
  }
  const t = await engines.open(name);
  cleanups.push(() => t.close());
  let otherDatabase: SqlDatabase = t.database;
  if (name === 'postgres') {
    const second = openPostgresDatabase({ url: t.location, cipher: createFieldCipher(undefined), poolSize: 2 });
    await second.ready;
    cleanups.push(() => second.close());
    otherDatabase = second;
  }
  // SQLite: one process holds the file, so a second instance is a second set of repositories on it.
  return { stores: createSqlStaffStores(t.database), other: createSqlStaffStores(otherDatabase), t };
}

describe.each(IMPLEMENTATIONS)('%s staff stores', (name) => {
  const make = () => open(name);
  const now = new Date('2026-11-30T09:00:00Z');

  it('accounts: unique by lower-cased email, found by id, email and enrolment token hash, updated', async () => {
    const { stores } = await make();
    const a = await stores.accounts.create({ email: 'Sam@Charity.example', role: 'reviewer', enrolmentTokenHash: 'h1' }, now);
    expect(a).toMatchObject({ email: 'sam@charity.example', role: 'reviewer', passwordHash: null, failedLogins: 0, disabledAt: null });
    await expect(stores.accounts.create({ email: 'sam@charity.example', role: 'admin' }, now)).rejects.toBeInstanceOf(DuplicateAccountError);
    expect((await stores.accounts.getByEmail('SAM@charity.example'))?.id).toBe(a.id);
    expect((await stores.accounts.getByEnrolmentTokenHash('h1'))?.id).toBe(a.id);
    expect(await stores.accounts.getByEnrolmentTokenHash('nope')).toBeUndefined();
    const updated = await stores.accounts.update(a.id, { passwordHash: 'scrypt$x', enrolmentTokenHash: null }, now);
    expect(updated).toMatchObject({ passwordHash: 'scrypt$x', enrolmentTokenHash: null });
    expect((await stores.accounts.list()).map((x) => x.email)).toEqual(['sam@charity.example']);
  });

  it('a failed login counts up and locks at the limit; a TOTP step is used once', async () => {
    const { stores, other } = await make();
    const a = await stores.accounts.create({ email: 'lock@charity.example', role: 'reviewer' }, now);
    const policy = { lockAfter: 3, lockMs: 60_000, kind: 'password' as const };
    await stores.accounts.recordLoginFailure(a.id, policy, now);
    await other.accounts.recordLoginFailure(a.id, policy, now);
    expect((await stores.accounts.get(a.id))).toMatchObject({ failedLogins: 2, lockedUntil: null });
    const locked = await stores.accounts.recordLoginFailure(a.id, policy, now);
    expect(locked?.lockedUntil).toBe('2026-11-30T09:01:00.000Z');
    expect(await stores.accounts.useTotpStep(a.id, 100)).toBe(true);
    expect(await other.accounts.useTotpStep(a.id, 100)).toBe(false);
    expect(await stores.accounts.useTotpStep(a.id, 99)).toBe(false);
    expect(await other.accounts.useTotpStep(a.id, 101)).toBe(true);
  });

  it('after a lock ends both counts start again; wrong codes are counted apart from wrong passwords', async () => {
    const { stores, other } = await make();
    const a = await stores.accounts.create({ email: 'decay@charity.example', role: 'reviewer' }, now);
    const passwords = { lockAfter: 2, lockMs: 60_000, kind: 'password' as const };
    await stores.accounts.recordLoginFailure(a.id, passwords, now);
    const locked = await other.accounts.recordLoginFailure(a.id, passwords, now);
    expect(locked).toMatchObject({ failedLogins: 2, codeFailures: 0, lockedUntil: '2026-11-30T09:01:00.000Z' });
    // one failure after the lock ended is one, not three, and does not lock again
    const later = new Date(now.getTime() + 61_000);
    expect(await stores.accounts.recordLoginFailure(a.id, passwords, later)).toMatchObject({ failedLogins: 1, codeFailures: 0, lockedUntil: null });
    const code = await other.accounts.recordLoginFailure(a.id, { ...passwords, kind: 'code' }, later);
    expect(code).toMatchObject({ failedLogins: 1, codeFailures: 1, lockedUntil: null });
    expect((await stores.accounts.recordLoginFailure(a.id, { ...passwords, kind: 'code' }, later))?.lockedUntil).toBe('2026-11-30T09:02:01.000Z');
  });

  it('sessions are shared by two instances on one database; logout everywhere and expiry', async () => {
    const { stores, other } = await make();
    const s = (idHash: string, accountId: string, createdAt: string, lastSeenAt = createdAt) => ({ idHash, accountId, csrfToken: `csrf-${idHash}`, createdAt, lastSeenAt });
    await stores.sessions.create(s('a1', 'acc-a', '2026-11-30T09:00:00.000Z'));
    await stores.sessions.create(s('a2', 'acc-a', '2026-11-30T09:00:00.000Z'));
    await stores.sessions.create(s('b1', 'acc-b', '2026-11-30T01:00:00.000Z', '2026-11-30T08:59:00.000Z'));
    expect(await other.sessions.get('a1')).toMatchObject({ accountId: 'acc-a', csrfToken: 'csrf-a1' });
    await other.sessions.touch('a1', '2026-11-30T09:10:00.000Z');
    expect((await stores.sessions.get('a1'))?.lastSeenAt).toBe('2026-11-30T09:10:00.000Z');
    expect(await other.sessions.deleteForAccount('acc-a')).toBe(2);
    expect(await stores.sessions.get('a2')).toBeUndefined();
    expect(await stores.sessions.purgeExpired('2026-11-30T08:45:00.000Z', '2026-11-30T01:00:00.001Z')).toBe(1);
    expect(await other.sessions.get('b1')).toBeUndefined();
  });

  it('the audit log appends and lists newest first; it has no way to change an entry', async () => {
    const { stores, other } = await make();
    await stores.audit.append({ actorId: 'acc-a', actor: 'a@charity.example', action: 'handoff.view', handoffId: 'h1', detail: null }, now);
    await other.audit.append({ actorId: 'acc-a', actor: 'a@charity.example', action: 'handoff.claim', handoffId: 'h1', detail: null }, now);
    await stores.audit.append({ actorId: null, actor: 'cli', action: 'account.add', handoffId: null, detail: 'x reviewer' }, now);
    expect((await stores.audit.list({ handoffId: 'h1' })).map((e) => e.action)).toEqual(['handoff.claim', 'handoff.view']);
    expect(await other.audit.count()).toBe(3);
    expect((await stores.audit.list({ limit: 1, offset: 1 })).map((e) => e.action)).toEqual(['handoff.claim']);
    const entry = (await stores.audit.list())[0]!;
    entry.detail = 'tampered';
    expect((await stores.audit.list())[0]!.detail).toBe('x reviewer');
    for (const method of ['update', 'delete', 'remove', 'clear']) expect((stores.audit as unknown as Record<string, unknown>)[method]).toBeUndefined();
  });
});

for (const engine of SQL_ENGINES) {
  describe(`${engine} staff tables`, () => {
    it('the audit log refuses UPDATE and DELETE even from SQL', async () => {
      const { stores, t } = await open(engine);
      await stores.audit.append({ actorId: null, actor: 'cli', action: 'account.add', handoffId: null, detail: null });
      const db = t!.database.withTables<StaffDatabase>();
      await expect(db.updateTable('staff_audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('staff_audit_log').execute()).rejects.toThrow(/append-only/);
      if (engine === 'postgres') await expect(sql`TRUNCATE staff_audit_log`.execute(db)).rejects.toThrow(/append-only/);
      expect(await stores.audit.count()).toBe(1);
      expect((await stores.audit.list())[0]).toMatchObject({ actor: 'cli', action: 'account.add' });
    });

    it('seals the TOTP secret with DATA_ENCRYPTION_KEY; it reads back, and the row holds no plain secret', async () => {
      const t = await engines.open(engine, { cipher: createFieldCipher(randomBytes(32).toString('base64')) });
      cleanups.push(() => t.close());
      const stores = createSqlStaffStores(t.database);
      const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
      const a = await stores.accounts.create({ email: 'k@charity.example', role: 'admin', totpSecret: secret });
      expect(a.totpSecret).toBe(secret);
      const b = await stores.accounts.create({ email: 'j@charity.example', role: 'reviewer' });
      await stores.accounts.update(b.id, { totpSecret: secret });
      expect((await stores.accounts.getByEmail('j@charity.example'))?.totpSecret).toBe(secret);
      const rows = await t.database.withTables<StaffDatabase>().selectFrom('staff_accounts').select('totp_secret').execute();
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row.totp_secret).toMatch(/^enc1:/);
        expect(row.totp_secret).not.toContain(secret);
      }
      await stores.accounts.update(b.id, { totpSecret: null });
      expect((await stores.accounts.get(b.id))?.totpSecret).toBeNull();
    });

    it('concurrent logins with one TOTP code: exactly one wins; concurrent failures all count', async () => {
      const { stores, other } = await open(engine);
      const a = await stores.accounts.create({ email: 'race@charity.example', role: 'reviewer' });
      const wins = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? other : stores).accounts.useTotpStep(a.id, 500)));
      expect(wins.filter(Boolean)).toHaveLength(1);
      const policy = { lockAfter: 5, lockMs: 60_000, kind: 'password' as const };
      await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? other : stores).accounts.recordLoginFailure(a.id, policy)));
      const after = await stores.accounts.get(a.id);
      expect(after?.failedLogins).toBe(6);
      expect(after?.lockedUntil).not.toBeNull();
    });
  });
}

describe('a SQLite file from the console before the storage layer', () => {
  it('keeps its staff tables and rows (the migration adopts them), and the audit log stays append-only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'staff-v0-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'triage.sqlite');
    const old = new BetterSqlite3(file);
    old.exec(`CREATE TABLE staff_accounts (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL, password_hash TEXT,
        totp_secret TEXT, totp_last_step INTEGER, enrolment_token_hash TEXT UNIQUE, enrolment_expires_at TEXT,
        failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, disabled_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE staff_sessions (id_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL);
      CREATE INDEX staff_sessions_by_account ON staff_sessions (account_id);
      CREATE TABLE staff_audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_id TEXT, actor TEXT NOT NULL, action TEXT NOT NULL, handoff_id TEXT, detail TEXT);
      CREATE INDEX staff_audit_by_handoff ON staff_audit_log (handoff_id, id);
      CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      INSERT INTO staff_accounts (id, email, role, created_at, updated_at) VALUES ('acc-1', 'old@charity.example', 'admin', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
      INSERT INTO staff_audit_log (at, actor, action) VALUES ('2026-11-01T00:00:00.000Z', 'cli', 'account.add');`);
    old.close();
    const database = openSqliteDatabase({ path: file, cipher: createFieldCipher(undefined) });
    cleanups.push(() => database.close());
    await database.ready;
    const stores = createSqlStaffStores(database);
    expect(await stores.accounts.getByEmail('old@charity.example')).toMatchObject({ id: 'acc-1', role: 'admin' });
    expect((await stores.audit.append({ actorId: null, actor: 'cli', action: 'account.add', handoffId: null, detail: null })).id).toBe(2);
    await expect(database.withTables<StaffDatabase>().deleteFrom('staff_audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
