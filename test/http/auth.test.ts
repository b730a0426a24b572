/**
 * Forged or missing tokens get 401 with one plain message: never the library's error text, never
 * a 500, and no stack trace on stderr. A genuine channel token still gets through.
 */
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../../src/console.capture';
import { createLogger } from '../../src/logger';
import { activity, postJson, startApp, type RunningApp } from '../support/http';
import { CHANNEL_ISSUER, newSigningKey, startKeyServer, type KeyServer } from '../support/tokens';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const CREDENTIALS = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' };
const PLAIN_401 = { error: 'The request could not be authenticated.' };

/** The app's log lines, and everything written to stderr during a test. */
const logLines: string[] = [];
const logger = createLogger('debug', new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }));
let stderr: string[] = [];

let keys: KeyServer;
let server: RunningApp;
let restoreConsole: () => void;
beforeAll(async () => {
  keys = await startKeyServer();
  server = await startApp(CREDENTIALS, { logger, botAuthentication: { openIdMetadataUrl: keys.metadataUrl } });
  // As src/index.ts does at boot: library console output becomes structured log entries.
  restoreConsole = captureConsole(logger);
});
afterAll(async () => {
  restoreConsole();
  await server.close();
  await keys.close();
});

beforeEach(() => {
  stderr = [];
  logLines.length = 0;
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stderr.push(String(chunk));
    return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function channelClaims(serviceUrl: string, overrides: Record<string, unknown> = {}) {
  return { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: serviceUrl, ...overrides };
}

async function expectPlain401(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
  expect(await response.json()).toEqual(PLAIN_401);
  expect(stderr.join('')).toBe('');
  // Logs are structured entries: no stack, no library text, no key material, no token.
  for (const line of logLines) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(typeof entry['event']).toBe('string');
    expect(line).not.toMatch(/\sat\s|BEGIN|Unauthorized|Bearer|eyJ|signature|not-a-real-secret/);
  }
  expect(logLines.some((line) => line.includes('"http.unauthenticated"'))).toBe(true);
}

describe('authenticated mode: POST /api/messages', () => {
  it('a genuine channel token gets the replies (the control for the cases below)', async () => {
    const sent = activity({ serviceUrl: 'https://smba.trafficmanager.net/uk/' });
    const token = keys.sign(channelClaims(sent.serviceUrl as string));
    const response = await postJson(server.url, sent, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: unknown[] };
    expect(body.activities.length).toBeGreaterThan(0);
  });

  it.each([
    ['no Authorization header', () => undefined],
    ['a header that is not a token', () => 'Bearer abc.def.ghi'],
    ['a token signed with a key nobody published', () => `Bearer ${keys.sign(channelClaims('https://smba.trafficmanager.net/uk/'), { key: newSigningKey() })}`],
    ['a token naming an unknown key', () => `Bearer ${keys.sign(channelClaims('https://smba.trafficmanager.net/uk/'), { kid: 'someone-elses-key' })}`],
    ['a genuine token for another bot', () => `Bearer ${keys.sign(channelClaims('https://smba.trafficmanager.net/uk/', { aud: 'another-bot' }))}`],
    ['a genuine token for another service URL', () => `Bearer ${keys.sign(channelClaims('https://evil.example/'))}`],
    ['an expired token', () => `Bearer ${keys.sign(channelClaims('https://smba.trafficmanager.net/uk/', { exp: Math.floor(Date.now() / 1000) - 3600 }))}`],
  ])('%s gets a plain 401 and no stack trace', async (_name, header) => {
    const sent = activity({ serviceUrl: 'https://smba.trafficmanager.net/uk/' });
    const authorization = header();
    const response = await postJson(server.url, sent, authorization ? { authorization } : {});
    await expectPlain401(response);
    const stored = await server.app.store.read([`conversation/webchat/${(sent.conversation as { id: string }).id}`]);
    expect(stored).toEqual({});
  });

  it('when the signing keys cannot be fetched, a token gets a plain 401 (not 500 with the fetch error)', async () => {
    const unreachable = await startApp(CREDENTIALS, { logger, botAuthentication: { openIdMetadataUrl: 'http://127.0.0.1:9/openid' } });
    try {
      const sent = activity({ serviceUrl: 'https://smba.trafficmanager.net/uk/' });
      const token = keys.sign(channelClaims(sent.serviceUrl as string));
      await expectPlain401(await postJson(unreachable.url, sent, { authorization: `Bearer ${token}` }));
    } finally {
      await unreachable.close();
    }
  });
});

describe('no internal error text in any response', () => {
  it.each([
    ['GET', '/no/such/<path>', 404, 'Not found.'],
    ['GET', '/api/messages', 405, 'Method not allowed.'],
    ['DELETE', '/api/messages', 405, 'Method not allowed.'],
  ])('%s %s -> %i with a fixed message', async (method, path, status, error) => {
    const response = await fetch(`${server.url}${path}`, { method });
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error });
  });
});
