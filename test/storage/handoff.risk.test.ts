/**
 * Migration 0007 and its backfill on both engines: handoffs stored before the risk columns existed
 * (with sealed summaries) get their flags at the next start, so the console's SQL risk filter finds
 * them; a summary whose key is gone is skipped, not fatal.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { SummaryData } from '../../machines/triage.types';
import { createFieldCipher, type FieldCipher } from '../../src/storage/cipher';
import type { SqlDatabase, SqlEngine } from '../../src/storage/database';
import { migrations } from '../../src/storage/migrations';
import { openPostgresDatabase } from '../../src/storage/postgres.database';
import { SqlHandoffStore } from '../../src/storage/sql.handoff.store';
import { riskFlags } from '../../src/storage/handoff.risk';
import { openSqliteDatabase } from '../../src/storage/sqlite.database';
import { SQL_ENGINES } from '../support/databases';
import { usePostgresServer } from '../support/postgres';

const postgres = usePostgresServer();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const key = () => randomBytes(32).toString('base64');
const before0007 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'));
const before0009 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0009'));

/** A database migrated only up to 0006 (before the risk columns), and how to open it for real. */
async function oldDatabase(engine: SqlEngine): Promise<{ raw: Kysely<any>; open: (cipher: FieldCipher) => SqlDatabase }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'helpline-risk-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'data'));
    const file = join(dir, 'data', 'triage.sqlite');
    return {
      raw: new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) }),
      open: (cipher) => openSqliteDatabase({ path: file, cipher }),
    };
  }
  const url = await postgres.createDatabase();
  return {
    raw: new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) }),
    open: (cipher) => openPostgresDatabase({ url, cipher, poolSize: 2 }),
  };
}

/** A handoff row as an older version stored it (its summary sealed with `cipher`), plus `columns` that version had. */
async function insertOldRow(raw: Kysely<any>, id: string, s: SummaryData, cipher: FieldCipher, columns: Record<string, number> = {}): Promise<void> {
  await raw
    .insertInto('handoffs')
    .values({
      id,
      reference: id.replace(/-/g, '').slice(0, 8).toUpperCase(),
      created_at: `2026-11-01T09:00:0${id.slice(-1)}.000Z`,
      updated_at: '2026-11-01T09:00:00.000Z',
      status: 'new',
      conversation_key: `conversation/webchat/${id}`,
      channel_id: 'webchat',
      locale: 'en-GB',
      route: 'helpline',
      summary: cipher.seal(JSON.stringify(s), 'handoffs.summary'),
      transcript: cipher.seal('[]', 'handoffs.transcript'),
      ...columns,
    })
    .execute();
}

const summary = (extra: Partial<SummaryData>): SummaryData => ({ lines: [], moments: [], riskFactorsPresent: [], riskRules: [], highRisk: [], ...extra });

