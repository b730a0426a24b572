/**
 * The Bot Framework CloudAdapter, configured from our Config, behind a small endpoint interface:
 * authenticate first (any failure is "not authentic", with no library text), then run the turn.
 * Authentication is on whenever an app id is set; without one (local mode) requests are not
 * authenticated. Bot-to-bot calls are accepted only from the configured agent hub's app.
 */
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import {
  AuthenticationConfiguration,
  AuthenticationConstants,
  allowedCallersClaimsValidator,
  type AuthenticateRequestResult,
} from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { KeptClientsAuthentication } from './connector.clients';
import type { TurnHandler } from './triage.turn';

/** An authenticated request, ready to run. Opaque outside this folder. */
export interface AuthenticatedRequest {
  readonly activity: Activity;
  readonly auth: AuthenticateRequestResult;
}

export type Authentication = { ok: true; request: AuthenticatedRequest } | { ok: false; errName: string };

export interface BotEndpoint {
  authenticate(authorization: string | undefined, activity: Record<string, unknown>): Promise<Authentication>;
  /** Runs the turn; the HTTP answer (with expectReplies, the replies are in the body). */
  run(request: AuthenticatedRequest): Promise<{ status: number; body?: unknown }>;
}

export interface BotEndpointOptions {
  /** Tests only: where token signing keys are published, instead of Microsoft's login endpoints. */
  openIdMetadataUrl?: string;
}

class TriageCloudAdapter extends CloudAdapter {
  authenticateRequest(authorization: string, activity: Activity): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  runAuthenticated(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(auth, activity, logic);
  }
}

/** As botbuilder's own request handling does: ISO timestamps become Dates (raw strings kept). */
function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

function authenticationSettings(config: Config, options: BotEndpointOptions) {
  const credentials = {
    MicrosoftAppId: config.auth.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.auth.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.auth.MicrosoftAppType,
    MicrosoftAppTenantId: config.auth.MicrosoftAppTenantId ?? '',
  };
  if (!options.openIdMetadataUrl) return credentials;
  // The public cloud's settings with the key source replaced (what the factory uses by default).
  return {
    ...credentials,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: options.openIdMetadataUrl,
    CallerId: 'urn:botframework:azure',
  };
}

export function createBotEndpoint(
  config: Config,
  logger: Logger,
  logic: Pick<TurnHandler, 'failsafe'> & ((context: TurnContext) => Promise<void>),
  options: BotEndpointOptions = {},
): BotEndpoint {
  // Without validateClaims the SDK refuses every bot-to-bot (skill) caller; with it, only the hub.
  const hubAppId = config.handoffHub?.appId;
  const authConfiguration = new AuthenticationConfiguration([], hubAppId ? allowedCallersClaimsValidator([hubAppId]) : undefined);
  const auth = new KeptClientsAuthentication(authenticationSettings(config, options), undefined, authConfiguration);
  const adapter = new TriageCloudAdapter(auth);
  // Last line of defence: the turn handler already catches its own errors.
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error(
      { event: 'adapter.turnError', errName: error instanceof Error ? error.name : typeof error, channelId: context.activity?.channelId },
      'unhandled turn error',
    );
    try {
      await context.sendActivity(logic.failsafe(context.activity?.locale));
    } catch {
      logger.error({ event: 'adapter.failsafeFailed' }, 'could not send the safety message');
    }
  };

  return {
    async authenticate(authorization, body) {
      const activity = toActivity(body);
      try {
        return { ok: true, request: { activity, auth: await adapter.authenticateRequest(authorization ?? '', activity) } };
      } catch (err) {
        // Bad signature, unknown key, wrong audience, unreachable key metadata: all "not authentic".
        return { ok: false, errName: err instanceof Error ? err.name : typeof err };
      }
    },
    async run(request) {
      const response = await adapter.runAuthenticated(request.auth, request.activity, logic);
      return { status: response?.status ?? 200, body: response?.body };
    },
  };
}
