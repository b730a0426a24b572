/**
 * Composition root: builds the HTTP server, the Bot Framework adapter, the stores and the bot
 * from a Config. Tests build the real app with it (in-memory store, port 0).
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createBotEndpoint, createDirectTurnRunner, createTurnHandler, type BotEndpointOptions, type Detectors } from './adapter';
import { ConfigError, type Config } from './config';
import { hideErrorDetails } from './http/hide.errors';
import { createMessagesRoute } from './http/messages.route';
import { createLogger, type Logger } from './logger';
import { isLoopbackHost } from './loopback';
import { detectSafety, warmUpSafety } from './safety';
import { createStateStore, type StateStore } from './storage';
import { createHandoffStore, type HandoffStore } from './storage/handoff.store';
import { useServicePhones } from './i18n';
import { resolveServices, type ServicesConfig } from './services';
import { understand, warmUpUnderstanding } from './understanding';
import { createTwilioRoute, createTwilioSender, TWILIO_WEBHOOK_PATH, type SmsSender } from './sms';

export interface AppOverrides {
  store?: StateStore;
  handoffs?: HandoffStore;
  services?: ServicesConfig;
  detectors?: Detectors;
  logger?: Logger;
  now?: () => Date;
  /** Tests only: token signing keys from a local OpenID metadata document. */
  botAuthentication?: BotEndpointOptions;
  /** Tests only: a stand-in Twilio API, and how long the SMS webhook waits for a turn. */
  twilio?: { apiBaseUrl?: string; replyWithinMs?: number };
}

export interface App {
  server: restify.Server;
  store: StateStore;
  handoffs: HandoffStore;
  logger: Logger;
  /** Bot-initiated texts through the Twilio API (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM). */
  sms?: SmsSender;
  /** Resolves when the recognizers are warm and the store is open (/healthz says 200). */
  ready: Promise<void>;
  isReady(): boolean;
  listen(port?: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;
/** A Twilio webhook body is a few hundred bytes (a little more with MMS media links). */
const MAX_SMS_BODY_BYTES = 16 * 1024;
/** Twilio waits about 15 s for a webhook's answer. */
const SMS_REPLY_WITHIN_MS = 10_000;
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

  // SMS without Azure: off unless TWILIO_AUTH_TOKEN is set (src/sms/README.md).
  const twilio = config.twilio;
  const sms =
    twilio?.sender &&
    createTwilioSender({ ...twilio.sender, authToken: twilio.authToken, apiBaseUrl: overrides.twilio?.apiBaseUrl });
  if (twilio) {
    server.post(
      TWILIO_WEBHOOK_PATH,
      createTwilioRoute({
        authToken: twilio.authToken,
        publicBaseUrl: config.publicBaseUrl,
        maxBodyBytes: MAX_SMS_BODY_BYTES,
        rateLimits: config.rateLimits,
        logger,
        runTurn: createDirectTurnRunner(handleTurn),
        locale: config.defaultLocale,
        sender: sms,
        replyWithinMs: overrides.twilio?.replyWithinMs ?? SMS_REPLY_WITHIN_MS,
      }),
    );
  }

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
    logger,
    ...(sms ? { sms } : {}),
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
    },
  };
}
