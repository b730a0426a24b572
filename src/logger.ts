/**
 * Structured logs (pino). Never log message text, names, numbers or secrets: log ids, kinds,
 * counts and timings. The redaction list is a second line of defence, not the first.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'text',
  '*.text',
  'value',
  '*.value',
  'password',
  '*.password',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}
