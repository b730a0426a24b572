/**
 * The Direct Line conversation logic, apart from HTTP: create a conversation for a new chat, start
 * it (the welcome, once), take a posted activity (stored as the echo, then run through the bot),
 * read the log after a watermark, and delete everything on quick exit.
 */
import type { Logger } from '../logger';
import type { ActivityFeed } from './activity.feed';
import { newConversationId, newUserId } from './directline.ids';
import type { ActivityPage, DirectLineActivity, DirectLineStore, NewDirectLineActivity } from './directline.store';
import { CONVERSATION_MAX_SECONDS, CONVERSATION_TOKEN_SECONDS, DirectLineTokens, type TokenClaims } from './directline.tokens';
import { storedUserActivity, type IncomingCheck } from './incoming.activity';

/** The bot side, as the adapter offers it (src/adapter/directline.bridge.ts). */
export interface BotSide {
  botId: string;
  runTurn(activity: NewDirectLineActivity & { id?: string }): Promise<void>;
  /** "Delete my data" for a web chat conversation: state, transcript, unclaimed handoffs. */
  forgetConversation(conversationId: string): Promise<void>;
}

export interface DirectLineServiceDeps {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  feed: ActivityFeed;
  logger: Logger;
  serviceUrl: string;
  defaultLocale: string;
  now?: () => Date;
}

export interface IssuedToken {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

/** The most activities one GET or one stream frame carries; the rest come with the next. */
export const PAGE_SIZE = 100;

export class DirectLineService {
  private bot?: BotSide;

  constructor(private readonly deps: DirectLineServiceDeps) {}

  /** Wired after construction: the bot's adapter delivers its replies through `deliverBotActivity`. */
  connectBot(bot: BotSide): void {
    this.bot = bot;
  }

  private get botSide(): BotSide {
    if (!this.bot) throw new Error('Direct Line service has no bot connected');
    return this.bot;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async newConversation(): Promise<IssuedToken> {
    const conversationId = newConversationId();
    const userId = newUserId();
    await this.deps.store.createConversation({ id: conversationId, userId, createdAt: this.now().toISOString() });
    this.deps.logger.info({ event: 'directline.created' }, 'web chat conversation created');
    return this.issue({ conversationId, userId });
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const now = Math.floor(this.now().getTime() / 1000);
    // The last token of a conversation lives only to CONVERSATION_MAX_SECONDS from its first (directline.tokens.ts).
    const left = (claims.since ?? now) + CONVERSATION_MAX_SECONDS - now;
    return { ...claims, token: await this.deps.tokens.sign(claims, 'conversation'), expires_in: Math.max(0, Math.min(CONVERSATION_TOKEN_SECONDS, left)) };
  }

  streamToken(claims: TokenClaims): Promise<string> {
    return this.deps.tokens.sign(claims, 'stream');
  }

  exists(conversationId: string): Promise<boolean> {
    return this.deps.store.getConversation(conversationId).then((c) => c !== undefined);
  }

  /** The first start of a conversation tells the bot the person joined, so the welcome arrives unasked. */
  async start(claims: TokenClaims): Promise<void> {
    if (!(await this.deps.store.markStarted(claims.conversationId))) return;
    const bot = this.botSide;
    await bot.runTurn({
      type: 'conversationUpdate',
      channelId: 'webchat',
      conversation: { id: claims.conversationId },
      from: { id: claims.userId, role: 'user' },
      recipient: { id: bot.botId, role: 'bot' },
      membersAdded: [{ id: claims.userId }],
      locale: this.deps.defaultLocale,
      timestamp: this.now().toISOString(),
      serviceUrl: this.deps.serviceUrl,
    });
  }

  /** Stores the person's activity (their echo), then runs the turn. Undefined: the conversation is gone. */
  async post(claims: TokenClaims, incoming: Extract<IncomingCheck, { ok: true }>['activity']): Promise<string | undefined> {
    const bot = this.botSide;
    const activity = storedUserActivity(incoming, {
      conversationId: claims.conversationId,
      userId: claims.userId,
      botId: bot.botId,
      serviceUrl: this.deps.serviceUrl,
      now: this.now(),
    });
    const stored = await this.deps.store.append(claims.conversationId, activity);
    if (!stored) return undefined;
    this.deps.feed.notify(claims.conversationId);
    await bot.runTurn(stored);
    return stored.id;
  }

  /** Where the bot's replies and bot-initiated messages go. */
  async deliverBotActivity(conversationId: string, activity: NewDirectLineActivity): Promise<string | undefined> {
    const stored = await this.deps.store.append(conversationId, activity);
    if (stored) this.deps.feed.notify(conversationId);
    return stored?.id;
  }

  page(conversationId: string, after: number): Promise<ActivityPage | undefined> {
    return this.deps.store.activitiesAfter(conversationId, after, PAGE_SIZE);
  }

  /** "delete my data" typed in the chat: the server's copy of what was said goes (the chat goes on). */
  async clearLog(conversationId: string): Promise<void> {
    await this.deps.store.clearLog(conversationId);
  }

  /**
   * Quick exit: the log goes first (so nothing more can be posted: 404), then the bot forgets the
   * person through its "delete my data" path, after any turn still running for them.
   */
  async remove(conversationId: string): Promise<void> {
    await this.deps.store.deleteConversation(conversationId);
    this.deps.feed.gone(conversationId);
    await this.botSide.forgetConversation(conversationId);
    this.deps.logger.info({ event: 'directline.deleted' }, 'web chat conversation deleted');
  }
}

/** A watermark from a query string: a non-negative integer, anything else counts as "from the start". */
export function parseWatermark(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,12}$/.test(value)) return 0;
  return Number(value);
}

export type { DirectLineActivity };
