/**
 * Configuration: one zod schema over the environment (and `.env` in the project root).
 * Fails fast with a clear message; nothing else in the program reads process.env.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from './i18n/locale';
import { isLoopbackHost } from './loopback';
import { PROJECT_ROOT } from './project.root';
import { parseDataKey } from './storage/cipher';
import { TrustedProxies } from './http/client.address';

export { PROJECT_ROOT };

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Requests per second refilled into a token bucket (fractions allowed) and the bucket's size. */
/** RETENTION_DAYS when unset (also what the welcome says where no limit is passed, in tests). */
export const DEFAULT_RETENTION_DAYS = 30;

const rate = (fallback: number) => z.coerce.number().positive().max(100_000).default(fallback);
const burst = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/**
 * Channels a person talks to the bot on. `handoff.status` must never be accepted from one of these,
 * so none of them can be the agent hub's channel.
 */
export const PERSON_CHANNELS = [
  'webchat', 'directline', 'directlinespeech', 'msteams', 'sms', 'twilio-sms', 'emulator', 'cli', 'test',
  'console', 'email', 'facebook', 'slack', 'telegram', 'line', 'kik', 'groupme', 'skype', 'skypeforbusiness',
  'telephony', 'alexa', 'outlook', 'omnichannel',
] as const;

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalString,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    STORAGE: z.enum(['sqlite', 'postgres', 'memory']).default('sqlite'),
    SQLITE_PATH: z.string().trim().min(1).default('data/triage.sqlite'),
    DATABASE_URL: optionalString,
    DATA_ENCRYPTION_KEY: optionalString,
    DATA_ENCRYPTION_PREVIOUS_KEYS: optionalString,
    DEFAULT_LOCALE: z.enum(SUPPORTED_LOCALES).default(DEFAULT_LOCALE),
    MAX_MESSAGE_CHARS: z.coerce.number().int().min(200).max(20000).default(4000),
    RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_RETENTION_DAYS),
    HANDOFF_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    SERVICES_FILE: optionalString,
    RATE_LIMIT_CLIENT_PER_SECOND: rate(10),
    RATE_LIMIT_CLIENT_BURST: burst(60),
    RATE_LIMIT_CONVERSATION_PER_SECOND: rate(2),
    RATE_LIMIT_CONVERSATION_BURST: burst(40),
    TRUSTED_PROXIES: optionalString,
    RATE_LIMIT_SHARES_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(6),
    HANDOFF_HUB_CHANNEL_ID: optionalString,
    HANDOFF_HUB_APP_ID: optionalString,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_FROM: optionalString,
    PUBLIC_URL: optionalString,
    WEBCHAT_ALLOWED_ORIGINS: optionalString,
    WEBCHAT_TOKEN_SECRET: optionalString,
    QUICK_EXIT_URL: z.string().trim().min(1).default('https://www.bbc.co.uk/weather'),
    RATE_LIMIT_NEW_CHAT_PER_MINUTE: z.coerce.number().positive().max(100_000).default(10),
    RATE_LIMIT_NEW_CHAT_BURST: burst(20),
    WEBCHAT_STREAM_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
    WEBCHAT_STREAM_MAX_SECONDS: z.coerce.number().int().min(1).max(24 * 60 * 60).default(30 * 60),
    STAFF_REQUIRE_2FA: z.enum(['true', 'false']).default('true'),
    STAFF_BASE_URL: optionalString.pipe(z.string().url().optional()),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.MicrosoftAppId) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MicrosoftAppId'],
        message:
          'is required when NODE_ENV=production: without app credentials anyone could post to the bot and make it call any URL',
      });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppPassword'], message: 'is required with MicrosoftAppId' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppTenantId'], message: 'is required for SingleTenant' });
    }
    if (!env.MicrosoftAppId && env.HOST && !isLoopbackHost(env.HOST)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['HOST'],
        message:
          'must be a loopback address (127.0.0.1, ::1, localhost) without MicrosoftAppId: local mode does not authenticate requests, so it must not be reachable from other machines',
      });
    }
    const hubChannel = env.HANDOFF_HUB_CHANNEL_ID;
    if (hubChannel && !/^[A-Za-z0-9._-]{1,64}$/.test(hubChannel)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['HANDOFF_HUB_CHANNEL_ID'], message: 'must be a channel id (letters, digits, . _ -, at most 64)' });
    } else if (hubChannel && (PERSON_CHANNELS as readonly string[]).includes(hubChannel.toLowerCase())) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['HANDOFF_HUB_CHANNEL_ID'],
        message: `must not be a channel people talk on (${hubChannel}): a person could then mark their own handoff done`,
      });
    }
    if (env.HANDOFF_HUB_APP_ID && !env.MicrosoftAppId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['HANDOFF_HUB_APP_ID'], message: 'needs MicrosoftAppId: without credentials no caller is authenticated' });
    }
    if (env.HANDOFF_HUB_APP_ID && !hubChannel) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['HANDOFF_HUB_CHANNEL_ID'], message: 'is required with HANDOFF_HUB_APP_ID' });
    }
    if (env.MicrosoftAppId && hubChannel && !env.HANDOFF_HUB_APP_ID) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['HANDOFF_HUB_APP_ID'],
        message: 'is required with HANDOFF_HUB_CHANNEL_ID when MicrosoftAppId is set: the hub must authenticate as its own app',
      });
    }
    if (env.STORAGE === 'postgres' && !env.DATABASE_URL) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['DATABASE_URL'], message: 'is required with STORAGE=postgres (postgres://user:password@host:5432/database)' });
    }
    for (const entry of splitKeys(env.TRUSTED_PROXIES)) {
      const problem = TrustedProxies.problemWith(entry);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['TRUSTED_PROXIES'], message: `must be a comma-separated list of proxy addresses or ranges: ${problem}` });
    }
    if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['DATABASE_URL'], message: 'must be a postgres:// or postgresql:// connection string' });
    }
    for (const [name, value] of [
      ['DATA_ENCRYPTION_KEY', env.DATA_ENCRYPTION_KEY],
      ...splitKeys(env.DATA_ENCRYPTION_PREVIOUS_KEYS).map((k) => ['DATA_ENCRYPTION_PREVIOUS_KEYS', k] as const),
    ] as const) {
      if (value === undefined) continue;
      try {
        parseDataKey(value);
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: 'must be 32 random bytes in base64 (openssl rand -base64 32) or hex' });
      }
    }
    twilioProblems(env).forEach((problem) => ctx.addIssue({ code: z.ZodIssueCode.custom, ...problem }));
    webchatIssues(env, ctx);
    if (env.STAFF_REQUIRE_2FA === 'false' && env.MicrosoftAppId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['STAFF_REQUIRE_2FA'], message: 'may be false only in local mode (no MicrosoftAppId): the staff console holds special category data' });
    }
    if (env.NODE_ENV === 'production' && env.STAFF_BASE_URL && !env.STAFF_BASE_URL.startsWith('https://')) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['STAFF_BASE_URL'], message: 'must be https:// in production (staff sessions use Secure cookies)' });
    }
    if (env.NODE_ENV === 'production' && env.STORAGE === 'memory') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['STORAGE'], message: 'memory storage loses conversations: not for production' });
    }
  });

