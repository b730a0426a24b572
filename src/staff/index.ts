/**
 * The staff console: `registerStaffRoutes(server, deps)` adds every /staff route to the app's
 * server, and starts the housekeeping (expired sessions; closed handoffs past retention).
 */
import type { Server } from 'restify';
import type { StaffConfig } from '../config';
import type { Logger } from '../logger';
import type { HandoffStore } from '../storage/handoff.store';
import { StaffAccounts } from './accounts';
import { registerAuditRoutes } from './http/audit.routes';
import { registerAuthRoutes } from './http/auth.routes';
import { registerHandoffRoutes } from './http/handoff.routes';
import { registerStaticRoutes } from './http/static.routes';
import type { StaffDeps } from './http/staff.route';
import { StaffLogin } from './login';
import { StaffSessions } from './sessions';
import type { StaffStores } from './store';

export { StaffAccounts } from './accounts';
export type { StaffStores } from './store';
export { createStaffStores } from './store';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface StaffConsoleDeps {
  config: StaffConfig;
  stores: StaffStores;
  handoffs: HandoffStore;
  logger: Logger;
  now: () => Date;
}

export interface StaffConsole {
  /** Runs the housekeeping once (also hourly). */
  housekeeping(): Promise<void>;
  close(): Promise<void>;
}

export function registerStaffRoutes(server: Server, deps: StaffConsoleDeps): StaffConsole {
  const full: StaffDeps = {
    ...deps,
    accounts: new StaffAccounts(deps.stores, { baseUrl: deps.config.baseUrl, require2fa: deps.config.require2fa, now: deps.now }),
    sessions: new StaffSessions(deps.stores),
    login: new StaffLogin(deps.stores, deps.config.require2fa, () => deps.now().getTime()),
  };
  registerStaticRoutes(server, full);
  registerAuthRoutes(server, full);
  registerHandoffRoutes(server, full);
  registerAuditRoutes(server, full);

  async function housekeeping(): Promise<void> {
    const now = deps.now();
    try {
      await full.sessions.purgeExpired(now);
      const purged = await deps.handoffs.purgeClosedOlderThan(deps.config.handoffRetentionDays * DAY_MS, now);
      if (purged > 0) deps.logger.info({ event: 'handoffs.purged', count: purged }, 'purged closed handoffs past retention');
    } catch (err) {
      deps.logger.error({ event: 'staff.housekeeping.failed', errName: err instanceof Error ? err.name : 'unknown' }, 'staff housekeeping failed');
    }
  }
  const timer = setInterval(() => void housekeeping(), HOUR_MS);
  timer.unref();
  // Once at start too, so a restart never postpones retention by an hour.
  const first = setTimeout(() => void housekeeping(), 5_000);
  first.unref();
  return {
    housekeeping,
    close: async () => {
      clearInterval(timer);
      clearTimeout(first);
      await deps.stores.close();
    },
  };
}
