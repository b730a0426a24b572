/**
 * Abuse before authentication: only JSON activities are read. Multipart and form bodies are refused
 * before a byte is read (no temp files), so is a browser's cross-site "simple request"
 * (text/plain), and compressed bodies (no inflation bombs). A body past the limit is refused as soon
 * as the limit is passed, without waiting for (or keeping) the rest.
 */
import http from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { activity, postJson, rawPost, startApp, type RunningApp } from '../support/http';

let server: RunningApp;
beforeAll(async () => {
  server = await startApp();
});
afterAll(async () => {
  await server.close();
});

function tempFiles(): Set<string> {
  const dir = os.tmpdir();
  return new Set(
    readdirSync(dir).filter((name) => {
      try {
        return statSync(path.join(dir, name)).isFile();
      } catch {
        return false;
      }
    }),
  );
}

async function conversationStored(conversationId: string): Promise<boolean> {
  const key = `conversation/webchat/${conversationId}`;
  return Object.keys(await server.app.store.read([key])).length > 0;
}

describe('POST /api/messages accepts JSON activities only', () => {
  it('a multipart body past the size limit gets 415 and leaves no temporary file', async () => {
    const before = tempFiles();
    const boundary = 'x-boundary-1234';
    const file = Buffer.alloc(600 * 1024, 'a');
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nmessage\r\n--${boundary}--\r\n`),
    ]);
    for (let i = 0; i < 3; i++) {
      const response = await rawPost(server.port, '/api/messages', { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length }, body);
      expect(response.status).toBe(415);
      expect(JSON.parse(response.body)).toEqual({ error: expect.stringMatching(/application\/json/) });
    }
    const created = [...tempFiles()].filter((name) => !before.has(name));
    expect(created).toEqual([]);
  });

  it('a form-encoded body gets 415', async () => {
    const response = await rawPost(server.port, '/api/messages', { 'content-type': 'application/x-www-form-urlencoded' }, 'type=message&text=hi');
    expect(response.status).toBe(415);
  });

  it('a cross-site "simple request" (text/plain, no preflight) gets 415 and runs no turn', async () => {
    const sent = activity();
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' },
      body: JSON.stringify(sent),
    });
    expect(response.status).toBe(415);
    expect(await conversationStored((sent.conversation as { id: string }).id)).toBe(false);
  });

  it.each([['no content type', undefined], ['application/jsonp', 'application/jsonp'], ['a non-UTF-8 charset', 'application/json; charset=latin1']])(
    '%s gets 415',
    async (_name, type) => {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const response = await rawPost(server.port, '/api/messages', headers, JSON.stringify(activity()));
      expect(response.status).toBe(415);
    },
  );

  it('application/json with charset=utf-8 is accepted', async () => {
    const response = await postJson(server.url, activity(), { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('a %s-compressed activity gets 415 and runs no turn', async (encoding, compress) => {
    const sent = activity();
    const body = compress(Buffer.from(JSON.stringify(sent)));
    const response = await rawPost(server.port, '/api/messages', { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': body.length }, body);
    expect(response.status).toBe(415);
    expect(await conversationStored((sent.conversation as { id: string }).id)).toBe(false);
  });

  it('a gzip bomb is refused before it is inflated', async () => {
    // 64 MB of zeros in ~64 KB: refused on its header, so memory never sees the 64 MB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const rssBefore = process.memoryUsage().rss;
    const response = await rawPost(server.port, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length }, bomb);
    expect(response.status).toBe(415);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(48 * 1024 * 1024);
  });

  it('a chunked body with no length is cut off at the limit: 413 before the client has finished sending', async () => {
    const result = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          answered = true;
          const sentWhenAnswered = sent;
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, sentWhenAnswered }));
          req.destroy();
        },
      );
      req.on('error', (err) => (answered ? undefined : reject(err)));
      req.write('{"type":"message","text":"');
      const chunk = Buffer.alloc(32 * 1024, 'x');
      const pump = () => {
        if (answered) return;
        if (sent >= 16 * 1024 * 1024) {
          req.end('"}');
          return;
        }
        sent += chunk.length;
        req.write(chunk);
        setTimeout(pump, 2);
      };
      pump();
    });
    expect(result.status).toBe(413);
    expect(result.sentWhenAnswered).toBeLessThan(4 * 1024 * 1024);
  });

  it('a client that goes away mid-body is not an error (no 500, no error log)', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    const own = await startApp({}, { logger });
    try {
      await new Promise<void>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: own.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 1000 } });
        req.on('error', () => resolve());
        req.write('{"type":"message",');
        setTimeout(() => (req.destroy(), setTimeout(resolve, 200)), 100);
      });
      expect(lines.some((line) => line.includes('"http.aborted"'))).toBe(true);
      expect(lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

/** Streams a chunked body that never ends; resolves with the status and whether the server closed the connection. */
function endlessBody(port: number, path: string, headers: Record<string, string>, waitMs: number): Promise<{ status: number; closed: boolean }> {
  return new Promise((resolve) => {
    let status = 0;
    let closed = false;
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
    });
    req.on('error', () => undefined);
    req.on('close', () => (closed = true));
    const chunk = Buffer.alloc(16 * 1024, 'x');
    const pump = setInterval(() => req.write(chunk), 5);
    setTimeout(() => {
      clearInterval(pump);
      req.destroy();
      resolve({ status, closed });
    }, waitMs);
  });
}

describe('bodies nobody reads, and bodies nested too deeply', () => {
  it('a route that takes no body (404, or a refusal answered first) closes the connection instead of reading for minutes', async () => {
    // 2 s of draining after the answer, then the connection is closed (Node's own limit was 5 minutes)
    expect(await endlessBody(server.port, '/no/such/route', { 'content-type': 'text/plain' }, 4000)).toEqual({ status: 404, closed: true });
    expect(await endlessBody(server.port, '/v3/directline/conversations/x/activities', { 'content-type': 'text/plain', authorization: 'Bearer x' }, 4000)).toMatchObject({ closed: true });
  });

  it('JSON nested deeper than the limit gets 400 with a plain message, and no error is logged', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    const own = await startApp({}, { logger });
    try {
      const deep = `{"type":"message","text":"hi","value":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
      const reply = await rawPost(own.port, '/api/messages', { 'content-type': 'application/json' }, deep);
      expect(reply.status).toBe(400);
      expect(reply.body).toContain('nested too deeply');
      expect(lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