type TwilioEnv = Partial<Record<'TWILIO_AUTH_TOKEN' | 'TWILIO_ACCOUNT_SID' | 'TWILIO_FROM', string>>;

/** The SMS webhook (src/sms/): on with TWILIO_AUTH_TOKEN; sending needs the account SID and a sender too. */
function twilioProblems(env: TwilioEnv): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  if (env.TWILIO_AUTH_TOKEN && !/^[A-Za-z0-9]{16,128}$/.test(env.TWILIO_AUTH_TOKEN)) {
    problems.push({ path: ['TWILIO_AUTH_TOKEN'], message: 'must be the auth token from the Twilio console (letters and digits)' });
  }
  if ((env.TWILIO_ACCOUNT_SID || env.TWILIO_FROM) && !env.TWILIO_AUTH_TOKEN) {
    problems.push({ path: ['TWILIO_AUTH_TOKEN'], message: 'is required with TWILIO_ACCOUNT_SID or TWILIO_FROM' });
  }
  if (env.TWILIO_ACCOUNT_SID && !/^AC[0-9a-fA-F]{32}$/.test(env.TWILIO_ACCOUNT_SID)) {
    problems.push({ path: ['TWILIO_ACCOUNT_SID'], message: 'must be an account SID (AC followed by 32 hex digits)' });
  }
  if (env.TWILIO_FROM && !/^(?:\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32})$/.test(env.TWILIO_FROM)) {
    problems.push({ path: ['TWILIO_FROM'], message: 'must be a phone number in E.164 form (+447700900123) or a messaging service SID (MG...)' });
  }
  if (Boolean(env.TWILIO_ACCOUNT_SID) !== Boolean(env.TWILIO_FROM)) {
    problems.push({ path: [env.TWILIO_FROM ? 'TWILIO_ACCOUNT_SID' : 'TWILIO_FROM'], message: 'is needed with the other to send texts through the Twilio API' });
  }
  return problems;
}

export type Env = z.infer<typeof schema>;

function splitKeys(list: string | undefined): string[] {
  return (list ?? '').split(',').map((k) => k.trim()).filter(Boolean);
}

/** An origin exactly as browsers send it: scheme, host, optional port; no path. */
function asOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

