/**
 * The accounts CLI as a real process on a SQLite file, and the console built on the same file:
 * an account made with `npm run staff -- add ... --password-stdin` logs in with its TOTP code;
 * `disable` ends its session; `list` shows it; bad input is a plain message and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { StaffClient } from './support';
import { startApp } from '../support/http';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'staff-cli-'));
const sqlitePath = path.join(tmp, 'console.sqlite');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function staff(args: string[], input = '') {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/staff.ts', ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NODE_ENV: 'test', SQLITE_PATH: sqlitePath, PORT: '3978' },
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

    const running = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath });
    try {
      const client = new StaffClient(running.url);
      const clock = { now: new Date(), advance() {} };
      const reply = await client.login({ id: '', email: 'lead@charity.example', password: 'a long enough passphrase', secret }, clock);
      expect(reply.status).toBe(303);
      expect((await client.get('/staff')).status).toBe(200);

      const list = staff(['list']);
      expect(list.stdout).toMatch(/lead@charity\.example\tadmin\tactive\t2FA on/);
      expect(list.stdout).toMatch(/new@charity\.example\treviewer\tnot enrolled/);

      expect(staff(['disable', 'lead@charity.example']).status).toBe(0);
      expect((await client.get('/staff')).status).toBe(303);
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
});
