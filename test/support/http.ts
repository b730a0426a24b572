/** The real app on a free loopback port, and raw requests for the HTTP abuse tests. */
import http from 'node:http';
import { buildApp, type App, type AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

export interface RunningApp {
  app: App;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the app from env-style settings (memory store, silent logs unless overridden) and listens. */
export async function startApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<RunningApp> {
  const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'silent', ...env });
  const app = buildApp(config, { logger: createLogger('silent'), ...overrides });
  const address = await app.listen(0, '127.0.0.1');
  await app.ready;
  return { app, url: `http://127.0.0.1:${address.port}`, port: address.port, close: () => app.close() };
}

let counter = 0;

/** A well-formed activity that asks for its replies in the response body. */
export function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text: 'hello',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: `conversation-${process.pid}-${++counter}` },
    from: { id: 'person' },
    recipient: { id: 'triage-bot' },
    id: `activity-${counter}`,
    deliveryMode: 'expectReplies',
    locale: 'en-GB',
    ...overrides,
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw POST (any headers, a Buffer body) for the cases fetch would normalise away. */
export function rawPost(port: number, path: string, headers: Record<string, string | number>, body: Buffer | string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
