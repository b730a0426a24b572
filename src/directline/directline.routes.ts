/**
 * Direct Line 3.0 over HTTP at /v3/directline (what stock Web Chat and DirectLineJS call), plus
 * DELETE /conversations/{id} for the quick exit. Every call: client rate limit, then
 * `Authorization: Bearer <token>` (401 without one, 403 for a bad, expired or other conversation's
 * token), then 404 for an unknown conversation. Refusals are plain fixed messages.
 */
import type { IncomingMessage } from 'node:http';
import { turnClient } from '../http/client.address';
import type { Request, Response, Server } from 'restify';
import { RequestAbortedError, readJsonBody } from '../http/json.body';
import { sendError } from '../http/respond';
import type { TokenBuckets } from '../http/token.buckets';
import type { Logger } from '../logger';
import { isConversationId } from './directline.ids';
import { parseWatermark, type DirectLineService } from './directline.service';
import { bearerToken, type DirectLineTokens, type TokenClaims } from './directline.tokens';
import { checkIncoming } from './incoming.activity';
import type { OriginPolicy } from './origin.policy';

export const DIRECTLINE_BASE = '/v3/directline';
const MAX_ACTIVITY_BYTES = 64 * 1024;

export const TOO_MANY = 'Too many requests: please wait a moment and try again.';
const NO_TOKEN = 'A token is needed (Authorization: Bearer).';
const BAD_TOKEN = 'The token is not valid or has expired.';
const FOREIGN_TOKEN = 'The token is not for this conversation.';
const NO_CONVERSATION = 'There is no such conversation.';
const FAILED = 'The chat could not take this message. If you are in danger, call 999.';

export interface DirectLineRoutesDeps {
  service: DirectLineService;
  tokens: DirectLineTokens;
  origins: OriginPolicy;
  logger: Logger;
  perClient: TokenBuckets;
  perConversation: TokenBuckets;
  /** The rate-limit key of a request's client (src/http/client.address.ts: behind a trusted proxy, the forwarded address). */
  clientOf(req: IncomingMessage): string;
}

type Handler = (req: Request, res: Response) => Promise<void>;

