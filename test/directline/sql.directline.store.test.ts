/**
 * What the SQL Direct Line store adds beyond the contract: two instances appending to one
 * conversation on PostgreSQL, activity text sealed at rest, data kept across a reopen, and no
 * activity row left behind by delete or purge.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NewDirectLineActivity } from '../../src/directline/directline.store';
import { SqlDirectLineStore, type DirectLineDatabase } from '../../src/directline/sql.directline.store';
import { createFieldCipher, plainCipher } from '../../src/storage/cipher';
import { openPostgresDatabase } from '../../src/storage/postgres.database';
import { SQL_ENGINES, useSqlEngines } from '../support/databases';

const engines = useSqlEngines();
const MARKER = 'He waits outside 14 Hollybush Lane every night';

const message = (conversationId: string, text: string): NewDirectLineActivity => ({
  type: 'message',
  channelId: 'webchat',
  conversation: { id: conversationId },
  from: { id: 'dl_person', role: 'user' },
  timestamp: '2026-11-30T08:00:00.000Z',
  text,
});

const seqOf = (id: string) => Number(id.split('|')[1]);

describe('two instances on one PostgreSQL', () => {
  it('number appends to one conversation 1..n between them, each activity once, in order', async () => {
    const t = await engines.open('postgres');
    const second = openPostgresDatabase({ url: t.location, cipher: plainCipher, poolSize: 4 });
    try {
      await second.ready;
      const a = new SqlDirectLineStore(t.database);
      const b = new SqlDirectLineStore(second);
      await a.createConversation({ id: 'wc-shared', userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z' });
      const texts = Array.from({ length: 60 }, (_, i) => `turn ${i}`);
      const appended = await Promise.all(texts.map((text, i) => (i % 2 === 0 ? a : b).append('wc-shared', message('wc-shared', text))));
      expect(appended.map((x) => seqOf(x!.id)).sort((x, y) => x - y)).toEqual(texts.map((_, i) => i + 1));

      for (const store of [a, b]) {
        const page = await store.activitiesAfter('wc-shared', 0, 1000);
        expect(page?.watermark).toBe(texts.length);
        expect(page?.activities.map((x) => seqOf(x.id))).toEqual(texts.map((_, i) => i + 1));
        expect(page?.activities.map((x) => x.text).sort()).toEqual([...texts].sort());
      }
      // One instance reading while the other appends never skips an activity past its watermark.
      let watermark = 0;
      const seen: number[] = [];
      const writes = Promise.all(Array.from({ length: 20 }, (_, i) => b.append('wc-shared', message('wc-shared', `late ${i}`))));
      for (let round = 0; round < 40 && watermark < 80; round++) {
        const page = await a.activitiesAfter('wc-shared', watermark, 7);
        seen.push(...page!.activities.map((x) => seqOf(x.id)));
        watermark = page!.watermark;
      }
      await writes;
      const rest = await a.activitiesAfter('wc-shared', watermark, 1000);
      seen.push(...rest!.activities.map((x) => seqOf(x.id)));
      expect(seen).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      expect(await b.markStarted('wc-shared')).toBe(true);
      expect(await a.markStarted('wc-shared')).toBe(false);
    } finally {
      await second.close();
      await t.close();
    }
  });
});

for (const engine of SQL_ENGINES) {
  describe(`SQL Direct Line store on ${engine}`, () => {
    it('seals activities at rest with DATA_ENCRYPTION_KEY and opens them again', async () => {
      const t = await engines.open(engine, { cipher: createFieldCipher(randomBytes(32).toString('base64')) });
      try {
        const store = new SqlDirectLineStore(t.database);
        await store.createConversation({ id: 'wc-a', userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z' });
        await store.append('wc-a', message('wc-a', MARKER));
        const rows = await t.database.withTables<DirectLineDatabase>().selectFrom('directline_activities').select('activity').execute();
        expect(rows).toHaveLength(1);
        expect(rows[0]!.activity).toMatch(/^enc1:/);
        expect(rows[0]!.activity).not.toContain('Hollybush');
        expect((await store.activitiesAfter('wc-a', 0, 10))?.activities).toMatchObject([{ text: MARKER }]);
      } finally {
        await t.close();
      }
    });

    it('keeps conversations, the started flag and the numbering across a reopen', async () => {
      const t = await engines.open(engine);
      try {
        const before = new SqlDirectLineStore(t.database);
        await before.createConversation({ id: 'wc-a', userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z' });
        expect(await before.markStarted('wc-a')).toBe(true);
        await before.append('wc-a', message('wc-a', 'one'));
        await before.append('wc-a', message('wc-a', 'two'));
        const after = new SqlDirectLineStore(await t.reopen());
        expect(await after.getConversation('wc-a')).toEqual({ id: 'wc-a', userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z', started: true });
        expect(await after.markStarted('wc-a')).toBe(false);
        expect(await after.activitiesAfter('wc-a', 1, 10)).toMatchObject({ watermark: 2, activities: [{ text: 'two' }] });
        expect((await after.append('wc-a', message('wc-a', 'three')))?.id).toMatch(/^wc-a\|0*3$/);
      } finally {
        await t.close();
      }
    });

    it('leaves no activity rows behind after delete, clear or purge', async () => {
      let now = 1_000_000;
      const t = await engines.open(engine);
      try {
        const store = new SqlDirectLineStore(t.database, { now: () => now });
        const db = t.database.withTables<DirectLineDatabase>();
        const rowsFor = async (id: string) =>
          (await db.selectFrom('directline_activities').select('seq').where('conversation_id', '=', id).execute()).length;
        for (const id of ['wc-deleted', 'wc-cleared', 'wc-purged', 'wc-kept']) {
          await store.createConversation({ id, userId: 'dl_person', createdAt: '2026-11-30T08:00:00.000Z' });
          await store.append(id, message(id, 'something personal'));
        }
        now += 10_000;
        await store.append('wc-kept', message('wc-kept', 'still here'));
        await store.append('wc-deleted', message('wc-deleted', 'still here'));
        await store.append('wc-cleared', message('wc-cleared', 'still here'));
        expect(await store.deleteConversation('wc-deleted')).toBe(true);
        await store.clearLog('wc-cleared');
        expect(await store.purgeOlderThan(5_000, now)).toBe(1);
        expect(await rowsFor('wc-deleted')).toBe(0);
        expect(await rowsFor('wc-cleared')).toBe(0);
        expect(await rowsFor('wc-purged')).toBe(0);
        expect(await rowsFor('wc-kept')).toBe(2);
        expect(await store.getConversation('wc-purged')).toBeUndefined();
      } finally {
        await t.close();
      }
    });
  });
}
