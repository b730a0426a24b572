import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('runs with no settings at all: local mode, loopback, sqlite, port 3978', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, host: '127.0.0.1', localMode: true, storage: { kind: 'sqlite' } });
    expect(config.storage.sqlitePath).toBe(path.resolve(__dirname, '..', 'data/triage.sqlite'));
  });

  it('with app credentials: authenticated mode listening on all interfaces', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' });
    expect(config).toMatchObject({ localMode: false, host: '0.0.0.0' });
  });

  it('production refuses to start without app credentials, saying why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId is required when NODE_ENV=production/);
  });

  it('lists every problem at once, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', STORAGE: 'floppy' })).toThrow(/PORT[\s\S]*STORAGE/);
    try {
      loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'SingleTenant' });
      throw new Error('should have thrown');
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/MicrosoftAppPassword is required/);
      expect(message).toMatch(/MicrosoftAppTenantId is required for SingleTenant/);
    }
  });

  it('the server exits with a clear message when production has no credentials', () => {
    const root = path.resolve(__dirname, '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', MicrosoftAppId: '', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MicrosoftAppId is required when NODE_ENV=production/);
  });

  it('every variable in the schema is documented in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(path.resolve(__dirname, '..', '.env.example'), 'utf8');
    const source = readFileSync(path.resolve(__dirname, '..', 'src/config.ts'), 'utf8');
    // Every key of the schema object, whatever builds its value (z..., optionalString, rate(...), ...).
    const block = source.slice(source.indexOf('const schema = z'), source.indexOf('.superRefine('));
    const schemaKeys = [...block.matchAll(/^ {4}([A-Za-z_]+): /gm)].map((m) => m[1]);
    expect(schemaKeys).toEqual(expect.arrayContaining(['PORT', 'RATE_LIMIT_CLIENT_BURST', 'HANDOFF_HUB_APP_ID']));
    expect(schemaKeys.length).toBeGreaterThanOrEqual(20);
    for (const key of schemaKeys) expect(example, key).toMatch(new RegExp(`^${key}=`, 'm'));
  });

  it('storage: postgres needs a postgres:// DATABASE_URL; encryption keys must be 32 bytes', () => {
    expect(() => loadConfig({ STORAGE: 'postgres' })).toThrow(/DATABASE_URL is required with STORAGE=postgres/);
    expect(() => loadConfig({ STORAGE: 'postgres', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ STORAGE: 'postgres', DATABASE_URL: 'postgres://u:p@db:5432/triage', DATA_ENCRYPTION_KEY: key, DATA_ENCRYPTION_PREVIOUS_KEYS: ` ${key} , ${key}` });
    expect(config.storage).toMatchObject({ kind: 'postgres', databaseUrl: 'postgres://u:p@db:5432/triage', encryptionKey: key, previousEncryptionKeys: [key, key] });
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'short' })).toThrow(/DATA_ENCRYPTION_KEY must be 32 random bytes/);
    expect(() => loadConfig({ DATA_ENCRYPTION_PREVIOUS_KEYS: `${key},nope` })).toThrow(/DATA_ENCRYPTION_PREVIOUS_KEYS/);
    expect(loadConfig({}).handoffRetentionDays).toBe(90);
  });
});
