/**
 * Local mode (no MicrosoftAppId) authenticates nobody, so it must never be reachable from another
 * machine (a non-loopback HOST is a configuration error, and the app refuses to listen there), and
 * it must not be usable to make requests elsewhere: replies go only to loopback service URLs.
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { activity, postJson, startApp, type RunningApp } from '../support/http';

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

/** A stand-in for a channel's reply endpoint: records what the bot POSTs, answers 200 {id}. */
async function startReceiver(host: string): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const receiver = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"reply-1"}');
  });
  await new Promise<void>((resolve) => receiver.listen(0, host, resolve));
  const { port } = receiver.address() as AddressInfo;
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`, hits, close: () => new Promise((r) => receiver.close(() => r())) };
}

function nonLoopbackAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

/** One bot in local mode for the two groups below (neither changes its configuration). */
let server: RunningApp;
beforeAll(async () => {
  server = await startApp();
});
afterAll(async () => {
  await server.close();
});

describe('local mode answers only requests addressed to this machine (DNS rebinding)', () => {
  const withHost = (host: string, path: string, body?: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path, method: body ? 'POST' : 'GET', headers: { host, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });

  it('a page rebound to 127.0.0.1 (its own name as Host) is refused on every route, and runs no turn', async () => {
    const sent = activity({ conversation: { id: 'rebound' } });
    expect(await withHost('rebind.attacker.example:3978', '/api/messages', JSON.stringify(sent))).toBe(403);
    expect(await withHost('rebind.attacker.example', '/healthz')).toBe(403);
    expect(await withHost('127.0.0.1.attacker.example', '/chat')).toBe(403);
    expect(Object.keys(await server.app.store.read(['conversation/webchat/rebound']))).toEqual([]);
  });

  it('localhost, 127.0.0.1 and [::1], with or without a port, are this machine', async () => {
    for (const host of ['localhost', `localhost:${server.port}`, `127.0.0.1:${server.port}`, '[::1]', `[::1]:${server.port}`]) {
      expect(await withHost(host, '/healthz')).toBe(200);
    }
  });
});

describe('local mode replies only to loopback service URLs', () => {
  const stored = async (sent: Record<string, unknown>) =>
    Object.keys(await server.app.store.read([`conversation/webchat/${(sent['conversation'] as { id: string }).id}`])).length > 0;

  it.each([
    ['a public host', 'https://evil.invalid/'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/'],
    ['a private address', 'http://10.0.0.1/'],
    ['a name that starts like loopback', 'http://127.0.0.1.evil.invalid/'],
    ['credentials before a public host', 'http://localhost@evil.invalid/'],
    ['an IPv4-mapped private address', 'http://[::ffff:10.0.0.1]/'],
    ['a file URL', 'file:///etc/passwd'],
    ['not a URL', 'not a url'],
  ])('%s -> 400 before the turn runs', async (_name, serviceUrl) => {
    const sent = activity({ serviceUrl, deliveryMode: undefined });
    const response = await postJson(server.url, sent);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/loopback/);
    expect(await stored(sent)).toBe(false);
  });

  it('also with expectReplies: a non-loopback serviceUrl is refused', async () => {
    const response = await postJson(server.url, activity({ serviceUrl: 'https://evil.invalid/' }));
    expect(response.status).toBe(400);
  });

  it('no serviceUrl: fine with expectReplies (nothing is sent anywhere), 400 without', async () => {
    const withReplies = await postJson(server.url, activity({ serviceUrl: undefined }));
    expect(withReplies.status).toBe(200);
    expect(((await withReplies.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    const normal = await postJson(server.url, activity({ serviceUrl: undefined, deliveryMode: undefined }));
    expect(normal.status).toBe(400);
  });

  it('the server this machine shows to the network is never called (server-side request forgery)', async (ctx) => {
    const address = nonLoopbackAddress();
    if (!address) return ctx.skip();
    const target = await startReceiver(address);
    try {
      const sent = activity({ serviceUrl: target.url, deliveryMode: undefined });
      const response = await postJson(server.url, sent);
      expect(response.status).toBe(400);
      await new Promise((r) => setTimeout(r, 200));
      expect(target.hits).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('a loopback serviceUrl gets the replies POSTed to it (the control)', async () => {
    const receiver = await startReceiver('127.0.0.1');
    try {
      const sent = activity({ serviceUrl: receiver.url, deliveryMode: undefined });
      const response = await postJson(server.url, sent);
      expect(response.status).toBe(200);
      const conversation = (sent['conversation'] as { id: string }).id;
      expect(receiver.hits.length).toBeGreaterThan(0);
      expect(receiver.hits[0]).toBe(`POST /v3/conversations/${conversation}/activities/${String(sent['id'])}`);
    } finally {
      await receiver.close();
    }
  });

  it('each turn replies to its own serviceUrl (the outbound clients the bot keeps are per service URL)', async () => {
    const first = await startReceiver('127.0.0.1');
    const second = await startReceiver('127.0.0.1');
    try {
      const conversation = { id: `kept-clients-${process.pid}` };
      const turns = [
        activity({ conversation, id: 'turn-1', serviceUrl: first.url, deliveryMode: undefined }),
        activity({ conversation, id: 'turn-2', serviceUrl: second.url, deliveryMode: undefined, text: 'help' }),
        activity({ conversation, id: 'turn-3', serviceUrl: first.url, deliveryMode: undefined, text: 'help' }),
      ];
      for (const sent of turns) expect((await postJson(server.url, sent)).status).toBe(200);
      const repliedTo = (hits: string[]) => [...new Set(hits.map((hit) => /\/activities\/([^/]+)$/.exec(hit)?.[1]))];
      expect(repliedTo(first.hits)).toEqual(['turn-1', 'turn-3']);
      expect(repliedTo(second.hits)).toEqual(['turn-2']);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
