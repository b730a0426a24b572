/**
 * The staff console: `registerStaffRoutes(server, deps)` adds every /staff route to the app's
 * server. Expired sessions are purged by a storage retention task the app registers
 * (`purgeExpiredSessions`); closed handoffs by the storage layer's own purge.
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

export interface StaffConsoleDeps {
  config: StaffConfig;
  stores: StaffStores;
  handoffs: HandoffStore;
  logger: Logger;
  now: () => Date;
}

export interface StaffConsole {
  /**
   * Deletes sessions past their idle or absolute limit; returns how many. The app registers it as a
   * storage retention task (at start-up and hourly, with the storage layer's purge of closed handoffs).
   */
  purgeExpiredSessions(now: Date): Promise<number>;
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

  return {
    purgeExpiredSessions: (now) => full.sessions.purgeExpired(now),
    close: async () => {
      await deps.stores.close();
    },
  };
}
