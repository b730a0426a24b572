/** Replies in the webhook's response, as TwiML (the official twilio package writes and escapes it). */
import { twilioLib } from './twilio.lib';

export const TWIML_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** One <Message> per text, in order; none at all is an empty <Response/> (nothing is sent). */
export function twimlReply(texts: readonly string[]): string {
  const response = new (twilioLib().twiml.MessagingResponse)();
  for (const text of texts) response.message(text);
  return response.toString();
}
