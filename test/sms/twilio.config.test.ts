/** SMS without Azure is configured by environment variables, checked at startup. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_FROM } from '../support/twilio';

describe('Twilio configuration', () => {
  it('off by default', () => {
    expect(loadConfig({}).twilio).toBeUndefined();
  });

  it('the webhook alone needs only the auth token; sending needs the account SID and a sender too', () => {
    expect(loadConfig({ TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN }).twilio).toEqual({ authToken: TEST_AUTH_TOKEN });
    expect(loadConfig({ TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_FROM: TEST_FROM }).twilio).toEqual({
      authToken: TEST_AUTH_TOKEN,
      sender: { accountSid: TEST_ACCOUNT_SID, from: TEST_FROM },
    });
  });

  it.each([
    [{ TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_FROM: TEST_FROM }, /TWILIO_AUTH_TOKEN is required/],
    [{ TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID }, /TWILIO_FROM is needed/],
    [{ TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_ACCOUNT_SID: 'SK123', TWILIO_FROM: TEST_FROM }, /TWILIO_ACCOUNT_SID must be an account SID/],
    [{ TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_FROM: '07700900001' }, /TWILIO_FROM must be a phone number in E.164/],
    [{ TWILIO_AUTH_TOKEN: 'short' }, /TWILIO_AUTH_TOKEN must be the auth token/],
    [{ PUBLIC_URL: 'bot.example.org' }, /PUBLIC_URL must be an origin/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('PUBLIC_URL loses a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://bot.example.org/' }).publicBaseUrl).toBe('https://bot.example.org');
  });
});
