/**
 * Global commands: understood from every state. Their trigger words live in the locale
 * (commands.<id>.words, "|"-separated) so each language and channel can differ.
 */
export const COMMANDS = ['help', 'restart', 'back', 'person', 'delete', 'exit', 'danger', 'language'] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(value: unknown): value is Command {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

/**
 * Words a carrier consumes on SMS (Twilio opt-out keywords). They must never be command words:
 * the person would be unsubscribed instead of reaching us.
 */
export const SMS_RESERVED_WORDS = [
  'stop',
  'stopall',
  'unsubscribe',
  'cancel',
  'end',
  'quit',
  'revoke',
  'optout',
] as const;
