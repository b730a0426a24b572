/**
 * Who a text is from, without keeping the number: the conversation id is a keyed hash (HMAC-SHA256)
 * of the sender's number, so the same phone always reaches the same conversation while storage and
 * logs never hold the number itself. The key is the webhook's own secret (TWILIO_AUTH_TOKEN):
 * rotating it starts every SMS conversation afresh (they are short-lived anyway).
 */
import { createHmac } from 'node:crypto';

export function smsConversationId(number: string, secret: string): string {
  const normalised = number.replace(/[\s()-]/g, '');
  return `sms-${createHmac('sha256', secret).update(`sms-conversation:${normalised}`).digest('hex').slice(0, 40)}`;
}

/** A sender Twilio can text back: E.164 (+447700900123). Short codes and alphanumeric ids are not people. */
export function isPhoneNumber(value: unknown): value is string {
  return typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value);
}
