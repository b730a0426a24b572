/**
 * The handoff-store contract (agreed with the staff console: /work/HANDOFF-CONTRACT.md), run
 * against every implementation by handoffs.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SummaryData } from '../../machines/triage.types';
import type { HandoffStore, NewHandoff } from '../../src/storage/handoff.store';

export interface HandoffStoreUnderTest {
  store: HandoffStore;
  cleanup: () => Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

export const summary = (story: string): SummaryData => ({
  lines: [{ id: 'story', text: story }],
  moments: [],
  riskFactorsPresent: [],
  riskRules: [],
  highRisk: [],
});

export const newHandoff = (overrides: Partial<NewHandoff> = {}): NewHandoff => ({
  conversationKey: 'conversation/webchat/c1',
  channelId: 'webchat',
  locale: 'en-GB',
  route: 'helpline',
  summary: summary('He waits outside my work every day'),
  transcript: [
    { from: 'user', at: T0.toISOString(), text: 'He waits outside my work' },
    { from: 'bot', at: T0.toISOString(), text: 'Call 999 if you are in danger', importance: 'high' },
  ],
  ...overrides,
});

export function describeHandoffStoreContract(name: string, make: () => Promise<HandoffStoreUnderTest>): void {
  describe(`handoff store contract: ${name}`, () => {
    let sut: HandoffStoreUnderTest;
    let store: HandoffStore;
    beforeEach(async () => {
      sut = await make();
      store = sut.store;
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    it('creates a new, unclaimed handoff with a UUID and the short reference, and reads it back', async () => {
      const created = await store.create(newHandoff(), T0);
      expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(created.reference).toBe(created.id.replace(/-/g, '').slice(0, 8).toUpperCase());
      expect(created).toMatchObject({
        createdAt: T0.toISOString(),
        updatedAt: T0.toISOString(),
        status: 'new',
        claimedBy: null,
        claimedAt: null,
        outcome: null,
        closedAt: null,
        deletionRequestedAt: null,
      });
      expect(await store.get(created.id)).toEqual(created);
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });

    it('uses an id chosen up front (the bot tells the person its reference before storing)', async () => {
      const id = '6f1d2c3b-4a59-4687-9abc-def012345678';
      const created = await store.create(newHandoff({ id }), T0);
      expect(created.id).toBe(id);
      expect(created.reference).toBe('6F1D2C3B');
    });

    it('lists newest first, filters by status, route and reference, pages, and counts', async () => {
      const a = await store.create(newHandoff({ route: 'helpline' }), at(0));
      const b = await store.create(newHandoff({ route: 'policeAndHelpline' }), at(1000));
      const c = await store.create(newHandoff({ route: 'helpline' }), at(2000));
      await store.claim(b.id, 'staff-1', at(3000));
      expect((await store.list()).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
      expect((await store.list({ status: 'new' })).map((r) => r.id)).toEqual([c.id, a.id]);
      expect((await store.list({ route: 'policeAndHelpline' })).map((r) => r.id)).toEqual([b.id]);
      expect((await store.list({ reference: a.reference.toLowerCase() })).map((r) => r.id)).toEqual([a.id]);
      expect((await store.list({ limit: 1, offset: 1 })).map((r) => r.id)).toEqual([b.id]);
      expect(await store.count()).toBe(3);
      expect(await store.count({ status: 'new' })).toBe(2);
      expect(await store.count({ status: 'in_progress', route: 'policeAndHelpline' })).toBe(1);
    });

    it('claim sets who and when, and moves a new handoff to in_progress', async () => {
      const h = await store.create(newHandoff(), T0);
      const claimed = await store.claim(h.id, 'staff-1', at(DAY));
      expect(claimed).toMatchObject({ claimedBy: 'staff-1', claimedAt: at(DAY).toISOString(), status: 'in_progress', updatedAt: at(DAY).toISOString() });
      await store.setStatus(h.id, 'contacted', {}, at(2 * DAY));
      expect((await store.claim(h.id, 'staff-2', at(3 * DAY)))?.status).toBe('contacted'); // only "new" moves
      expect(await store.claim('00000000-0000-4000-8000-000000000000', 'staff-1')).toBeUndefined();
    });

    it('setStatus records the outcome and closedAt; reopening clears closedAt', async () => {
      const h = await store.create(newHandoff(), T0);
      const closed = await store.setStatus(h.id, 'closed', { by: 'staff-1', outcome: 'Called back; safety plan agreed' }, at(DAY));
      expect(closed).toMatchObject({ status: 'closed', outcome: 'Called back; safety plan agreed', closedAt: at(DAY).toISOString(), updatedAt: at(DAY).toISOString() });
      expect(closed?.claimedBy).toBe('staff-1'); // nobody had claimed it: the one closing it did
      // The queue's default view: open ones only.
      const open = await store.create(newHandoff(), T0);
      expect((await store.list({ openOnly: true })).map((x) => x.id)).toEqual([open.id]);
      expect(await store.count({ openOnly: true })).toBe(1);
      await store.setStatus(open.id, 'closed', { by: 'staff-1', outcome: 'done' }, at(DAY));
      const reopened = await store.setStatus(h.id, 'in_progress', {}, at(2 * DAY));
      expect(reopened).toMatchObject({ status: 'in_progress', closedAt: null, outcome: 'Called back; safety plan agreed' });
      expect(await store.get(h.id)).toEqual(reopened);
      expect(await store.setStatus('00000000-0000-4000-8000-000000000000', 'closed')).toBeUndefined();
    });

    it('keeps notes oldest first, per handoff; a note for no handoff is refused', async () => {
      const h = await store.create(newHandoff(), T0);
      const other = await store.create(newHandoff(), T0);
      const first = await store.addNote(h.id, 'staff-1', 'Left a voicemail', at(1000));
      await store.addNote(other.id, 'staff-2', 'Other', at(1500));
      await store.addNote(h.id, 'staff-2', 'Spoke to her; safe now', at(2000));
      expect(first).toMatchObject({ handoffId: h.id, author: 'staff-1', text: 'Left a voicemail', createdAt: at(1000).toISOString() });
      expect((await store.notes(h.id)).map((n) => n.text)).toEqual(['Left a voicemail', 'Spoke to her; safe now']);
      expect((await store.get(h.id))?.updatedAt).toBe(at(2000).toISOString());
      expect(await store.addNote('00000000-0000-4000-8000-000000000000', 'staff-1', 'x')).toBeUndefined();
    });

    it('"delete my data" removes unclaimed handoffs and their notes, and flags claimed ones', async () => {
      const unclaimed = await store.create(newHandoff(), T0);
      const claimed = await store.create(newHandoff(), T0);
      const elsewhere = await store.create(newHandoff({ conversationKey: 'conversation/webchat/other' }), T0);
      await store.addNote(unclaimed.id, 'staff-1', 'a note', T0);
      await store.claim(claimed.id, 'staff-1', at(1000));
      expect(await store.deleteUnclaimed('conversation/webchat/c1', at(DAY))).toBe(1);
      expect(await store.get(unclaimed.id)).toBeUndefined();
      expect(await store.notes(unclaimed.id)).toEqual([]);
      expect((await store.get(claimed.id))?.deletionRequestedAt).toBe(at(DAY).toISOString());
      expect((await store.get(elsewhere.id))?.deletionRequestedAt).toBeNull();
      expect(await store.deleteUnclaimed('conversation/webchat/c1', at(2 * DAY))).toBe(0);
      expect((await store.get(claimed.id))?.deletionRequestedAt).toBe(at(DAY).toISOString()); // first request kept
    });

    it('purges closed handoffs (and notes) closed before the retention period, nothing else', async () => {
      const old = await store.create(newHandoff(), T0);
      const recent = await store.create(newHandoff(), T0);
      const open = await store.create(newHandoff(), T0);
      await store.addNote(old.id, 'staff-1', 'done', T0);
      await store.setStatus(old.id, 'closed', {}, at(DAY));
      await store.setStatus(recent.id, 'closed', {}, at(50 * DAY));
      expect(await store.purgeClosedOlderThan(30 * DAY, at(60 * DAY))).toBe(1);
      expect(await store.get(old.id)).toBeUndefined();
      expect(await store.notes(old.id)).toEqual([]);
      expect(await store.get(recent.id)).toBeDefined();
      expect(await store.get(open.id)).toBeDefined();
      expect(await store.purgeClosedOlderThan(30 * DAY, at(60 * DAY))).toBe(0);
    });

    it('filters and counts by risk flag, with the other filters', async () => {
      const base = summary('He follows me');
      const emergency = await store.create(newHandoff({ summary: { ...base, moments: [{ at: T0.toISOString(), level: 'emergency', reason: 'rule' }] } }), at(0));
      const crisis = await store.create(newHandoff({ summary: { ...base, moments: [{ at: T0.toISOString(), level: 'crisis', reason: 'rule' }] } }), at(1000));
      const harmOnly = await store.create(newHandoff({ summary: { ...base, moments: [{ at: T0.toISOString(), level: 'harm', reason: 'rule' }] } }), at(2000));
      const threats = await store.create(newHandoff({ summary: { ...base, riskFactorsPresent: ['threatSoon', 'violence'] } }), at(3000));
      const strangled = await store.create(newHandoff({ route: 'policeAndHelpline', summary: { ...base, highRisk: ['strangulation'] } }), at(4000));
      const toKill = await store.create(newHandoff({ summary: { ...base, highRisk: ['threatToKill'] } }), at(5000));
      const ids = async (filter: Parameters<HandoffStore['list']>[0]) => (await store.list(filter)).map((h) => h.id);

      expect(await ids({ risk: 'emergency' })).toEqual([crisis.id, emergency.id]);
      expect(await ids({ risk: 'threats' })).toEqual([toKill.id, threats.id]);
      expect(await ids({ risk: 'violence' })).toEqual([threats.id]);
      expect(await ids({ risk: 'strangulation' })).toEqual([strangled.id]);
      expect(await ids({ risk: 'highRisk' })).toEqual([toKill.id, strangled.id]);
      expect(await ids({ risk: 'highRisk', route: 'policeAndHelpline' })).toEqual([strangled.id]);
      expect(await store.count({ risk: 'emergency' })).toBe(2);
      expect(await store.count({ risk: 'highRisk' })).toBe(2);
      expect(await store.count({ risk: 'violence', route: 'policeAndHelpline' })).toBe(0);
      await store.claim(toKill.id, 'staff-1', at(6000));
      expect(await ids({ risk: 'threats', status: 'new' })).toEqual([threats.id]);
      expect(await store.count({ risk: 'threats', status: 'in_progress' })).toBe(1);
      expect(await ids({ risk: 'emergency', reference: crisis.reference })).toEqual([crisis.id]);
      expect(await store.count()).toBe(6);
      expect(await ids({ risk: 'strangulation' })).not.toContain(harmOnly.id);
    });

    it('orders the most urgent first, then the longest waiting, when asked (order: urgent)', async () => {
      const base = summary('He follows me');
      const plainOld = await store.create(newHandoff({ summary: base }), at(0));
      const threatsNew = await store.create(newHandoff({ summary: { ...base, riskFactorsPresent: ['threats'] } }), at(1000));
      const youngOld = await store.create(newHandoff({ summary: { ...base, route: { recommended: 'helpline', extras: ['childline'] } } }), at(2000));
      const plainNew = await store.create(newHandoff({ summary: base }), at(3000));
      const emergencyNew = await store.create(newHandoff({ summary: { ...base, moments: [{ at: T0.toISOString(), level: 'emergency', reason: 'rule' }] } }), at(4000));
      const armedNew = await store.create(newHandoff({ summary: { ...base, riskRules: ['risk.weaponAccess'] } }), at(5000));
      const imagesNew = await store.create(newHandoff({ summary: { ...base, riskRules: ['risk.imageAbuse'] } }), at(6000));
      const ids = async (filter: Parameters<HandoffStore['list']>[0]) => (await store.list(filter)).map((h) => h.id);
      expect(await ids({ order: 'urgent' })).toEqual([emergencyNew.id, youngOld.id, armedNew.id, threatsNew.id, imagesNew.id, plainOld.id, plainNew.id]);
      expect(await ids({ order: 'urgent', limit: 2, offset: 1 })).toEqual([youngOld.id, armedNew.id]);
      expect(await ids({})).toEqual([imagesNew.id, armedNew.id, emergencyNew.id, plainNew.id, youngOld.id, threatsNew.id, plainOld.id]);
      expect(await ids({ order: 'newest', risk: 'threats' })).toEqual([threatsNew.id]);
    });

    it('finds a risk-flagged handoff older than 1000 newer ones, and counts it', { timeout: 120_000 }, async () => {
      const old = await store.create(newHandoff({ summary: { ...summary('Old'), highRisk: ['strangulation'] } }), at(0));
      for (let i = 1; i <= 1001; i++) await store.create(newHandoff({ conversationKey: `conversation/webchat/n${i}` }), at(i * 1000));
      expect((await store.list({ risk: 'strangulation', limit: 200 })).map((h) => h.id)).toEqual([old.id]);
      expect(await store.count({ risk: 'strangulation' })).toBe(1);
      expect(await store.count({ risk: 'highRisk', status: 'new' })).toBe(1);
      expect(await store.count()).toBe(1002);
    });

    it('isolates stored records from the caller', async () => {
      const input = newHandoff();
      const created = await store.create(input, T0);
      input.summary.lines.push({ id: 'story', text: 'changed' });
      created.transcript.length = 0;
      const read = await store.get(created.id);
      expect(read?.summary.lines).toHaveLength(1);
      expect(read?.transcript).toHaveLength(2);
    });
  });
}
