/**
 * What every Direct Line store must do, run against each implementation (directline.store.test.ts):
 * memory, and SQL on SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import type { DirectLineStore, NewDirectLineActivity } from '../../src/directline/directline.store';

const message = (conversationId: string, text: string): NewDirectLineActivity => ({
  type: 'message',
  channelId: 'webchat',
  conversation: { id: conversationId },
  from: { id: 'dl_person', role: 'user' },
  timestamp: '2026-11-30T08:00:00.000Z',
  text,
});

export function directLineStoreContract(name: string, make: (nowMs: () => number) => Promise<DirectLineStore>): void {
  describe(`Direct Line store contract: ${name}`, () => {
    it('appends with increasing sequence numbers, ids <conversation>|<seq>, and reads after a watermark', async () => {
      const store = await make(() => Date.now());
      await store.createConversation({ id: 'wc-a', userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z' });
      const first = await store.append('wc-a', message('wc-a', 'one'));
      const second = await store.append('wc-a', message('wc-a', 'two'));
      expect(first?.id).toMatch(/^wc-a\|0*1$/);
      expect(second?.id).toMatch(/^wc-a\|0*2$/);
      expect(await store.activitiesAfter('wc-a', 0, 10)).toMatchObject({ watermark: 2, activities: [{ text: 'one' }, { text: 'two' }] });
      expect(await store.activitiesAfter('wc-a', 1, 10)).toMatchObject({ watermark: 2, activities: [{ text: 'two' }] });
      expect(await store.activitiesAfter('wc-a', 2, 10)).toEqual({ watermark: 2, activities: [] });
      expect(await store.activitiesAfter('wc-a', 0, 1)).toMatchObject({ watermark: 1, activities: [{ text: 'one' }] });
      await store.close();
    });

    it('numbers concurrent appends 1..n: no gap, no duplicate, each activity once', async () => {
      const store = await make(() => Date.now());
      await store.createConversation({ id: 'wc-a', userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z' });
      const texts = Array.from({ length: 24 }, (_, i) => `message ${i}`);
      const appended = await Promise.all(texts.map((text) => store.append('wc-a', message('wc-a', text))));
      const seqs = appended.map((a) => Number(a?.id.split('|')[1])).sort((x, y) => x - y);
      expect(seqs).toEqual(texts.map((_, i) => i + 1));
      const page = await store.activitiesAfter('wc-a', 0, 100);
      expect(page?.watermark).toBe(texts.length);
      expect(page?.activities.map((a) => a.id)).toEqual([...appended.map((a) => a!.id)].sort());
      expect(page?.activities.map((a) => a.text).sort()).toEqual([...texts].sort());
      await store.close();
    });

    it('keeps conversations apart, starts each once, and refuses a duplicate id', async () => {
      const store = await make(() => Date.now());
      await store.createConversation({ id: 'wc-a', userId: 'dl_a', createdAt: '2026-11-30T08:00:00.000Z' });
      await store.createConversation({ id: 'wc-b', userId: 'dl_b', createdAt: '2026-11-30T08:00:00.000Z' });
      await expect(store.createConversation({ id: 'wc-a', userId: 'dl_c', createdAt: '2026-11-30T08:00:00.000Z' })).rejects.toThrow();
      await store.append('wc-a', message('wc-a', 'for a'));
      expect((await store.activitiesAfter('wc-b', 0, 10))?.activities).toEqual([]);
      expect(await store.getConversation('wc-b')).toMatchObject({ id: 'wc-b', userId: 'dl_b', started: false });
      expect([await store.markStarted('wc-a'), await store.markStarted('wc-a')]).toEqual([true, false]);
      expect((await store.getConversation('wc-a'))?.started).toBe(true);
      await store.close();
    });

    it('deletes a conversation with its log; appending to or reading a missing one gives undefined', async () => {
      const store = await make(() => Date.now());
      await store.createConversation({ id: 'wc-a', userId: 'dl_a', createdAt: '2026-11-30T08:00:00.000Z' });
      await store.append('wc-a', message('wc-a', 'x'));
      expect(await store.deleteConversation('wc-a')).toBe(true);
      expect(await store.deleteConversation('wc-a')).toBe(false);
      expect(await store.getConversation('wc-a')).toBeUndefined();
      expect(await store.append('wc-a', message('wc-a', 'late reply'))).toBeUndefined();
      expect(await store.activitiesAfter('wc-a', 0, 10)).toBeUndefined();
      expect(await store.markStarted('wc-a')).toBe(false);
      await store.close();
    });

    it('clears a log but keeps the conversation and its numbering: watermarks only grow', async () => {
      const store = await make(() => Date.now());
      await store.createConversation({ id: 'wc-a', userId: 'dl_a', createdAt: '2026-11-30T08:00:00.000Z' });
      await store.append('wc-a', message('wc-a', 'one'));
      await store.append('wc-a', message('wc-a', 'two'));
      await store.clearLog('wc-a');
      expect(await store.activitiesAfter('wc-a', 0, 10)).toEqual({ watermark: 2, activities: [] });
      const next = await store.append('wc-a', message('wc-a', 'three'));
      expect(next?.id).toMatch(/^wc-a\|0*3$/);
      expect(await store.activitiesAfter('wc-a', 0, 10)).toMatchObject({ watermark: 3, activities: [{ text: 'three' }] });
      expect(await store.activitiesAfter('wc-a', 2, 10)).toMatchObject({ watermark: 3, activities: [{ text: 'three' }] });
      expect(await store.activitiesAfter('wc-a', 3, 10)).toEqual({ watermark: 3, activities: [] });
      expect(await store.getConversation('wc-a')).toBeDefined();
      await store.close();
    });

    it('purges conversations untouched for longer than the retention period', async () => {
      let now = 1_000_000;
      const store = await make(() => now);
      await store.createConversation({ id: 'wc-old', userId: 'dl_a', createdAt: '2026-11-01T08:00:00.000Z' });
      await store.createConversation({ id: 'wc-new', userId: 'dl_b', createdAt: '2026-11-01T08:00:00.000Z' });
      now += 10_000;
      await store.append('wc-new', message('wc-new', 'still talking'));
      now += 5_000;
      expect(await store.purgeOlderThan(8_000, now)).toBe(1);
      expect(await store.getConversation('wc-old')).toBeUndefined();
      expect(await store.getConversation('wc-new')).toBeDefined();
      await store.close();
    });
  });
}
