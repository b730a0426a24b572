/** The throwaway PostgreSQL server, one per test file (see postgres.server.ts). */
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PostgresServer } from './postgres.server';

export { startPostgres, postgresBinDir, type PostgresServer } from './postgres.server';

/**
 * In a test file: one server for the file, started before its tests and destroyed after them
 * (even when they fail). Use the returned handle inside tests or hooks, not at import time.
 */
export function usePostgresServer(): PostgresServer {
  let server: PostgresServer | undefined;
  beforeAll(() => {
    server = startPostgres();
  }, 120_000);
  afterAll(() => {
    server?.destroy();
  });
  const current = (): PostgresServer => {
    if (!server) throw new Error('usePostgresServer(): the server starts in beforeAll; use it inside tests');
    return server;
  };
  return {
    get url() {
      return current().url;
    },
    get socketDir() {
      return current().socketDir;
    },
    createDatabase: (name) => current().createDatabase(name),
    stop: (mode) => current().stop(mode),
    start: () => current().start(),
    destroy: () => current().destroy(),
  };
}
