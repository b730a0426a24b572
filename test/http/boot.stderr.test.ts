/**
 * The real server process (src/index.ts): rejected requests leave no raw stack trace or library
 * text on stderr, and everything on stdout is a structured (JSON) log line.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
/** restify 11's spdy dependency prints this deprecation at start (see ../shared/STACK.md). */
const KNOWN_WARNING = /\[DEP0111\] DeprecationWarning|node --trace-deprecation/;

describe('the server process', () => {
  it('answers forged requests with a plain 401 and writes no stack trace to stderr', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        STORAGE: 'memory',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not get ready: ${stderr}`)), 60_000);
        let listening = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += String(chunk);
          const match = /"event":"listening".*?"port":(\d+)/.exec(stdout);
          if (match) listening = Number(match[1]);
          if (listening && stdout.includes('"event":"ready"')) {
            clearTimeout(timer);
            resolve(listening);
          }
        });
        child.once('exit', () => reject(new Error(`server exited: ${stderr}`)));
      });
      const body = JSON.stringify({
        type: 'message', text: 'hi', channelId: 'webchat', conversation: { id: 'c1' }, from: { id: 'p' },
        recipient: { id: 'bot' }, serviceUrl: 'https://smba.trafficmanager.net/uk/',
      });
      for (const authorization of [undefined, 'Bearer abc.def.ghi', 'Basic dXNlcjpwYXNz']) {
        const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body,
        });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: 'The request could not be authenticated.' });
      }
      const missing = await fetch(`http://127.0.0.1:${port}/nothing-here`);
      expect(await missing.json()).toEqual({ error: 'Not found.' });
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const unexpected = stderr.split('\n').filter((line) => line.trim() && !KNOWN_WARNING.test(line));
    expect(unexpected).toEqual([]);
    for (const line of stdout.split('\n').filter((l) => l.trim())) expect(() => JSON.parse(line), line).not.toThrow();
    expect(stdout).toContain('"event":"http.unauthenticated"');
    // Longer than the 60 s wait for ready above (tsx compiles the sources as it starts: 12 s on a quiet CI machine, over 25 s
    // at a load of 7 on two CPUs), so a slow start fails with the server's stderr and the child is always stopped (at
    // vitest's 20 s default the test was abandoned with the child still running, 7 Dec 2026).
  }, 90_000);
});