for (const engine of SQL_ENGINES) {
  describe(`risk columns backfill on ${engine}`, () => {
    it('fills the flags of sealed handoffs stored before migration 0007; an unreadable one is skipped', { timeout: 60_000 }, async () => {
      const { raw, open } = await oldDatabase(engine);
      const dataKey = key();
      const oldCipher = createFieldCipher(dataKey);
      const lostKeyCipher = createFieldCipher(key());
      const { error } = await new Migrator({ db: raw, provider: { getMigrations: async () => before0007 } }).migrateToLatest();
      expect(error).toBeUndefined();
      const rows: [string, SummaryData, FieldCipher][] = [
        ['00000000-0000-4000-8000-000000000001', summary({ highRisk: ['strangulation'] }), oldCipher],
        ['00000000-0000-4000-8000-000000000002', summary({ riskFactorsPresent: ['threats'] }), oldCipher],
        ['00000000-0000-4000-8000-000000000003', summary({ moments: [{ at: '2026-11-01T09:00:00Z', level: 'crisis', reason: 'r' }] }), oldCipher],
        ['00000000-0000-4000-8000-000000000004', summary({}), oldCipher],
        ['00000000-0000-4000-8000-000000000005', summary({ highRisk: ['threatToKill'] }), lostKeyCipher],
      ];
      for (const [id, s, cipher] of rows) await insertOldRow(raw, id, s, cipher);
      await raw.destroy();

      const database = open(createFieldCipher(dataKey));
      try {
        await database.ready; // migrates to 0007, then backfills
        const store = new SqlHandoffStore(database);
        const ids = async (filter: Parameters<SqlHandoffStore['list']>[0]) => (await store.list({ ...filter, limit: 10 })).map((h) => h.id.slice(-1));
        expect(await ids({ risk: 'strangulation' })).toEqual(['1']);
        expect(await ids({ risk: 'highRisk' })).toEqual(['1']);
        expect(await ids({ risk: 'threats' })).toEqual(['2']);
        expect(await ids({ risk: 'emergency' })).toEqual(['3']);
        expect(await store.count({ risk: 'violence' })).toBe(0);
        const flags = await database.db.selectFrom('handoffs').select(['id', 'risk_high_risk', 'risk_threats']).orderBy('id').execute();
        expect(flags.map((f) => [f.risk_high_risk, f.risk_threats])).toEqual([
          [1, 0],
          [0, 1],
          [0, 0],
          [0, 0],
          [null, null], // sealed with a key this instance does not have: left for a later start
        ]);
      } finally {
        await database.close();
      }
    });

    it('fills the weapon, under-18 and images flags (migration 0009) of handoffs that already had the first five', { timeout: 60_000 }, async () => {
      const { raw, open } = await oldDatabase(engine);
      const dataKey = key();
      const cipher = createFieldCipher(dataKey);
      const { error } = await new Migrator({ db: raw, provider: { getMigrations: async () => before0009 } }).migrateToLatest();
      expect(error).toBeUndefined();
      const rows: [string, SummaryData][] = [
        ['00000000-0000-4000-8000-000000000001', summary({ riskRules: ['risk.weaponAccess'] })],
        ['00000000-0000-4000-8000-000000000002', summary({ route: { recommended: 'helpline', extras: ['childline'] } })],
        ['00000000-0000-4000-8000-000000000003', summary({ lines: [{ id: 'behaviours', answer: { status: 'given', value: ['messages', 'imageSharing'] } }] })],
        ['00000000-0000-4000-8000-000000000004', summary({ riskFactorsPresent: ['threats'] })],
      ];
      // stored by a version with 0007's columns: those are filled, the new ones do not exist yet
      for (const [id, s] of rows) {
        await insertOldRow(raw, id, s, cipher, {
          risk_emergency: 0,
          risk_threats: id.endsWith('4') ? 1 : 0,
          risk_violence: 0,
          risk_strangulation: 0,
          risk_high_risk: 0,
        });
      }
      await raw.destroy();

      const database = open(createFieldCipher(dataKey));
      try {
        await database.ready; // migrates to 0009, then backfills
        const store = new SqlHandoffStore(database);
        const ids = async (filter: Parameters<SqlHandoffStore['list']>[0]) => (await store.list({ ...filter, limit: 10 })).map((h) => h.id.slice(-1));
        expect(await ids({ risk: 'weapons' })).toEqual(['1']);
        expect(await ids({ risk: 'under18' })).toEqual(['2']);
        expect(await ids({ risk: 'images' })).toEqual(['3']);
        expect(await ids({ risk: 'threats' })).toEqual(['4']);
        const left = await database.db.selectFrom('handoffs').select('id').where((eb) => eb.or([eb('risk_weapons', 'is', null), eb('risk_under18', 'is', null), eb('risk_images', 'is', null)])).execute();
        expect(left).toEqual([]);
      } finally {
        await database.close();
      }
    });
  });
}

describe('the flags read only what the person shared', () => {
  const behaviours = (value: string[]) => ({ id: 'behaviours' as const, answer: { status: 'given' as const, value: value as never } });
  it('a weapon: any weapon rule behind a risky message or a moment', () => {
    expect(riskFlags(summary({ riskRules: ['risk.weaponAccess'] }))).toContain('weapons');
    expect(riskFlags(summary({ moments: [{ at: '2026-11-01T09:00:00Z', level: 'emergency', reason: 'emergency.weaponNow' }] }))).toContain('weapons');
    expect(riskFlags(summary({ moments: [{ at: '2026-11-01T09:00:00Z', level: 'harm', reason: 'harm.weapon' }] }))).toContain('weapons');
    expect(riskFlags(summary({ riskRules: ['risk.threats'] }))).not.toContain('weapons');
  });
  it('under 18: the services the route gave for a young person', () => {
    expect(riskFlags(summary({ route: { recommended: 'helpline', extras: ['childline'] } }))).toContain('under18');
    expect(riskFlags(summary({ route: { recommended: 'helpline', extras: ['reportRemove'] } }))).toContain('under18');
    expect(riskFlags(summary({ route: { recommended: 'helpline', extras: ['revengePorn'] } }))).not.toContain('under18');
  });
  it('intimate images: told as a behaviour or read by the detector', () => {
    expect(riskFlags(summary({ lines: [behaviours(['imageSharing'])] }))).toContain('images');
    expect(riskFlags(summary({ riskRules: ['risk.imageAbuse'] }))).toContain('images');
    expect(riskFlags(summary({ lines: [behaviours(['messages', 'calls'])] }))).not.toContain('images');
    // the behaviours line removed before sharing (the route keeps its services): nothing to read
    expect(riskFlags(summary({ lines: [{ id: 'story', text: 'he sent my nudes to my mum' }], route: { recommended: 'helpline', extras: ['revengePorn'] } }))).not.toContain('images');
  });
});
