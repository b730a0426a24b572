/** The web chat's settings fail fast with a clear message. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const production = { NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' };

describe('web chat configuration', () => {
  it('defaults: own origin only, a weather page for quick exit, 10 new chats a minute', () => {
    const config = loadConfig({});
    expect(config.webchat).toMatchObject({ allowedOrigins: [], quickExitUrl: 'https://www.bbc.co.uk/weather', newChatLimit: { burst: 20 } });
    expect(config.webchat.newChatLimit.perSecond).toBeCloseTo(10 / 60);
  });

  it('production needs an https PUBLIC_URL and a token secret shared by every instance', () => {
    expect(() => loadConfig(production)).toThrow(/PUBLIC_URL is required in production/);
    expect(() => loadConfig(production)).toThrow(/WEBCHAT_TOKEN_SECRET is required in production/);
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://chat.example.org', WEBCHAT_TOKEN_SECRET: 'x'.repeat(40) })).toThrow(/must be https/);
    const ok = loadConfig({ ...production, PUBLIC_URL: 'https://chat.example.org/', WEBCHAT_TOKEN_SECRET: 'x'.repeat(40) });
    expect(ok.webchat.publicOrigin).toBe('https://chat.example.org');
  });

  it('refuses origins with paths, short secrets and a quick exit that is not a web page', () => {
    expect(() => loadConfig({ WEBCHAT_ALLOWED_ORIGINS: 'https://ok.example, https://bad.example/path' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBCHAT_TOKEN_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ QUICK_EXIT_URL: 'javascript:alert(1)' })).toThrow(/QUICK_EXIT_URL/);
    expect(loadConfig({ WEBCHAT_ALLOWED_ORIGINS: 'https://a.example, http://localhost:8080' }).webchat.allowedOrigins).toEqual(['https://a.example', 'http://localhost:8080']);
  });
});
