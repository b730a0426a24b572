/**
 * Local mode (no MicrosoftAppId) authenticates nobody, so it must never be reachable from another
 * machine: a non-loopback HOST is a configuration error, and the app refuses to listen there.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

const ROOT = path.resolve(__dirname, '../..');

describe('local mode binds loopback only', () => {
  it.each([['0.0.0.0'], ['::'], ['192.168.1.20'], ['example.org'], ['localhost.example.org']])(
    'HOST=%s without credentials is a configuration error naming HOST',
    (host) => {
      expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST: host })).toThrow(/HOST must be a loopback address/);
    },
  );

  it.each([['127.0.0.1'], ['127.0.0.2'], ['::1'], ['localhost']])('HOST=%s is fine in local mode', (host) => {
    expect(loadConfig({ HOST: host })).toMatchObject({ localMode: true, host });
  });

  it('with app credentials any HOST is allowed (requests are authenticated)', () => {
    expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' })).toMatchObject({ localMode: false, host: '0.0.0.0' });
  });

  it('the app refuses to listen on a non-loopback address in local mode', async () => {
    const app = buildApp(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'silent' }), { logger: createLogger('silent') });
    try {
      await expect(app.listen(0, '0.0.0.0')).rejects.toThrow(/loopback only/);
    } finally {
      await app.ready;
      await app.close().catch(() => undefined);
    }
  });

  it('the server exits with a clear message when HOST is not loopback and there are no credentials', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'development', MicrosoftAppId: '', HOST: '0.0.0.0', PORT: '0', STORAGE: 'memory' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/HOST must be a loopback address/);
  });
});
