/**
 * Composition root: builds the HTTP server, the Bot Framework adapter, the stores and the bot
 * from a Config. Tests build the real app with it (in-memory store, port 0).
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createBotEndpoint, createTurnHandler, type BotEndpointOptions, type Detectors } from './adapter';
import { ConfigError, type Config } from './config';
import { hideErrorDetails } from './http/hide.errors';
import { createMessagesRoute } from './http/messages.route';
import { createLogger, type Logger } from './logger';
import { isLoopbackHost } from './loopback';
import { detectSafety, warmUpSafety } from './safety';
import { createStateStore, type StateStore } from './storage';
import { createHandoffStore, type HandoffStore } from './storage/handoff.store';
import { createStaffStores, registerStaffRoutes, type StaffStores } from './staff';
import { useServicePhones } from './i18n';
import { resolveServices, type ServicesConfig } from './services';
import { understand, warmUpUnderstanding } from './understanding';

export interface AppOverrides {
  store?: StateStore;
  handoffs?: HandoffStore;
  staffStores?: StaffStores;
  services?: ServicesConfig;
  detectors?: Detectors;
  logger?: Logger;
  now?: () => Date;
  /** Tests only: token signing keys from a local OpenID metadata document. */
  botAuthentication?: BotEndpointOptions;
}

export interface App {
  server: restify.Server;
  store: StateStore;
  handoffs: HandoffStore;
  /** Staff accounts, sessions and the audit log (src/staff). */
  staffStores: StaffStores;
  logger: Logger;
  /** Resolves when the recognizers are warm and the store is open (/healthz says 200). */
  ready: Promise<void>;
  isReady(): boolean;
  listen(port?: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export const defaultDetectors: Detectors = {
  detectSafety: (text) => detectSafety(text),
  understand: (text, now) => understand(text, { now }),
};

export function buildApp(config: Config, overrides: AppOverrides = {}): App {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const store = overrides.store ?? createStateStore(config.storage);
  const handoffs = overrides.handoffs ?? createHandoffStore(config.storage);
  // Read and validated at startup: a broken services file stops the bot with a clear message.
  const services = overrides.services ?? resolveServices(config.servicesFile);
  useServicePhones(services);
  const handleTurn = createTurnHandler({
    store,
    handoffs,
    services,
    detectors: overrides.detectors ?? defaultDetectors,
    logger,
    now: overrides.now ?? (() => new Date()),
    maxMessageChars: config.maxMessageChars,
    defaultLocale: config.defaultLocale,
    handoffHub: config.handoffHub && { ...config.handoffHub, authenticated: !config.localMode },
  });
  const endpoint = createBotEndpoint(config, logger, handleTurn, overrides.botAuthentication);

  const server = restify.createServer({ name: 'helpline-triage-bot', handleUncaughtExceptions: false });
  // No bodyParser: it would write multipart bodies to temp files, inflate gzip without a limit and
  // buffer a whole body before checking its size. Routes read their own bodies (src/http/json.body.ts).
  hideErrorDetails(server);

  let ready = false;
  server.get('/healthz', (_req, res, next) => {
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'starting' });
    return next();
  });

  server.post(
    '/api/messages',
    createMessagesRoute({
      maxBodyBytes: MAX_BODY_BYTES,
      localMode: config.localMode,
      logger,
      endpoint,
      rateLimits: config.rateLimits,
    }),
  );

  const staffStores = overrides.staffStores ?? createStaffStores(config.storage);
  const staffConsole = registerStaffRoutes(server, {
    config: config.staff,
    stores: staffStores,
    handoffs,
    logger,
    now: overrides.now ?? (() => new Date()),
  });

  const readyPromise = (async () => {
    const started = Date.now();
    warmUpUnderstanding();
    warmUpSafety();
    await store.read(['healthz/probe']);
    ready = true;
    logger.info({ event: 'ready', warmUpMs: Date.now() - started }, 'ready');
  })();

  const purge = setInterval(() => {
    Promise.resolve(store.purgeOlderThan(config.retentionDays * DAY_MS))
      .then((count) => count > 0 && logger.info({ event: 'retention.purged', count }, 'purged old conversations'))
      .catch((err: unknown) => logger.error({ event: 'retention.failed', errName: err instanceof Error ? err.name : 'unknown' }, 'purge failed'));
  }, 60 * 60 * 1000);
  purge.unref();

  return {
    server,
    store,
    handoffs,
    staffStores,
    logger,
    ready: readyPromise,
    isReady: () => ready,
    listen: (port = config.port, host = config.host) =>
      new Promise<AddressInfo>((resolve, reject) => {
        // Local mode authenticates nobody: never reachable from another machine (config checks HOST too).
        if (config.localMode && !isLoopbackHost(host)) {
          reject(new ConfigError(`Local mode (no MicrosoftAppId) listens on loopback only, not ${host}.`));
          return;
        }
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    close: async () => {
      clearInterval(purge);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await handoffs.close();
      await staffConsole.close();
    },
  };
}
