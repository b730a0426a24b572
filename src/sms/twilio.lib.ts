/**
 * The twilio package, loaded on first use: only a bot with SMS configured (TWILIO_AUTH_TOKEN) pays
 * for loading it (~45 ms of start-up otherwise).
 */
import type Twilio from 'twilio';

let loaded: typeof Twilio | undefined;

export function twilioLib(): typeof Twilio {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('twilio') as typeof Twilio;
  return loaded;
}
