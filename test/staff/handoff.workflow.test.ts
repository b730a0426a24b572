/**
 * The handoff store's console workflow (HANDOFF-CONTRACT.md) on the implementations in this branch:
 * claim, status with outcome, notes, filters and counts, "delete my data", retention.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryHandoffStore, SqliteHandoffStore, type HandoffStore, type NewHandoff } from '../../src/storage/handoff.store';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'handoff-workflow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const newHandoff = (conversationKey: string, route: NewHandoff['route'] = 'helpline'): NewHandoff => ({
  conversationKey,
  channelId: 'webchat',
  locale: 'en-GB',
  route,
  summary: { lines: [], moments: [], riskFactorsPresent: [], riskRules: [], highRisk: [] },
  transcript: [],
});

const DAY = 24 * 60 * 60 * 1000;
const t = (iso: string) => new Date(iso);

describe.each([
  ['memory', (): HandoffStore => new MemoryHandoffStore()],
  ['sqlite', (): HandoffStore => new SqliteHandoffStore(path.join(tmp, `h-${++n}.sqlite`))],
])('%s handoff store', (_name, make) => {
  it('claim, status with outcome, notes; filters and counts', async () => {
    const store = make();
    const a = await store.create(newHandoff('c1'), t('2026-11-30T09:00:00Z'));
    const b = await store.create(newHandoff('c2', 'policeAndHelpline'), t('2026-11-30T09:01:00Z'));
    expect(a.reference).toMatch(/^[0-9A-F]{8}$/);
    expect(a).toMatchObject({ status: 'new', claimedBy: null, outcome: null, closedAt: null, deletionRequestedAt: null });
    expect((await store.list()).map((h) => h.id)).toEqual([b.id, a.id]);
    expect((await store.claim(a.id, 'staff-1', t('2026-11-30T09:05:00Z')))).toMatchObject({ status: 'in_progress', claimedBy: 'staff-1', claimedAt: '2026-11-30T09:05:00.000Z' });
    const closed = await store.setStatus(a.id, 'closed', { by: 'staff-1', outcome: 'done' }, t('2026-11-30T10:00:00Z'));
    expect(closed).toMatchObject({ status: 'closed', outcome: 'done', closedAt: '2026-11-30T10:00:00.000Z', updatedAt: '2026-11-30T10:00:00.000Z' });
    await store.addNote(a.id, 'staff-1', 'first', t('2026-11-30T09:06:00Z'));
    await store.addNote(a.id, 'staff-2', 'second', t('2026-11-30T09:07:00Z'));
    expect((await store.notes(a.id)).map((x) => x.text)).toEqual(['first', 'second']);
    expect(await store.addNote('missing', 'staff-1', 'x')).toBeUndefined();
    expect(await store.count()).toBe(2);
    expect(await store.count({ status: 'closed' })).toBe(1);
    expect((await store.list({ route: 'policeAndHelpline' })).map((h) => h.id)).toEqual([b.id]);
    expect((await store.list({ reference: b.reference.toLowerCase() })).map((h) => h.id)).toEqual([b.id]);
    expect((await store.list({ limit: 1, offset: 1 })).map((h) => h.id)).toEqual([a.id]);
    await store.close();
  });

  it('"delete my data" deletes unclaimed handoffs and flags claimed ones; retention purges closed ones', async () => {
    const store = make();
    const unclaimed = await store.create(newHandoff('person'), t('2026-11-01T09:00:00Z'));
    const claimed = await store.create(newHandoff('person'), t('2026-11-01T09:00:00Z'));
    await store.claim(claimed.id, 'staff-1');
    await store.addNote(unclaimed.id, 'staff-1', 'x');
    expect(await store.deleteUnclaimed('person', t('2026-11-02T00:00:00Z'))).toBe(1);
    expect(await store.get(unclaimed.id)).toBeUndefined();
    expect(await store.notes(unclaimed.id)).toEqual([]);
    expect((await store.get(claimed.id))?.deletionRequestedAt).toBe('2026-11-02T00:00:00.000Z');
    await store.setStatus(claimed.id, 'closed', { outcome: 'done' }, t('2026-11-03T00:00:00Z'));
    expect(await store.purgeClosedOlderThan(30 * DAY, t('2026-12-02T23:59:00Z'))).toBe(0);
    expect(await store.purgeClosedOlderThan(30 * DAY, t('2026-12-03T00:01:00Z'))).toBe(1);
    expect(await store.count()).toBe(0);
    await store.close();
  });
});
