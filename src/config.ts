/**
 * Configuration: one zod schema over the environment (and `.env` in the project root).
 * Fails fast with a clear message; nothing else in the program reads process.env.
 */
import path from 'node:path';
import { z } from 'zod';
import { isLoopbackHost } from './loopback';

export const PROJECT_ROOT = path.resolve(__dirname, '..');

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Requests per second refilled into a token bucket (fractions allowed) and the bucket's size. */
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
    STORAGE: z.enum(['sqlite', 'memory']).default('sqlite'),
    SQLITE_PATH: z.string().trim().min(1).default('data/triage.sqlite'),
    DEFAULT_LOCALE: z.enum(['en-GB']).default('en-GB'),
    MAX_MESSAGE_CHARS: z.coerce.number().int().min(200).max(20000).default(4000),
    RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    SERVICES_FILE: optionalString,
    RATE_LIMIT_CLIENT_PER_SECOND: rate(10),
    RATE_LIMIT_CLIENT_BURST: burst(60),
    RATE_LIMIT_CONVERSATION_PER_SECOND: rate(2),
    RATE_LIMIT_CONVERSATION_BURST: burst(40),
    HANDOFF_HUB_CHANNEL_ID: optionalString,
    HANDOFF_HUB_APP_ID: optionalString,
    STAFF_REQUIRE_2FA: z.enum(['true', 'false']).default('true'),
    STAFF_BASE_URL: optionalString.pipe(z.string().url().optional()),
    HANDOFF_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
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

export type Env = z.infer<typeof schema>;

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
  storage: { kind: Env['STORAGE']; sqlitePath: string };
  defaultLocale: Env['DEFAULT_LOCALE'];
  maxMessageChars: number;
  retentionDays: number;
  /** A services/opening-hours JSON file replacing the bundled one (src/services/services.default.json). */
  servicesFile?: string;
  /** Token buckets for POST /api/messages: per client address and per conversation. */
  rateLimits: { client: RateLimit; conversation: RateLimit };
  /**
   * Where `handoff.status` events may come from (absent: nowhere, they are ignored). Local mode: the
   * channel id only. Authenticated mode: the channel id AND a caller authenticated as `appId`.
   */
  handoffHub?: { channelId: string; appId?: string };
  /** The staff console (src/staff). */
  staff: StaffConfig;
}

export interface StaffConfig {
  /** A TOTP code is needed to log in (false only in local mode). */
  require2fa: boolean;
  /** Cookies carry Secure (production: the console is served over HTTPS). */
  secureCookies: boolean;
  /** Where staff open the console: the base of enrolment links the CLI prints. */
  baseUrl: string;
  /** Closed handoffs are deleted this many days after closing. */
  handoffRetentionDays: number;
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
    },
    defaultLocale: env.DEFAULT_LOCALE,
    maxMessageChars: env.MAX_MESSAGE_CHARS,
    retentionDays: env.RETENTION_DAYS,
    servicesFile: env.SERVICES_FILE ? path.resolve(PROJECT_ROOT, env.SERVICES_FILE) : undefined,
    rateLimits: {
      client: { perSecond: env.RATE_LIMIT_CLIENT_PER_SECOND, burst: env.RATE_LIMIT_CLIENT_BURST },
      conversation: { perSecond: env.RATE_LIMIT_CONVERSATION_PER_SECOND, burst: env.RATE_LIMIT_CONVERSATION_BURST },
    },
    handoffHub: env.HANDOFF_HUB_CHANNEL_ID ? { channelId: env.HANDOFF_HUB_CHANNEL_ID, appId: env.HANDOFF_HUB_APP_ID } : undefined,
    staff: {
      require2fa: env.STAFF_REQUIRE_2FA === 'true',
      secureCookies: env.NODE_ENV === 'production',
      baseUrl: (env.STAFF_BASE_URL ?? `http://127.0.0.1:${env.PORT || 3978}`).replace(/\/+$/, ''),
      handoffRetentionDays: env.HANDOFF_RETENTION_DAYS,
    },
  };
}
