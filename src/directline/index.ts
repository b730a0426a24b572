/**
 * The web chat, wired: the Direct Line store, tokens, the bot bridge, the HTTP routes, the
 * WebSocket stream, and the page and widget routes (src/web).
 */
import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import { createDirectLineBridge, DIRECTLINE_BOT, type DirectLineBridge, type TurnHandler } from '../adapter';
import type { Config } from '../config';
import { clientKeyOf } from '../http/client.address';
import { TokenBuckets } from '../http/token.buckets';
import type { Locale, PhoneNumbers } from '../i18n';
import type { Logger } from '../logger';
import { registerWebRoutes } from '../web/web.routes';
import { loadWebAssets } from '../web/web.assets';
import { ActivityFeed } from './activity.feed';
import { registerDirectLineRoutes } from './directline.routes';
import { DirectLineService } from './directline.service';
import type { DirectLineStore } from './directline.store';
import { attachDirectLineStream } from './directline.stream';
import { DirectLineTokens } from './directline.tokens';
import { MemoryDirectLineStore } from './memory.directline.store';
import { OriginPolicy } from './origin.policy';

export type { DirectLineStore } from './directline.store';
export { MemoryDirectLineStore } from './memory.directline.store';
export { SqlDirectLineStore } from './sql.directline.store';

export interface WebChatDeps {
  server: Server;
  config: Config;
  logger: Logger;
  handleTurn: TurnHandler;
  /** The configured numbers, for the page's own words (src/i18n/phones.ts). */
  phones: PhoneNumbers;
  store?: DirectLineStore;
  now?: () => Date;
}

export interface WebChat {
  store: DirectLineStore;
  service: DirectLineService;
  /** Bot-initiated messages into a web chat conversation (false when it is gone). */
  notify: DirectLineBridge['sendToConversation'];
  /** Empties a conversation's log (the bot deleted the person's data; the chat goes on). */
  clearLog(conversationId: string): Promise<void>;
  /** Ends open streams (the store is closed by the caller, after the server). */
  closeStreams(): void;
}

export function mountWebChat(deps: WebChatDeps): WebChat {
  const { config, logger } = deps;
  const settings = config.webchat;
  if (!settings.tokenSecret) {
    logger.warn({ event: 'webchat.ephemeralSecret' }, 'WEBCHAT_TOKEN_SECRET is not set: web chat tokens are signed with a random key and end when this process stops');
  }
  const tokens = new DirectLineTokens(settings.tokenSecret ?? randomBytes(32).toString('base64url'), deps.now);
  const store = deps.store ?? new MemoryDirectLineStore();
  const feed = new ActivityFeed();
  const serviceUrl = `${settings.publicOrigin ?? 'http://localhost'}/v3/directline`;
  const service = new DirectLineService({ store, tokens, feed, logger, serviceUrl, defaultLocale: config.defaultLocale, now: deps.now });
  const bridge = createDirectLineBridge({
    logic: deps.handleTurn,
    deliver: (conversationId, activity) => service.deliverBotActivity(conversationId, activity),
    logger,
    serviceUrl,
    now: deps.now,
  });
  service.connectBot({
    botId: DIRECTLINE_BOT.id,
    runTurn: (activity) => bridge.runTurn(activity),
    forgetConversation: (conversationId) => deps.handleTurn.forgetConversation('webchat', conversationId),
  });

  const origins = new OriginPolicy({ publicOrigin: settings.publicOrigin, allowed: settings.allowedOrigins, localMode: config.localMode });
  const perClient = new TokenBuckets(config.rateLimits.client);
  const perConversation = new TokenBuckets(config.rateLimits.conversation, 100_000);
  const newChats = new TokenBuckets(settings.newChatLimit);
  const clientOf = (req: IncomingMessage): string => clientKeyOf(req, config.rateLimits.trustedProxies);
  registerDirectLineRoutes(deps.server, { service, tokens, origins, logger, perClient, perConversation, clientOf });
  registerWebRoutes(deps.server, {
    assets: loadWebAssets(),
    service,
    origins,
    logger,
    locale: config.defaultLocale as Locale,
    phones: deps.phones,
    quickExitUrl: settings.quickExitUrl,
    hsts: settings.publicOrigin?.startsWith('https:') ?? false,
    perClient,
    newChats,
    clientOf,
  });
  const stream = attachDirectLineStream(deps.server.server, {
    service,
    tokens,
    feed,
    origins,
    logger,
    clientOf,
    admitClient: (req) => perClient.take(clientOf(req)).ok,
    pollMs: settings.streamPollMs,
    maxStreamMs: settings.streamMaxMs,
  });

  return {
    store,
    service,
    notify: (conversationId, activities) => bridge.sendToConversation(conversationId, activities),
    clearLog: (conversationId) => service.clearLog(conversationId),
    closeStreams: () => stream.close(),
  };
}
