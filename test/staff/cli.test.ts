/**
 * The accounts CLI as a real process on a SQLite file while the real bot process runs on the same
 * file: an account made with `npm run staff -- add ... --password-stdin` logs in over HTTP with its
 * TOTP code and finds, reads, claims and closes a summary shared through the bot; `list` shows the accounts; a second bot process on the file is refused (pointing to
 * PostgreSQL); the session survives a restart and `disable` ends it; bad input is a plain message
 * and exit 1. The same on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { shareThroughTheBot, StaffClient } from './support';
import { startApp } from '../support/http';
import { startBotProcess } from '../support/bot.process';
import { usePostgresServer } from '../support/postgres';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'staff-cli-'));
const sqlitePath = path.join(tmp, 'console.sqlite');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const postgres = usePostgresServer();

/**
 * Runs the CLI without blocking this process's event loop (the app under test runs in it: a blocked
 * loop lets keep-alive timers fire at the moment the next request reuses the socket).
 */
function staff(args: string[], input = '', env: Record<string, string> = { SQLITE_PATH: sqlitePath }) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/staff.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '3978', ...env },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const clock = () => ({ now: new Date(), advance() {} });

describe('npm run staff', () => {
  it('on SQLite the CLI works while the bot process runs: add, log in over HTTP, list; a second bot is refused; disable', { timeout: 240_000 }, async () => {
    const added = await staff(['add', 'Lead@Charity.example', '--role', 'admin', '--password-stdin'], 'a long enough passphrase\n');
    expect(added.status, added.stderr).toBe(0);
    const uri = /otpauth:\/\/totp\/\S+/.exec(added.stdout)?.[0];
    expect(uri).toBeDefined();
    const secret = new URL(uri!).searchParams.get('secret')!;
    expect(added.stdout).not.toContain('passphrase');

    const link = await staff(['add', 'new@charity.example', '--role', 'reviewer']);
    expect(link.stdout).toMatch(/http:\/\/127\.0\.0\.1:3978\/staff\/enrol\/[A-Za-z0-9_-]{43}/);

    // The real bot process on the same SQLite file: the CLI works while it runs.
    const bot = await startBotProcess({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath, STAFF_BASE_URL: 'http://127.0.0.1:3978' });
    const cookies = new Map<string, string>();
    try {
      const duringRun = await staff(['add', 'Running@Charity.example', '--role', 'reviewer', '--password-stdin'], 'added while the bot runs\n');
      expect(duringRun.status, duringRun.stderr).toBe(0);
      const runningSecret = new URL(/otpauth:\/\/totp\/\S+/.exec(duringRun.stdout)![0]).searchParams.get('secret')!;
      const client = new StaffClient(bot.url);
      const reply = await client.login({ id: '', email: 'running@charity.example', password: 'added while the bot runs', secret: runningSecret }, clock());
      expect(reply.status).toBe(303);
      expect((await client.get('/staff')).status).toBe(200);

      // The "done when": a summary shared from the chat is found, read, claimed and closed.
      const handoffId = await shareThroughTheBot(bot.url, 'cli-done-when', 'text me after 6pm');
      const queue = await client.get('/staff');
      expect(queue.body).toContain(`/staff/handoffs/${handoffId}`);
      expect(queue.body).toContain('text me after 6pm');
      const handoff = await client.get(`/staff/handoffs/${handoffId}`);
      expect(handoff.status).toBe(200);
      expect(handoff.body).toContain('turning up at my work');
      const csrf = StaffClient.csrf(handoff);
      expect((await client.post(`/staff/handoffs/${handoffId}/claim`, { _csrf: csrf })).status).toBe(303);
      expect((await client.post(`/staff/handoffs/${handoffId}/status`, { _csrf: csrf, status: 'closed', outcome: 'Called back; safety plan made' })).status).toBe(303);
      expect((await client.get('/staff?status=closed')).body).toContain(`/staff/handoffs/${handoffId}`);

      const admin = new StaffClient(bot.url);
      expect((await admin.login({ id: '', email: 'lead@charity.example', password: 'a long enough passphrase', secret }, clock())).status).toBe(303);
      for (const [k, v] of admin.cookies) cookies.set(k, v);

      const listed = await staff(['list']);
      expect(listed.status, listed.stderr).toBe(0);
      expect(listed.stdout).toMatch(/running@charity\.example\treviewer\tactive\t2FA on/);

      // A second bot process on the same file is refused, pointing to PostgreSQL; the first carries on.
      const second = await startBotProcess({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath }).then(
        async (p) => {
          await p.kill('SIGKILL');
          return 'started';
        },
        (err: Error) => err.message,
      );
      expect(second).toMatch(/in use by another process/);
      expect(second).toMatch(/STORAGE=postgres/);
      expect((await client.get('/staff')).status).toBe(200);
      expect(bot.stderr()).toBe('');
    } finally {
      await bot.kill();
    }

    const list = await staff(['list']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/lead@charity\.example\tadmin\tactive\t2FA on/);
    expect(list.stdout).toMatch(/new@charity\.example\treviewer\tnot enrolled/);

    // The session is in the database: it survives a restart of the bot...
    const withSession = async (url: string) => {
      const client = new StaffClient(url);
      for (const [k, v] of cookies) client.cookies.set(k, v);
      return (await client.get('/staff')).status;
    };
    const running = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath });
    try {
      expect(await withSession(running.url)).toBe(200);
      // ...and `disable`, run while it is up, ends it.
      expect((await staff(['disable', 'lead@charity.example'])).status).toBe(0);
      expect(await withSession(running.url)).toBe(303);
    } finally {
      await running.close();
    }

    const duplicate = await staff(['add', 'lead@charity.example', '--role', 'admin']);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr.trim()).toBe('An account with this email exists.');
    const badRole = await staff(['add', 'x@charity.example', '--role', 'owner']);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('--role reviewer|admin');
    const short = await staff(['add', 'y@charity.example', '--role', 'reviewer', '--password-stdin'], 'short\n');
    expect(short.stderr.trim()).toBe('Use at least 12 characters.');
  });

  it('on PostgreSQL the CLI works while the bot runs: an account added now logs in, disable ends its session', { timeout: 120_000 }, async () => {
    const env = { STORAGE: 'postgres', DATABASE_URL: await postgres.createDatabase() };
    const running = await startApp(env);
    try {
      await running.app.ready;
      const added = await staff(['add', 'pg@charity.example', '--role', 'reviewer', '--password-stdin'], 'another long passphrase\n', env);
      expect(added.status, added.stderr).toBe(0);
      const secret = new URL(/otpauth:\/\/totp\/\S+/.exec(added.stdout)![0]).searchParams.get('secret')!;
      const client = new StaffClient(running.url);
      const reply = await client.login({ id: '', email: 'pg@charity.example', password: 'another long passphrase', secret }, { now: new Date(), advance() {} });
      expect(reply.status).toBe(303);
      expect((await client.get('/staff')).status).toBe(200);
      expect((await staff(['list'], '', env)).stdout).toMatch(/pg@charity\.example\treviewer\tactive\t2FA on/);
      expect((await staff(['disable', 'pg@charity.example'], '', env)).status).toBe(0);
      expect((await client.get('/staff')).status).toBe(303);
    } finally {
      await running.close();
    }
  });
});
