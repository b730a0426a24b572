/**
 * Field encryption at rest (DATA_ENCRYPTION_KEY): a copied database reveals no transcript, handoff,
 * note or conversation text; the key opens it again; rotation keeps old data readable.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, DataKeyError, plainCipher } from '../../src/storage/cipher';
import { SqlHandoffStore } from '../../src/storage/sql.handoff.store';
import { SqlStateStore } from '../../src/storage/sql.state.store';
import { SQL_ENGINES, useSqlEngines } from '../support/databases';
import { newHandoff, summary } from './handoff.contract';

const engines = useSqlEngines();
const key = () => randomBytes(32).toString('base64');
const MARKER = 'Flat 3, 27 Marlowe Road';

describe('the field cipher', () => {
  it('seals with AES-GCM: random IVs, bound to its field, tamper-evident', () => {
    const cipher = createFieldCipher(key());
    const a = cipher.seal(MARKER, 'transcript_lines.text');
    const b = cipher.seal(MARKER, 'transcript_lines.text');
    expect(a).toMatch(/^enc1:[0-9a-f]{8}:/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Marlowe');
    expect(cipher.open(a, 'transcript_lines.text')).toBe(MARKER);
    expect(() => cipher.open(a, 'handoffs.summary')).toThrow(); // moved to another column
    const parts = a.split(':');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.open(parts.join(':'), 'transcript_lines.text')).toThrow();
  });

  it('opens data sealed with a previous key after a rotation; not without any key', () => {
    const oldKey = key();
    const sealed = createFieldCipher(oldKey).seal(MARKER, 'f');
    const rotated = createFieldCipher(key(), [oldKey]);
    expect(rotated.open(sealed, 'f')).toBe(MARKER);
    expect(rotated.seal('x', 'f').split(':')[1]).not.toBe(sealed.split(':')[1]);
    expect(() => createFieldCipher(key()).open(sealed, 'f')).toThrow(DataKeyError);
    expect(() => plainCipher.open(sealed, 'f')).toThrow(/DATA_ENCRYPTION_KEY/);
    expect(plainCipher.open('plain text', 'f')).toBe('plain text');
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createFieldCipher('too-short')).toThrow(DataKeyError);
    expect(() => createFieldCipher(randomBytes(32).toString('hex'))).not.toThrow();
  });
});

for (const engine of SQL_ENGINES) {
  describe(`encrypted at rest on ${engine}`, () => {
    it('stores no readable text, and reads it back with the key after a restart', async () => {
      const firstKey = key();
      const t = await engines.open(engine, { cipher: createFieldCipher(firstKey) });
      try {
        const state = new SqlStateStore(t.database);
        const handoffs = new SqlHandoffStore(t.database);
        await state.commitTurn({
          key: 'conversation/webchat/c1',
          expectedETag: null,
          value: { story: MARKER },
          append: [{ from: 'user', at: '2026-11-28T12:00:00.000Z', text: MARKER }],
        });
        const h = await handoffs.create(newHandoff({ summary: summary(MARKER), transcript: [{ from: 'user', at: 'x', text: MARKER }] }));
        await handoffs.addNote(h.id, 'staff-1', MARKER);
        await handoffs.setStatus(h.id, 'closed', { outcome: MARKER });

        // What a copy of the database holds.
        const db = t.database.db;
        const raw = JSON.stringify([
          await db.selectFrom('conversations').selectAll().execute(),
          await db.selectFrom('transcript_lines').selectAll().execute(),
          await db.selectFrom('handoffs').selectAll().execute(),
          await db.selectFrom('handoff_notes').selectAll().execute(),
        ]);
        expect(raw).toContain('enc1:');
        expect(raw).not.toContain('Marlowe');
        if (engine === 'sqlite') {
          await t.database.close();
          expect(readFileSync(t.location).includes('Marlowe')).toBe(false);
        }

        // Restarted with the same key, everything reads back.
        await t.reopen();
        expect((await new SqlStateStore(t.database).readTranscript('conversation/webchat/c1'))[0]!.text).toBe(MARKER);
        expect((await new SqlHandoffStore(t.database).notes(h.id))[0]!.text).toBe(MARKER);
        expect((await new SqlHandoffStore(t.database).get(h.id))?.outcome).toBe(MARKER);
      } finally {
        await t.close();
      }
    });

    it('a rotated key still reads old data, writes with the new key; without the key nothing opens', async () => {
      const oldKey = key();
      const t = await engines.open(engine, { cipher: createFieldCipher(oldKey) });
      try {
        await new SqlStateStore(t.database).commitTurn({
          key: 'k',
          expectedETag: null,
          value: { story: MARKER },
          append: [{ from: 'user', at: 'x', text: MARKER }],
        });
        const h = await new SqlHandoffStore(t.database).create(newHandoff({ summary: summary(MARKER) }));
        const rotatedDb = { ...t.database, cipher: createFieldCipher(key(), [oldKey]) };
        const rotated = new SqlStateStore(rotatedDb);
        expect((await rotated.read(['k']))['k'].story).toBe(MARKER);
        expect((await rotated.readTranscript('k'))[0]!.text).toBe(MARKER);
        expect((await new SqlHandoffStore(rotatedDb).get(h.id))?.summary.lines[0]).toEqual({ id: 'story', text: MARKER });
        const keyless = new SqlStateStore({ ...t.database, cipher: plainCipher });
        await expect(keyless.read(['k'])).rejects.toThrow(DataKeyError);
      } finally {
        await t.close();
      }
    });
  });
}
