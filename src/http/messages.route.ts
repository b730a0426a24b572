/**
 * POST /api/messages: the checks, cheapest first, then the Bot Framework adapter. Everything up to
 * authentication runs on unauthenticated input. Every refusal is a plain message (see respond.ts).
 */
import type { Request, Response } from 'restify';
import type { BotEndpoint } from '../adapter';
import type { RateLimits } from '../config';
import type { Logger } from '../logger';
import { checkActivity } from './activity.schema';
import { clientKeyOf } from './client.address';
import { RequestAbortedError, readJsonBody, refuseRestOfBody } from './json.body';
import { replyTargetProblem } from './reply.target';
import { sendError } from './respond';
import { TokenBuckets, type Take } from './token.buckets';

export interface MessagesRouteDeps {
  maxBodyBytes: number;
  /** No app credentials: nothing is authenticated, so replies may only go to loopback. */
  localMode: boolean;
  logger: Logger;
  endpoint: BotEndpoint;
  rateLimits: RateLimits;
}

const TOO_MANY = 'Too many requests: please wait a moment and try again.';
const NOT_AUTHENTICATED = 'The request could not be authenticated.';

export function createMessagesRoute(deps: MessagesRouteDeps) {
  const perClient = new TokenBuckets(deps.rateLimits.client);
  const perConversation = new TokenBuckets(deps.rateLimits.conversation, 100_000);

  /** 429 with Retry-After; logged once per burst of refusals, with the scope only (no address or id). */
  function tooMany(res: Response, scope: 'client' | 'conversation', refused: Extract<Take, { ok: false }>): void {
    if (refused.firstRefusal) deps.logger.warn({ event: 'http.rateLimited', scope }, 'rate limit reached');
    sendError(res, 429, TOO_MANY, { 'Retry-After': String(refused.retryAfterSeconds) });
  }

  return async function postMessages(req: Request, res: Response): Promise<void> {
    try {
      // Cheapest first: one client can't flood the server, whatever it sends.
      const client = perClient.take(clientKeyOf(req, deps.rateLimits.trustedProxies));
      if (!client.ok) {
        res.header('Connection', 'close');
        refuseRestOfBody(req);
        tooMany(res, 'client', client);
        return;
      }
      const body = await readJsonBody(req, deps.maxBodyBytes);
      if (!body.ok) {
        if (body.status !== 400) {
          res.header('Connection', 'close');
          refuseRestOfBody(req);
        }
        sendError(res, body.status, body.error);
        return;
      }
      const checked = checkActivity(body.value);
      if (!checked.ok) {
        sendError(res, 400, checked.error);
        return;
      }
      const activity = checked.activity;
      const replyProblem = replyTargetProblem(activity, deps.localMode);
      if (replyProblem) {
        sendError(res, 400, replyProblem);
        return;
      }
      const authentication = await deps.endpoint.authenticate(req.headers.authorization, activity);
      if (!authentication.ok) {
        deps.logger.warn({ event: 'http.unauthenticated', errName: authentication.errName }, 'request not authenticated');
        sendError(res, 401, NOT_AUTHENTICATED, { 'WWW-Authenticate': 'Bearer' });
        return;
      }
      // After authentication, so forged requests can't use up a real conversation's allowance.
      const conversation = perConversation.take(`${activity.channelId}\n${activity.conversation.id}`);
      if (!conversation.ok) {
        tooMany(res, 'conversation', conversation);
        return;
      }
      const result = await deps.endpoint.run(authentication.request);
      if (result.body === undefined) res.send(result.status);
      else res.send(result.status, result.body);
    } catch (err) {
      if (err instanceof RequestAbortedError) {
        deps.logger.debug({ event: 'http.aborted' }, 'client went away mid-request');
        return;
      }
      deps.logger.error({ event: 'http.processFailed', errName: err instanceof Error ? err.name : typeof err }, 'request failed');
      sendError(res, 500, 'The bot could not process this activity.');
    }
  };
}