type SchemaInput = {
  NODE_ENV: string;
  PUBLIC_URL?: string;
  WEBCHAT_ALLOWED_ORIGINS?: string;
  WEBCHAT_TOKEN_SECRET?: string;
  QUICK_EXIT_URL: string;
};

function webchatIssues(env: SchemaInput, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
  const production = env.NODE_ENV === 'production';
  if (env.PUBLIC_URL) {
    const origin = asOrigin(env.PUBLIC_URL.replace(/\/$/, ''));
    if (!origin) issue('PUBLIC_URL', 'must be an origin like https://chat.example.org (no path)');
    else if (production && !origin.startsWith('https:')) issue('PUBLIC_URL', 'must be https in production');
  } else if (production) {
    issue('PUBLIC_URL', 'is required in production: the web chat needs its public https origin (for its stream URL and origin checks)');
  }
  for (const origin of splitKeys(env.WEBCHAT_ALLOWED_ORIGINS)) {
    if (asOrigin(origin) !== origin) issue('WEBCHAT_ALLOWED_ORIGINS', `must be a comma-separated list of origins like https://www.example.org (not "${origin.slice(0, 80)}")`);
  }
  if (env.WEBCHAT_TOKEN_SECRET && env.WEBCHAT_TOKEN_SECRET.length < 32) {
    issue('WEBCHAT_TOKEN_SECRET', 'must be at least 32 characters (use a long random string)');
  } else if (!env.WEBCHAT_TOKEN_SECRET && production) {
    issue('WEBCHAT_TOKEN_SECRET', 'is required in production (a long random string shared by every instance)');
  }
  try {
    const url = new URL(env.QUICK_EXIT_URL);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') issue('QUICK_EXIT_URL', 'must be an http(s) URL');
  } catch {
    issue('QUICK_EXIT_URL', 'must be an http(s) URL');
  }
}

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  /** Where to listen. Local mode (no app id) defaults to loopback. */
  host: string;
  /** True when no app credentials are set: requests are not authenticated. */
  localMode: boolean;
  logLevel: Env['LOG_LEVEL'];
  auth: {
    MicrosoftAppId?: string;
    MicrosoftAppPassword?: string;
    MicrosoftAppType: Env['MicrosoftAppType'];
    MicrosoftAppTenantId?: string;
  };
  storage: {
    kind: Env['STORAGE'];
    sqlitePath: string;
    databaseUrl?: string;
    encryptionKey?: string;
    previousEncryptionKeys: string[];
  };
  defaultLocale: Env['DEFAULT_LOCALE'];
  maxMessageChars: number;
  retentionDays: number;
  /** Closed handoffs are deleted this many days after closing. */
  handoffRetentionDays: number;
  /** A services/opening-hours JSON file replacing the bundled one (src/services/services.default.json). */
  servicesFile?: string;
  /** Token buckets for POST /api/messages: per client address and per conversation. */
  rateLimits: RateLimits;
  /**
   * Where `handoff.status` events may come from (absent: nowhere, they are ignored). Local mode: the
   * channel id only. Authenticated mode: the channel id AND a caller authenticated as `appId`.
   */
  handoffHub?: { channelId: string; appId?: string };
  /** PUBLIC_URL: the address people and services reach the bot at, behind a proxy (no trailing slash). */
  publicBaseUrl?: string;
  /** SMS without Azure (POST /api/sms/twilio): absent unless TWILIO_AUTH_TOKEN is set. */
  twilio?: { authToken: string; sender?: { accountSid: string; from: string } };
  webchat: WebchatConfig;
  /** The staff console (src/staff). */
  staff: StaffConfig;
}

export interface WebchatConfig {
  /** PUBLIC_URL's origin; absent: http://<Host> (loopback only in local mode). */
  publicOrigin?: string;
  /** Sites that may frame /chat or run Web Chat against our Direct Line endpoint. */
  allowedOrigins: string[];
  /** HS256 secret for web chat tokens; absent (not production): a random one per process. */
  tokenSecret?: string;
  /** Where quick exit sends the person (location.replace). */
  quickExitUrl: string;
  /** New chats (tokens) per client address. */
  newChatLimit: RateLimit;
  /** How often an open WebSocket stream reads the store for activities another instance stored. */
  streamPollMs: number;
  /** How long a WebSocket stream stays open before the client must reconnect with a fresh stream token. */
  streamMaxMs: number;
}

export interface StaffConfig {
  /** A TOTP code is needed to log in (false only in local mode). */
  require2fa: boolean;
  /** Cookies carry Secure (production: the console is served over HTTPS). */
  secureCookies: boolean;
  /** Where staff open the console: the base of enrolment links the CLI prints. */
  baseUrl: string;
  /** TRUSTED_PROXIES (RateLimits): the login limit is per client address, not per proxy. */
  trustedProxies?: TrustedProxies;
}

