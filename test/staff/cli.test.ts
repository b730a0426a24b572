/**
 * The accounts CLI as a real process on a SQLite file, and the console on the same file, never at
 * the same time (the bot holds the file alone): an account made with `npm run staff -- add ...
 * --password-stdin` logs in with its TOTP code; while the bot runs the CLI refuses with a plain
 * message; `list` shows the accounts; the session survives a restart and `disable` ends it; bad
 * input is a plain message and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { StaffClient } from './support';
import { startApp } from '../support/http';
import { usePostgresServer } from '../support/postgres';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'staff-cli-'));
const sqlitePath = path.join(tmp, 'console.sqlite');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const postgres = usePostgresServer();

function staff(args: string[], input = '', env: Record<string, string> = { SQLITE_PATH: sqlitePath }) {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/staff.ts', ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '3978', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run staff', () => {
  it('add --password-stdin, then log in to the console on the same database; list; disable', { timeout: 120_000 }, async () => {
    const added = staff(['add', 'Lead@Charity.example', '--role', 'admin', '--password-stdin'], 'a long enough passphrase\n');
    expect(added.status, added.stderr).toBe(0);
    const uri = /otpauth:\/\/totp\/\S+/.exec(added.stdout)?.[0];
    expect(uri).toBeDefined();
    const secret = new URL(uri!).searchParams.get('secret')!;
    expect(added.stdout).not.toContain('passphrase');

    const link = staff(['add', 'new@charity.example', '--role', 'reviewer']);
    expect(link.stdout).toMatch(/http:\/\/127\.0\.0\.1:3978\/staff\/enrol\/[A-Za-z0-9_-]{43}/);

    // The bot holds its SQLite file alone: while it runs, the CLI says what to do instead.
    let running = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath });
    const cookies = new Map<string, string>();
    try {
      const client = new StaffClient(running.url);
      const clock = { now: new Date(), advance() {} };
      const reply = await client.login({ id: '', email: 'lead@charity.example', password: 'a long enough passphrase', secret }, clock);
      expect(reply.status).toBe(303);
      expect((await client.get('/staff')).status).toBe(200);
      for (const [k, v] of client.cookies) cookies.set(k, v);

      const busy = staff(['list']);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain('is in use: the bot is running');
      expect(busy.stderr).toContain('Stop the bot, run this command, then start the bot again.');
      expect(busy.stderr).toContain('STORAGE=postgres');
      expect(busy.stdout).toBe('');
    } finally {
      await running.close();
    }

    const list = staff(['list']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/lead@charity\.example\tadmin\tactive\t2FA on/);
    expect(list.stdout).toMatch(/new@charity\.example\treviewer\tnot enrolled/);

    // The session is in the database: it survives a restart of the bot...
    const withSession = async () => {
      const client = new StaffClient(running.url);
      for (const [k, v] of cookies) client.cookies.set(k, v);
      return (await client.get('/staff')).status;
    };
    running = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath });
    try {
      expect(await withSession()).toBe(200);
    } finally {
      await running.close();
    }

    // ...and `disable` (bot stopped) ends it.
    expect(staff(['disable', 'lead@charity.example']).status).toBe(0);
    running = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath });
    try {
      expect(await withSession()).toBe(303);
    } finally {
      await running.close();
    }

    const duplicate = staff(['add', 'lead@charity.example', '--role', 'admin']);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr.trim()).toBe('An account with this email exists.');
    const badRole = staff(['add', 'x@charity.example', '--role', 'owner']);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('--role reviewer|admin');
    const short = staff(['add', 'y@charity.example', '--role', 'reviewer', '--password-stdin'], 'short\n');
    expect(short.stderr.trim()).toBe('Use at least 12 characters.');
  });

  it('on PostgreSQL the CLI works while the bot runs: an account added now logs in, disable ends its session', { timeout: 120_000 }, async () => {
    const env = { STORAGE: 'postgres', DATABASE_URL: await postgres.createDatabase() };
    const running = await startApp(env);
    try {
      await running.app.ready;
      const added = staff(['add', 'pg@charity.example', '--role', 'reviewer', '--password-stdin'], 'another long passphrase\n', env);
      expect(added.status, added.stderr).toBe(0);
      const secret = new URL(/otpauth:\/\/totp\/\S+/.exec(added.stdout)![0]).searchParams.get('secret')!;
      const client = new StaffClient(running.url);
      const reply = await client.login({ id: '', email: 'pg@charity.example', password: 'another long passphrase', secret }, { now: new Date(), advance() {} });
      expect(reply.status).toBe(303);
      expect((await client.get('/staff')).status).toBe(200);
      expect(staff(['list'], '', env).stdout).toMatch(/pg@charity\.example\treviewer\tactive\t2FA on/);
      expect(staff(['disable', 'pg@charity.example'], '', env).status).toBe(0);
      expect((await client.get('/staff')).status).toBe(303);
    } finally {
      await running.close();
    }
  });
});
