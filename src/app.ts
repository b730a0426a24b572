/**
 * Composition root: builds the HTTP server, the Bot Framework adapter, the stores and the bot
 * from a Config. Tests build the real app with it (in-memory store, port 0).
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createBotEndpoint, createDirectTurnRunner, createTurnHandler, trackTurns, type BotEndpointOptions, type Detectors } from './adapter';
import { ConfigError, type Config } from './config';
import { TokenBuckets } from './http/token.buckets';
import { turnClient } from './http/client.address';
import { mountWebChat, SqlDirectLineStore, type DirectLineStore, type WebChat } from './directline';
import { hideErrorDetails } from './http/hide.errors';
import { createMessagesRoute } from './http/messages.route';
import { createLogger, type Logger } from './logger';
import { isLoopbackHost } from './loopback';
import { refuseForeignHost } from './http/local.host';
import { closeUnreadBodies, REQUEST_TIMEOUT_MS } from './http/unread.body';
import { detectSafety, warmUpSafety, warmUpSafetyInBackground } from './safety';
import { memoryStorage, openStorage, type StateStore, type Storage } from './storage';
import type { HandoffStore } from './storage/handoff.store';
import { createStorageHealth, type StorageHealthOptions } from './storage/health';
import { createStaffStores, registerStaffRoutes, type StaffStores } from './staff';
import { CATALOGUES, phoneNumbers, SUPPORTED_LOCALES } from './i18n';
import { answerPhrases, buildKnownAnswers, withKnownAnswers, type KnownAnswers } from './text/known.answers';
import { resolveServices, type ServicesConfig } from './services';
import { understand, warmUpUnderstanding, warmUpUnderstandingInBackground } from './understanding';
import { DEFAULT_UNDERSTANDING_THREADS, startUnderstandingThreads, type UnderstandingThread } from './understanding/understanding.thread';
import { createTwilioRoute, createTwilioSender, TWILIO_WEBHOOK_PATH, type SmsSender } from './sms';

export interface AppOverrides {
  /** Storage to use instead of the configured one (closed with the app). */
  storage?: Storage;
  /** Tests: an in-memory state store / handoff store given directly. */
  store?: StateStore;
  handoffs?: HandoffStore;
  /** Tests: how often storage is probed for /healthz. */
  storageHealth?: StorageHealthOptions;
  staffStores?: StaffStores;
  services?: ServicesConfig;
  detectors?: Detectors;
  logger?: Logger;
  now?: () => Date;
  /** Tests only: token signing keys from a local OpenID metadata document. */
  botAuthentication?: BotEndpointOptions;
  /** Tests only: a stand-in Twilio API, and how long the SMS webhook waits for a turn. */
  twilio?: { apiBaseUrl?: string; replyWithinMs?: number };
  /** Where web chat (Direct Line) conversations are kept; default: the SQL database, or memory with STORAGE=memory. */
  directLineStore?: DirectLineStore;
  /**
   * Dates are read on a worker thread (src/understanding/understanding.thread.ts): a thread already
   * started (src/index.ts starts it before loading the rest, so it warms up meanwhile; the app closes
   * it), or false for none. Default: one is started here when running compiled JavaScript, none
   * under tsx or vitest (tests build many apps). Never used with `detectors` given.
   */
  understandingThread?: UnderstandingThread | false;
}

export interface App {
  server: restify.Server;
  storage: Storage;
  store: StateStore;
  handoffs: HandoffStore;
  /** The web chat: Direct Line endpoint, page and widget. */
  webchat: WebChat;
  /** Staff accounts, sessions and the audit log (src/staff). */
  staffStores: StaffStores;
  logger: Logger;
  /** Bot-initiated texts through the Twilio API (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM). */
  sms?: SmsSender;
  /** Resolves when the recognizers are warm and storage is migrated (/healthz says 200 while it can be written). */
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
  detectSafety: (text, locale) => detectSafety(text, locale),
  understand: (text, now, locale) => understand(text, { now, locale }),
};

/** Compiled JavaScript (`npm start`), not TypeScript through tsx or vitest. */
const RUNNING_COMPILED = __filename.endsWith('.js');

