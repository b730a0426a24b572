/**
 * Twilio, played locally: webhook requests signed the way Twilio signs them (the official
 * package's own signing function), and a stand-in for the Twilio REST API on a free port that
 * records the messages the bot sends.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

export const TEST_AUTH_TOKEN = '0123456789abcdef0123456789abcdef';
export const TEST_ACCOUNT_SID = `AC${'1'.repeat(32)}`;
export const TEST_FROM = '+447700900001';
export const PERSON = '+447700900123';

export function smsParams(body: string, from = PERSON, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ToCountry: 'GB',
    SmsMessageSid: `SM${Math.random().toString(16).slice(2).padEnd(32, '0')}`,
    NumMedia: '0',
    MessageSid: `SM${Math.random().toString(16).slice(2).padEnd(32, '0')}`,
    AccountSid: TEST_ACCOUNT_SID,
    From: from,
    To: TEST_FROM,
    Body: body,
    NumSegments: '1',
    ApiVersion: '2010-04-01',
    ...extra,
  };
}

export interface SignedPostOptions {
  /** The URL to sign (default: the URL posted to). */
  signUrl?: string;
  /** Replace the signature (a forged or missing one: null). */
  signature?: string | null;
  /** Send these params instead of the signed ones (a tampered body). */
  sendParams?: Record<string, string>;
  token?: string;
  contentType?: string;
}

export interface WebhookResponse {
  status: number;
  contentType: string;
  body: string;
}

export async function postSms(baseUrl: string, params: Record<string, string>, options: SignedPostOptions = {}): Promise<WebhookResponse> {
  const url = `${baseUrl}/api/sms/twilio`;
  const signature =
    options.signature === undefined ? twilio.getExpectedTwilioSignature(options.token ?? TEST_AUTH_TOKEN, options.signUrl ?? url, params) : options.signature;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'x-twilio-signature': signature }),
    },
    body: new URLSearchParams(options.sendParams ?? params).toString(),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** The <Message> texts of a TwiML answer, unescaped. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

export interface SentMessage {
  path: string;
  authorization: string;
  params: Record<string, string>;
}

/** A stand-in Twilio REST API: POST /2010-04-01/Accounts/{sid}/Messages.json answers 201. */
export async function startTwilioStandIn(): Promise<{ url: string; sent: SentMessage[]; waitFor(count: number): Promise<void>; close(): Promise<void> }> {
  const sent: SentMessage[] = [];
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      if (req.method !== 'POST' || !/^\/2010-04-01\/Accounts\/AC\w+\/Messages\.json$/.test(req.url ?? '')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 20404, message: 'Not found', status: 404 }));
        return;
      }
      sent.push({ path: req.url ?? '', authorization: req.headers.authorization ?? '', params });
      waiters.splice(0).forEach((wake) => wake());
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ sid: `SM${sent.length.toString().padStart(32, '0')}`, status: 'queued', to: params.To, from: params.From, body: params.Body }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    async waitFor(count) {
      while (sent.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
