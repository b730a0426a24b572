/**
 * Bot-initiated texts through the Twilio REST API (the official twilio client): used when a reply
 * can't go back in the webhook's response. `apiBaseUrl` points the client at a stand-in (tests).
 */
import type RequestClient from 'twilio/lib/base/RequestClient';
import { toGsm7 } from '../channels/gsm7';
import { twilioLib } from './twilio.lib';

export interface SmsSender {
  /** Sends the texts in order (made GSM-7 safe), each waiting for the one before to be accepted. */
  send(to: string, texts: readonly string[]): Promise<void>;
}

export interface TwilioSenderOptions {
  accountSid: string;
  authToken: string;
  /** A phone number (E.164) or a messaging service SID (MG...). */
  from: string;
  /** Tests only: where the Twilio API is, instead of https://api.twilio.com. */
  apiBaseUrl?: string;
}

/** The client's own HTTP client, with the API host replaced (the signing and parsing stay the client's). */
function redirectedRequestClient(base: string): RequestClient {
  class RedirectedRequestClient extends twilioLib().RequestClient {
    override request<TData>(opts: RequestClient.RequestOptions<TData>) {
      const target = new URL(opts.uri);
      const to = new URL(base);
      target.protocol = to.protocol;
      target.host = to.host;
      return super.request<TData>({ ...opts, uri: target.toString() });
    }
  }
  return new RedirectedRequestClient({ timeout: 10_000 });
}

export function createTwilioSender(options: TwilioSenderOptions): SmsSender {
  const client = twilioLib()(options.accountSid, options.authToken, {
    ...(options.apiBaseUrl ? { httpClient: redirectedRequestClient(options.apiBaseUrl) } : {}),
  });
  const sender = options.from.startsWith('MG') ? { messagingServiceSid: options.from } : { from: options.from };
  return {
    async send(to, texts) {
      // GSM-7 safe whatever built the text, so none is billed at the UCS-2 rate.
      for (const text of texts) await client.messages.create({ to, body: toGsm7(text), ...sender });
    },
  };
}
