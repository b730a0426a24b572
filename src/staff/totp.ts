/**
 * Two-factor codes: TOTP (RFC 6238, 6 digits, 30 s, SHA-1 for authenticator-app compatibility)
 * with the otpauth library. A code is accepted one step either side of now, and never twice
 * (the account store remembers the last step used).
 */
import { Secret, TOTP } from 'otpauth';
import type QRCodeLib from 'qrcode';

/** qrcode is loaded when a QR code is first drawn (enrolment only), not at start-up (~26 ms). */
function qrcode(): typeof QRCodeLib {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('qrcode') as typeof QRCodeLib;
}
import { staffText } from './copy';

const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, email: string): TOTP {
  return new TOTP({ issuer: staffText('staff.console'), label: email, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// URI an authenticator app reads (as a QR code or typed in). */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The QR code of the URI as SVG markup (generated here, never from input; no script). */
export function totpQrSvg(uri: string): Promise<string> {
  return qrcode().toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The QR code for a terminal (the CLI). */
export function totpQrTerminal(uri: string): Promise<string> {
  return qrcode().toString(uri, { type: 'terminal', small: true });
}

/** The time step a code belongs to (now, or one either side), or undefined when it is wrong. */
export function totpStep(secret: string, code: string, now: Date): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret, 'check').validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? undefined : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The current code (tests and the CLI's self-check). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret, 'check').generate({ timestamp: now.getTime() });
}