export function registerDirectLineRoutes(server: Server, deps: DirectLineRoutesDeps): void {
  function tooMany(res: Response, scope: string, retryAfterSeconds: number, first: boolean): void {
    if (first) deps.logger.warn({ event: 'directline.rateLimited', scope }, 'rate limit reached');
    sendError(res, 429, TOO_MANY, { 'Retry-After': String(retryAfterSeconds) });
  }

  /** CORS for allowed sites, no caching, and the client rate limit; false when refused. */
  function admit(req: Request, res: Response): boolean {
    for (const [name, value] of Object.entries(deps.origins.corsHeaders(req))) res.header(name, value);
    res.header('Cache-Control', 'no-store');
    const taken = deps.perClient.take(deps.clientOf(req));
    if (!taken.ok) tooMany(res, 'client', taken.retryAfterSeconds, taken.firstRefusal);
    return taken.ok;
  }

  async function authorise(req: Request, res: Response, conversationId?: string): Promise<TokenClaims | undefined> {
    if (!req.headers.authorization) {
      sendError(res, 401, NO_TOKEN, { 'WWW-Authenticate': 'Bearer' });
      return undefined;
    }
    const check = await deps.tokens.verify(bearerToken(req.headers.authorization), 'conversation');
    if (!check.ok) {
      sendError(res, 403, BAD_TOKEN);
      return undefined;
    }
    if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
      sendError(res, 403, FOREIGN_TOKEN);
      return undefined;
    }
    if (!isConversationId(check.claims.conversationId) || !(await deps.service.exists(check.claims.conversationId))) {
      sendError(res, 404, NO_CONVERSATION);
      return undefined;
    }
    return check.claims;
  }

  async function withStream(req: Request, claims: TokenClaims, watermark: number) {
    const issued = await deps.service.issue(claims);
    const origin = deps.origins.streamOrigin(req);
    const streamToken = await deps.service.streamToken(claims);
    const streamUrl = origin
      ? `${origin}${DIRECTLINE_BASE}/conversations/${encodeURIComponent(claims.conversationId)}/stream?watermark=${watermark}&t=${encodeURIComponent(streamToken)}`
      : undefined;
    return { conversationId: claims.conversationId, token: issued.token, expires_in: issued.expires_in, ...(streamUrl ? { streamUrl } : {}) };
  }

  const query = (req: Request) => new URL(req.url ?? '/', 'http://query.invalid').searchParams;
  const idParam = (req: Request) => String((req.params as Record<string, unknown>).id ?? '');

  /** Catches everything: a plain 500, never internal text. */
  const guard = (name: string, handler: Handler) => async (req: Request, res: Response) => {
    try {
      if (!admit(req, res)) return;
      await handler(req, res);
    } catch (err) {
      if (err instanceof RequestAbortedError) return;
      deps.logger.error({ event: 'directline.failed', route: name, errName: err instanceof Error ? err.name : typeof err }, 'Direct Line request failed');
      sendError(res, 500, FAILED);
    }
  };

  server.opts(`${DIRECTLINE_BASE}/*`, async (req: Request, res: Response) => {
    for (const [name, value] of Object.entries(deps.origins.corsHeaders(req))) res.header(name, value);
    res.send(204);
  });

  server.post(`${DIRECTLINE_BASE}/tokens/refresh`, guard('refresh', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    res.send(200, await deps.service.issue(claims).then(({ conversationId, token, expires_in }) => ({ conversationId, token, expires_in })));
  }));

  // Starts the conversation the token is bound to (ours never creates one without a token).
  server.post(`${DIRECTLINE_BASE}/conversations`, guard('start', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    await deps.service.start(claims);
    res.send(201, await withStream(req, claims, 0));
  }));

  // Reconnect: a fresh token and streamUrl that resumes after the watermark.
  server.get(`${DIRECTLINE_BASE}/conversations/:id`, guard('reconnect', async (req, res) => {
    const claims = await authorise(req, res, idParam(req));
    if (!claims) return;
    await deps.service.start(claims);
    res.send(200, await withStream(req, claims, parseWatermark(query(req).get('watermark'))));
  }));

  server.post(`${DIRECTLINE_BASE}/conversations/:id/activities`, guard('post', async (req, res) => {
    const claims = await authorise(req, res, idParam(req));
    if (!claims) return;
    const body = await readJsonBody(req, MAX_ACTIVITY_BYTES);
    if (!body.ok) {
      sendError(res, body.status, body.status === 415 ? 'Send the activity as JSON (Content-Type: application/json).' : body.error);
      return;
    }
    const checked = checkIncoming(body.value);
    if (!checked.ok) {
      sendError(res, 400, checked.error);
      return;
    }
    const taken = deps.perConversation.take(claims.conversationId);
    if (!taken.ok) {
      tooMany(res, 'conversation', taken.retryAfterSeconds, taken.firstRefusal);
      return;
    }
    const id = await turnClient.run(deps.clientOf(req), () => deps.service.post(claims, checked.activity));
    if (id === undefined) sendError(res, 404, NO_CONVERSATION);
    else res.send(200, { id });
  }));

  server.get(`${DIRECTLINE_BASE}/conversations/:id/activities`, guard('get', async (req, res) => {
    const claims = await authorise(req, res, idParam(req));
    if (!claims) return;
    const page = await deps.service.page(claims.conversationId, parseWatermark(query(req).get('watermark')));
    if (!page) sendError(res, 404, NO_CONVERSATION);
    else res.send(200, { activities: page.activities, watermark: String(page.watermark) });
  }));

  // Ours (quick exit): the bot forgets the person, and the conversation's log is deleted.
  server.del(`${DIRECTLINE_BASE}/conversations/:id`, guard('delete', async (req, res) => {
    const claims = await authorise(req, res, idParam(req));
    if (!claims) return;
    await deps.service.remove(claims.conversationId);
    res.send(204);
  }));
}