/** The token buckets per client and per conversation, and how a client is told apart. */
export interface RateLimits {
  client: RateLimit;
  conversation: RateLimit;
  /** TRUSTED_PROXIES: requests from these are keyed by the client address in X-Forwarded-For (src/http/client.address.ts). */
  trustedProxies?: TrustedProxies;
  /** Summaries one web chat client may share: this many at once, then this many an hour (RATE_LIMIT_SHARES_PER_HOUR). */
  shares?: RateLimit;
}

export interface RateLimit {
  /** Tokens refilled per second (requests per second, sustained). */
  perSecond: number;
  /** Bucket size: requests allowed at once before the sustained rate applies. */
  burst: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates configuration. Throws ConfigError listing every problem. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'config'} ${i.message}`).join('\n');
    throw new ConfigError(`Configuration is not valid:\n${problems}\nSee .env.example for every setting.`);
  }
  const env = parsed.data;
  const localMode = !env.MicrosoftAppId;
  const proxies = splitKeys(env.TRUSTED_PROXIES);
  const trustedProxies = proxies.length > 0 ? new TrustedProxies(proxies) : undefined;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    localMode,
    logLevel: env.LOG_LEVEL,
    auth: {
      MicrosoftAppId: env.MicrosoftAppId,
      MicrosoftAppPassword: env.MicrosoftAppPassword,
      MicrosoftAppType: env.MicrosoftAppType,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId,
    },
    storage: {
      kind: env.STORAGE,
      sqlitePath:
        env.SQLITE_PATH === ':memory:' ? ':memory:' : path.resolve(PROJECT_ROOT, env.SQLITE_PATH),
      databaseUrl: env.DATABASE_URL,
      encryptionKey: env.DATA_ENCRYPTION_KEY,
      previousEncryptionKeys: splitKeys(env.DATA_ENCRYPTION_PREVIOUS_KEYS),
    },
    defaultLocale: env.DEFAULT_LOCALE,
    maxMessageChars: env.MAX_MESSAGE_CHARS,
    retentionDays: env.RETENTION_DAYS,
    handoffRetentionDays: env.HANDOFF_RETENTION_DAYS,
    servicesFile: env.SERVICES_FILE ? path.resolve(PROJECT_ROOT, env.SERVICES_FILE) : undefined,
    rateLimits: {
      client: { perSecond: env.RATE_LIMIT_CLIENT_PER_SECOND, burst: env.RATE_LIMIT_CLIENT_BURST },
      conversation: { perSecond: env.RATE_LIMIT_CONVERSATION_PER_SECOND, burst: env.RATE_LIMIT_CONVERSATION_BURST },
      ...(trustedProxies ? { trustedProxies } : {}),
      shares: { perSecond: env.RATE_LIMIT_SHARES_PER_HOUR / 3600, burst: env.RATE_LIMIT_SHARES_PER_HOUR },
    },
    handoffHub: env.HANDOFF_HUB_CHANNEL_ID ? { channelId: env.HANDOFF_HUB_CHANNEL_ID, appId: env.HANDOFF_HUB_APP_ID } : undefined,
    publicBaseUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    twilio: env.TWILIO_AUTH_TOKEN
      ? {
          authToken: env.TWILIO_AUTH_TOKEN,
          ...(env.TWILIO_ACCOUNT_SID && env.TWILIO_FROM ? { sender: { accountSid: env.TWILIO_ACCOUNT_SID, from: env.TWILIO_FROM } } : {}),
        }
      : undefined,
    webchat: {
      publicOrigin: env.PUBLIC_URL ? asOrigin(env.PUBLIC_URL.replace(/\/$/, '')) : undefined,
      allowedOrigins: splitKeys(env.WEBCHAT_ALLOWED_ORIGINS),
      tokenSecret: env.WEBCHAT_TOKEN_SECRET,
      quickExitUrl: new URL(env.QUICK_EXIT_URL).href,
      newChatLimit: { perSecond: env.RATE_LIMIT_NEW_CHAT_PER_MINUTE / 60, burst: env.RATE_LIMIT_NEW_CHAT_BURST },
      streamPollMs: env.WEBCHAT_STREAM_POLL_MS,
      streamMaxMs: env.WEBCHAT_STREAM_MAX_SECONDS * 1000,
    },
    staff: {
      require2fa: env.STAFF_REQUIRE_2FA === 'true',
      secureCookies: env.NODE_ENV === 'production',
      baseUrl: (env.STAFF_BASE_URL ?? `http://127.0.0.1:${env.PORT || 3978}`).replace(/\/+$/, ''),
      ...(trustedProxies ? { trustedProxies } : {}),
    },
  };
}