export function buildApp(config: Config, overrides: AppOverrides = {}): App {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  // Started first: it loads and warms up the date recognizer while this thread builds the rest.
  const given = overrides.understandingThread;
  const understandingThread: UnderstandingThread | undefined =
    given === false || overrides.detectors ? undefined : given ?? (RUNNING_COMPILED ? startUnderstandingThreads(DEFAULT_UNDERSTANDING_THREADS) : undefined);
  if (given && overrides.detectors) void given.close();
  const realDetectors: Detectors = understandingThread ? { ...defaultDetectors, understand: (text, now, locale) => understandingThread.understand(text, { now, locale }) } : defaultDetectors;
  // The catalogue's own answer words ("yes", "help", a label typed back) from a table the detectors fill
  // after ready (src/text/known.answers.ts); every other message is read by the detectors as before.
  let knownAnswers: KnownAnswers | undefined;
  const detectors: Detectors = overrides.detectors ?? withKnownAnswers(realDetectors, () => knownAnswers);
  const storage =
    overrides.storage ??
    (overrides.store || overrides.handoffs
      ? memoryStorage({ state: overrides.store, handoffs: overrides.handoffs })
      : openStorage(config.storage, {
          onMigrationRetry: (err) => logger.warn({ event: 'storage.migrationRetry', errName: err instanceof Error ? err.name : typeof err }, 'database not reachable yet; retrying'),
        }));
  const { state: store, handoffs } = storage;
  const storageHealth = createStorageHealth(() => storage.probe(), logger, overrides.storageHealth);
  // Read and validated at startup: a broken services file stops the bot with a clear message.
  const services = overrides.services ?? resolveServices(config.servicesFile);
  // Data for every part that words a message (the turn derives the same from `services`).
  const phones = phoneNumbers(services);
  // Tracked so close() can finish the turns in flight before closing the stores.
  const handleTurn = trackTurns(createTurnHandler({
    store,
    handoffs,
    services,
    detectors,
    logger,
    now: overrides.now ?? (() => new Date()),
    retentionMs: config.retentionDays * DAY_MS,
    maxMessageChars: config.maxMessageChars,
    defaultLocale: config.defaultLocale,
    handoffHub: config.handoffHub && { ...config.handoffHub, authenticated: !config.localMode },
    // The web chat (built below) takes bot-initiated messages for its conversations.
    notifyPerson: async (channelId, conversationId, activities) =>
      channelId === 'webchat' ? webchat.notify(conversationId, activities) : false,
    forgetChannelCopy: async (channelId, conversationId) => {
      if (channelId === 'webchat') await webchat.clearLog(conversationId);
    },
    admitHandoff: sharesPerClient(config.rateLimits),
  }));
  const endpoint = createBotEndpoint(config, logger, handleTurn, overrides.botAuthentication);

  const server = restify.createServer({ name: 'helpline-triage-bot', handleUncaughtExceptions: false });
  // No bodyParser: it would write multipart bodies to temp files, inflate gzip without a limit and
  // buffer a whole body before checking its size. Routes read their own bodies (src/http/json.body.ts).
  hideErrorDetails(server);
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.pre(closeUnreadBodies);
  // Local mode authenticates nothing: only requests addressed to this machine (no DNS rebinding).
  if (config.localMode) server.pre(refuseForeignHost);
  // Story turns waiting for their dates go on first, before the request that just came in.
  if (understandingThread) {
    server.pre((_req, _res, next) => {
      understandingThread.deliverAnswers();
      next();
    });
  }

  let ready = false;
  // Ready only while storage can be written: a down database, full disk, or a corrupt or deleted
  // SQLite file answers 503 (and turns still give the 999 line) until it recovers.
  server.get('/healthz', async (_req, res) => {
    if (!ready) {
      res.send(503, { status: 'starting' });
      return;
    }
    const writable = await storageHealth.check();
    res.send(writable ? 200 : 503, { status: writable ? 'ready' : 'storage-unavailable' });
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
        phones,
        sender: sms,
        replyWithinMs: overrides.twilio?.replyWithinMs ?? SMS_REPLY_WITHIN_MS,
      }),
    );
  }

  // Web chats live in the storage's database (kept across restarts, shared by instances on
  // PostgreSQL); only STORAGE=memory keeps them in this process.
  const directLineStore =
    overrides.directLineStore ??
    (storage.database ? new SqlDirectLineStore(storage.database, { now: overrides.now && (() => overrides.now!().getTime()) }) : undefined);
  const webchat = mountWebChat({ server, config, logger, handleTurn, phones, store: directLineStore, now: overrides.now });
  storage.addRetentionTask('webchat', (now) => webchat.store.purgeOlderThan(config.retentionDays * DAY_MS, now.getTime()));
  const staffStores = overrides.staffStores ?? createStaffStores(storage);
  const staffConsole = registerStaffRoutes(server, {
    config: config.staff,
    stores: staffStores,
    handoffs,
    logger,
    now: overrides.now ?? (() => new Date()),
  });
  storage.addRetentionTask('staffSessions', (now) => staffConsole.purgeExpiredSessions(now));

  const readyPromise = (async () => {
    const started = Date.now();
    // With the thread, the recognizer warms up there (in parallel); here only who / what / how often.
    // Safety first: after it, the phrase tables' one sentence takes ~0.5 s; before it, ~5.6 s (measured on the compiled
    // bot, V8's default regex tier-up, 7 Dec 2026: start to ready 10.7 s with the other order).
    warmUpSafety();
    warmUpUnderstanding(undefined, { recognizer: !understandingThread });
    await storage.ready;
    await understandingThread?.ready;
    await runPurge();
    ready = true;
    storageHealth.start();
    logger.info({ event: 'ready', warmUpMs: Date.now() - started }, 'ready');
    // The rest of the compiling, between turns (the first story would pay for it).
    // (A failure here costs only speed: never an unhandled rejection, which would stop the process.)
    const compiling = Date.now();
    void warmUpSafetyInBackground()
      .then(() => warmUpUnderstandingInBackground())
      .then(async () => {
        if (!overrides.detectors) knownAnswers = await buildKnownAnswers(new Map(SUPPORTED_LOCALES.map((l) => [l, answerPhrases(CATALOGUES[l])])), realDetectors);
      })
      .then(() => logger.info({ event: 'warmUp.done', afterReadyMs: Date.now() - compiling, knownAnswers: knownAnswers?.size() ?? 0 }, 'every pattern compiled'))
      .catch(() => undefined);
  })();

  // Retention: at start-up and hourly, conversations and transcripts after RETENTION_DAYS, closed
  // handoffs after HANDOFF_RETENTION_DAYS.
  function runPurge(): Promise<void> {
    return storage
      .purge({ conversationsMs: config.retentionDays * DAY_MS, closedHandoffsMs: config.handoffRetentionDays * DAY_MS }, (overrides.now ?? (() => new Date()))())
      .then((counts) => {
        if (Object.values(counts).some((n) => n > 0)) logger.info({ event: 'retention.purged', ...counts }, 'purged old records');
      })
      .catch((err: unknown) => logger.error({ event: 'retention.failed', errName: err instanceof Error ? err.name : 'unknown' }, 'purge failed'));
  }
  const purge = setInterval(() => void runPurge(), 60 * 60 * 1000);
  purge.unref();

  return {
    server,
    storage,
    store,
    handoffs,
    webchat,
    staffStores,
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
      webchat.closeStreams();
      storageHealth.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handleTurn.drain();
      await understandingThread?.close();
      await webchat.store.close();
      await staffConsole.close();
      await storage.close();
    },
  };
}

/**
 * How many summaries one web chat client may share (RATE_LIMIT_SHARES_PER_HOUR): a client known
 * from the request the turn runs for (`turnClient`, set by the web chat's post route). Other
 * channels arrive through a channel service whose address is everyone's, so they are not limited
 * here. An attacker review scripted fake shares at one every ~0.2 s, burying real ones in the queue.
 */
function sharesPerClient(limits: Config['rateLimits']): (channelId: string) => boolean {
  const buckets = limits.shares ? new TokenBuckets(limits.shares) : undefined;
  return (channelId) => {
    const client = turnClient.getStore();
    return !buckets || channelId !== 'webchat' || client === undefined || buckets.take(client).ok;
  };
}
