/**
 * A throwaway PostgreSQL server for tests: initdb in a temp folder (as the postgres user when run
 * as root, since PostgreSQL refuses root), listening only on a unix socket inside that folder, so
 * there is no port to collide on. Debian's postgresql package provides the binaries
 * (scripts/ensure-system-packages.sh installs it as `pretest`).
 *
 *   const pg = usePostgresServer();              // in a test file (postgres.ts): started before, stopped after
 *   const url = await pg.createDatabase();       // a fresh, empty database's connection string
 *
 * startPostgres() (here, without vitest) is for scripts such as the benchmark. A server is also
 * stopped if the process exits early.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** The socket folder (host) and port: a connection string for the `postgres` database. */
  readonly url: string;
  readonly socketDir: string;
  /** Creates an empty database and returns its connection string. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server (fast shutdown) without removing its data: `start()` brings it back. */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  /** Stops the server and removes its folder. */
  destroy(): void;
}

const PORT = 5432; // only names the socket file inside our private folder

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed: run `bash scripts/ensure-system-packages.sh` (apt-get install postgresql)');
  return join(root, newest, 'bin');
}

function asPostgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

function run(bin: string, args: string[], user: { uid: number; gid: number } | undefined): void {
  const result = spawnSync(bin, args, { uid: user?.uid, gid: user?.gid, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

const live = new Set<PostgresServer>();
process.once('exit', () => {
  for (const server of live) server.destroy();
});

/** Starts a throwaway server (about a second). Call destroy() when done. */
export function startPostgres(): PostgresServer {
  const bin = postgresBinDir();
  const user = asPostgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'helpline-pg-'));
  const data = join(dir, 'data');
  if (user) chownSync(dir, user.uid, user.gid);
  chmodSync(dir, 0o755);
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], user);
  const options = [
    `-k ${dir}`,
    "-c listen_addresses=''",
    `-p ${PORT}`,
    '-c fsync=off', // a throwaway test server: speed over crash safety of the server itself
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=100',
  ].join(' ');
  const pgCtl = (args: string[]) => run(join(bin, 'pg_ctl'), args, user);
  let running = false;
  const start = () => {
    pgCtl(['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    running = true;
  };
  start();
  let counter = 0;
  const url = `postgresql://postgres@/postgres?host=${encodeURIComponent(dir)}&port=${PORT}`;

  const server: PostgresServer = {
    url,
    socketDir: dir,
    async createDatabase(name = `test_${process.pid}_${++counter}`) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgresql://postgres@/${name}?host=${encodeURIComponent(dir)}&port=${PORT}`;
    },
    stop(mode = 'fast') {
      if (!running) return;
      pgCtl(['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
      running = false;
    },
    start,
    destroy() {
      if (!live.delete(server)) return;
      try {
        server.stop('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  live.add(server);
  return server;
}

