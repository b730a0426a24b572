/**
 * POST /api/sms/twilio: SMS without Azure. Checks, cheapest first: client rate limit -> form body
 * (type, encoding, size) -> X-Twilio-Signature (the official twilio package, against
 * TWILIO_AUTH_TOKEN and the URL Twilio called: PUBLIC_URL behind a proxy) -> sender ->
 * conversation rate limit. A wrong or missing signature is 403 and nothing runs. Then the same turn handler as every channel
 * (channelId "sms"), and the replies go back as TwiML in the response. A turn slower than
 * `replyWithinMs` is answered with an empty TwiML and its replies are sent through the Twilio API.
 * The sender's number is never logged or stored: the conversation is keyed on a keyed hash of it.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Request, Response } from 'restify';
import type { DirectTurnRunner } from '../adapter';
import type { RateLimits } from '../config';
import { clientKeyOf } from '../http/client.address';
import { RequestAbortedError, refuseRestOfBody } from '../http/json.body';
import { sendError } from '../http/respond';
import { TokenBuckets } from '../http/token.buckets';
import { translator, type Locale, type PhoneNumbers } from '../i18n';
import type { Logger } from '../logger';
import { readFormBody } from './form.body';
import { isPhoneNumber, smsConversationId } from './sms.conversation';
import { TWIML_CONTENT_TYPE, twimlReply } from './twiml';
import type { SmsSender } from './twilio.sender';
import { twilioLib } from './twilio.lib';

export const TWILIO_WEBHOOK_PATH = '/api/sms/twilio';

export interface TwilioRouteDeps {
  authToken: string;
  /** The public address Twilio calls (behind a proxy); else the request's own Host. */
  publicBaseUrl?: string;
  maxBodyBytes: number;
  /** The same limits as /api/messages: per client address, and per conversation once signed. */
  rateLimits: RateLimits;
  logger: Logger;
  runTurn: DirectTurnRunner;
  locale: Locale;
  /** The configured numbers, for the safety message. */
  phones: PhoneNumbers;
  /** Sends a slow turn's replies; without it the webhook waits for the turn. */
  sender?: SmsSender;
  replyWithinMs: number;
}

const BAD_SIGNATURE = 'The request signature is not valid.';
const NO_SENDER = 'The webhook must say who the text is from (From, a phone number).';
const TOO_MANY = 'Too many requests: please wait a moment and try again.';

/** The URL Twilio signed: the configured public address, or this request's own scheme and host. */
export function signedUrl(req: IncomingMessage, publicBaseUrl: string | undefined): string {
  const path = req.url ?? TWILIO_WEBHOOK_PATH;
  if (publicBaseUrl) return `${publicBaseUrl}${path}`;
  const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  return `${scheme}://${req.headers.host ?? 'localhost'}${path}`;
}

function sendTwiml(res: Response, texts: readonly string[]): void {
  res.sendRaw(200, twimlReply(texts), { 'Content-Type': TWIML_CONTENT_TYPE });
}

export function createTwilioRoute(deps: TwilioRouteDeps) {
  const perClient = new TokenBuckets(deps.rateLimits.client);
  const perConversation = new TokenBuckets(deps.rateLimits.conversation, 100_000);
  const failsafe = () => translator({ locale: deps.locale, phones: deps.phones }).t('common.failsafe');

  return async function postTwilioSms(req: Request, res: Response): Promise<void> {
    try {
      const client = perClient.take(clientKeyOf(req, deps.rateLimits.trustedProxies));
      if (!client.ok) {
        res.header('Connection', 'close');
        refuseRestOfBody(req);
        if (client.firstRefusal) deps.logger.warn({ event: 'sms.rateLimited' }, 'rate limit reached');
        sendError(res, 429, TOO_MANY, { 'Retry-After': String(client.retryAfterSeconds) });
        return;
      }
      const form = await readFormBody(req, deps.maxBodyBytes);
      if (!form.ok) {
        res.header('Connection', 'close');
        refuseRestOfBody(req);
        sendError(res, form.status, form.error);
        return;
      }
      const signature = req.headers['x-twilio-signature'];
      if (typeof signature !== 'string' || !twilioLib().validateRequest(deps.authToken, signature, signedUrl(req, deps.publicBaseUrl), form.params)) {
        deps.logger.warn({ event: 'sms.badSignature', signed: typeof signature === 'string' }, 'Twilio webhook signature refused');
        sendError(res, 403, BAD_SIGNATURE);
        return;
      }
      const from = form.params.From;
      if (!isPhoneNumber(from)) {
        sendError(res, 400, NO_SENDER);
        return;
      }
      const body = typeof form.params.Body === 'string' ? form.params.Body : '';
      const sid = typeof form.params.MessageSid === 'string' ? form.params.MessageSid.slice(0, 64) : undefined;
      const conversationId = smsConversationId(from, deps.authToken);
      const conversation = perConversation.take(conversationId);
      if (!conversation.ok) {
        if (conversation.firstRefusal) deps.logger.warn({ event: 'sms.rateLimited', scope: 'conversation' }, 'rate limit reached');
        sendError(res, 429, TOO_MANY, { 'Retry-After': String(conversation.retryAfterSeconds) });
        return;
      }
      const turn = deps.runTurn({ channelId: 'sms', conversationId, fromId: conversationId, text: body, id: sid, locale: deps.locale });

      if (!deps.sender) {
        sendTwiml(res, (await turn).map((m) => m.text));
        return;
      }
      const sender = deps.sender;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, deps.replyWithinMs, undefined)));
      const inTime = await Promise.race([turn, late]);
      clearTimeout(timer);
      if (inTime) {
        sendTwiml(res, inTime.map((m) => m.text));
        return;
      }
      // Twilio gives a webhook about 15 seconds: answer now, and text the replies when they are ready.
      sendTwiml(res, []);
      turn
        .then((messages) => sender.send(from, messages.map((m) => m.text)))
        .then(() => deps.logger.info({ event: 'sms.sentLate' }, 'slow turn replies sent through the Twilio API'))
        .catch((err: unknown) => deps.logger.error({ event: 'sms.sendFailed', errName: err instanceof Error ? err.name : typeof err }, 'could not send SMS replies'));
    } catch (err) {
      if (err instanceof RequestAbortedError) return;
      deps.logger.error({ event: 'sms.failed', errName: err instanceof Error ? err.name : typeof err }, 'SMS webhook failed');
      if (!res.headersSent) sendTwiml(res, [failsafe()]);
    }
  };
}
