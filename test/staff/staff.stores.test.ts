/**
 * The staff repositories' contract, run against every implementation (a Kysely/PostgreSQL one
 * adds a line below): accounts, atomic lockout and TOTP steps, sessions shared by two instances on
 * one database, and an audit log nobody can change.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStaffStores, createSqliteStaffStores, DuplicateAccountError, type StaffStores } from '../../src/staff/store';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'staff-stores-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const implementations: [string, () => { stores: StaffStores; other: StaffStores }][] = [
  ['memory', () => { const stores = createMemoryStaffStores(); return { stores, other: stores }; }],
  ['sqlite', () => { const file = path.join(tmp, `staff-${++n}.sqlite`); return { stores: createSqliteStaffStores(file), other: createSqliteStaffStores(file) }; }],
];

describe.each(implementations)('%s staff stores', (_name, make) => {
  const now = new Date('2026-11-30T09:00:00Z');

  it('accounts: unique by lower-cased email, found by id, email and enrolment token hash, updated', async () => {
    const { stores } = make();
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
    const { stores, other } = make();
    const a = await stores.accounts.create({ email: 'lock@charity.example', role: 'reviewer' }, now);
    const policy = { lockAfter: 3, lockMs: 60_000 };
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

  it('sessions are shared by two instances on one database; logout everywhere and expiry', async () => {
    const { stores, other } = make();
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
    const { stores, other } = make();
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

describe('sqlite audit table', () => {
  it('refuses UPDATE and DELETE even from SQL', async () => {
    const file = path.join(tmp, 'audit.sqlite');
    const stores = createSqliteStaffStores(file);
    await stores.audit.append({ actorId: null, actor: 'cli', action: 'account.add', handoffId: null, detail: null });
    const db = new Database(file);
    expect(() => db.prepare("UPDATE staff_audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM staff_audit_log').run()).toThrow(/append-only/);
    db.close();
    await stores.close();
  });
});
