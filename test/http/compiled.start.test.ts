/**
 * `npm start` runs tsc's output, not the TypeScript: build with tsconfig.build.json (into a folder
 * of its own under .tmp/) and start it as `npm start` does. The compiled bot must find what it
 * loads at run time (locales, the safety model, the services file, migrations, web assets), answer
 * a turn, write nothing to stderr (DEP0111 hidden by the start flag) and stop cleanly on SIGTERM.
 * And it must stay up through many different messages, emoji and curly quotes among them: under an
 * earlier start flag (--no-regexp-tier-up, every regex compiled to native code and kept) the bot's
 * main thread ran out of V8's code space and died ("heap out of memory") after a few hundred
 * different messages, within seconds once some carried an emoji.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFlags } from '../../scripts/start.flags';
import { keptBatches } from '../safety/blind/blind.batches';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, '.tmp', `build-test-${process.pid}`);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Different messages sent by the second test: on the old flag the bot died at message 136 in one run, 147 in another (every other with an emoji). */
const MESSAGES = 300;

function buildInto(out: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', out], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

interface CompiledBot {
  child: ChildProcess;
  url: string;
  stderr(): string;
  exited: Promise<number | null>;
}

/** The built bot started as `npm start` starts it, once it logs ready (at most 60 s). */
async function startCompiled(env: Record<string, string> = {}): Promise<CompiledBot> {
  const child = spawn(process.execPath, [...startFlags(ROOT), path.join(OUT, 'src', 'index.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', STORAGE: 'memory', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!/"event":"ready"/.test(stdout)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`not ready: ${stderr.slice(0, 500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = `http://127.0.0.1:${/"event":"listening"[^\n]*"port":(\d+)/.exec(stdout)![1]}`;
  return { child, url, stderr: () => stderr, exited };
}

describe('the compiled bot (npm start)', () => {
  it('builds with tsc, starts from the JavaScript, answers and stops on SIGTERM', async () => {
    buildInto(OUT);
    const { child, url, stderr, exited } = await startCompiled();
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const page = await fetch(`${url}/chat`);
      expect(page.status).toBe(200);
      expect((await fetch(`${url}/chat/chat.js`)).status).toBe(200);
      // The staff console's templates and stylesheet are read from the source tree, not dist/.
      const login = await fetch(`${url}/staff/login`);
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('<form');
      expect((await fetch(`${url}/staff/static/staff.css`)).status).toBe(200);
      const reply = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', text: 'hello', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'compiled-1' },
          from: { id: 'person' }, recipient: { id: 'bot' }, locale: 'en-GB', deliveryMode: 'expectReplies',
        }),
      });
      expect(reply.status).toBe(200);
      const { activities } = (await reply.json()) as { activities: { text?: string; channelData?: { question?: string } }[] };
      expect(activities.map((a) => a.channelData?.question).filter(Boolean)).toEqual(['safety']);
      expect(activities.some((a) => a.text?.includes('999'))).toBe(true);
      // A typed story with a date: read on the understanding thread (compiled runs), confirmed back.
      const say = async (turn: Record<string, unknown>) => {
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'compiled-1' },
            from: { id: 'person' }, recipient: { id: 'bot' }, locale: 'en-GB', deliveryMode: 'expectReplies', ...turn,
          }),
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '').join('\n');
      };
      const seen = [await say({ value: { q: 'safety', c: 'safe' } }), await say({ text: 'My ex has been turning up at my work since 03/04/2026' })];
      for (let i = 0; i < 5 && !seen.join('\n').includes('3 April 2026'); i++) seen.push(await say({ text: 'yes' }));
      expect(seen.join('\n')).toContain('3 April 2026');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr()).toBe('');
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);

  it(`stays up and answers every turn through ${MESSAGES} different messages, emoji, curly quotes and other scripts among them`, async () => {
    // Built by the test before (the same folder); built here if this one runs alone.
    if (!existsSync(path.join(OUT, 'src', 'index.js'))) buildInto(OUT);
    const { child, url, stderr } = await startCompiled({ RATE_LIMIT_CLIENT_PER_SECOND: '100000', RATE_LIMIT_CLIENT_BURST: '1000000' });
    try {
      // Different words every time (the blind batches' messages, cut short so most are read on the main thread), every
      // other one with a character outside Latin-1 after it: each its own conversation's first message.
      const texts = keptBatches().flatMap((b) => b.messages.map((m) => m.text));
      const extras = ['\u{1F622}', '\u2019s', '\u201Cok\u201D', '\u2014', '\u0142\u00F3d\u017A', '\u{1F62D}\u{1F64F}'];
      for (let i = 0; i < MESSAGES; i++) {
        const text = `${texts[(i * 7919) % texts.length]!.slice(0, 70)}${i % 2 === 0 ? '' : ` ${extras[i % extras.length]}`}`;
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', text, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: `many-${i}` },
            from: { id: 'person' }, recipient: { id: 'bot' }, locale: 'en-GB', deliveryMode: 'expectReplies',
          }),
        }).catch(async (err: unknown) => {
          await new Promise((resolve) => setTimeout(resolve, 500)); // time for an exit to be seen
          const state = child.exitCode !== null || child.signalCode !== null ? `exited: ${child.exitCode ?? child.signalCode}` : 'still up';
          throw new Error(`message ${i} got no answer (the bot ${state}): ${String(err)}; stderr: ${stderr().slice(0, 300)}`);
        });
        expect(response.status).toBe(200);
        const { activities } = (await response.json()) as { activities: unknown[] };
        expect(activities.length).toBeGreaterThan(0);
      }
      expect(child.exitCode).toBeNull();
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
    }
  }, 300_000);
});
