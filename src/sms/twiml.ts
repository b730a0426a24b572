/** Replies in the webhook's response, as TwiML (the official twilio package writes and escapes it). */
import { toGsm7 } from '../channels/gsm7';
import { twilioLib } from './twilio.lib';

export const TWIML_CONTENT_TYPE = 'text/xml; charset=utf-8';

/**
 * One <Message> per text, in order; none at all is an empty <Response/> (nothing is sent). Every
 * text is GSM-7 safe whatever built it (the failsafe too), so none is billed at the UCS-2 rate.
 */
export function twimlReply(texts: readonly string[]): string {
  const response = new (twilioLib().twiml.MessagingResponse)();
  for (const text of texts) response.message(toGsm7(text));
  return response.toString();
}
