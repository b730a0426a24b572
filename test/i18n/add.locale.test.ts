/**
 * The walkthrough in src/i18n/README.md, as a test: a second locale is its copy in
 * locales/<id>/translation.json plus ONE registration entry in src/i18n/catalogues.ts. Here that
 * entry is made by mocking the registration module (a Welsh catalogue made from en-GB, each
 * string marked "[cy] "); nothing else is touched, and the locale is resolved, configurable,
 * spoken on every channel, and still guarded by the safety rules (which fall back to en-GB:
 * people in crisis often write in English).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config';
import { resolveLocale, SUPPORTED_LOCALES, translator } from '../../src/i18n';
import { createTestBot } from '../support/bot';

vi.mock('../../src/i18n/catalogues', async () => {
  const { CATALOGUES } = await vi.importActual<{ CATALOGUES: { 'en-GB': object } }>('../../src/i18n/catalogues');
  const enGB = CATALOGUES['en-GB'];
  // Stands in for locales/cy/translation.json: same keys, different words.
  const mark = (value: unknown): unknown =>
    typeof value === 'string' ? `[cy] ${value}` : Array.isArray(value) ? value.map(mark) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)])) : value;
  return { CATALOGUES: { 'en-GB': enGB, cy: mark(enGB) } };
});


describe('adding a locale: its copy and one registration line', () => {
  it('is registered, resolved from an activity, and accepted as DEFAULT_LOCALE', () => {
    expect(SUPPORTED_LOCALES).toEqual(['en-GB', 'cy']);
    expect(resolveLocale('cy')).toBe('cy');
    expect(resolveLocale('CY-gb')).toBe('cy');
    expect(resolveLocale('en-US')).toBe('en-GB');
    expect(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', DEFAULT_LOCALE: 'cy' }).defaultLocale).toBe('cy');
    expect(translator(resolveLocale('cy')).t('common.failsafe').startsWith('[cy] ')).toBe(true);
  });

  it.each(['webchat', 'msteams', 'sms'])('a conversation on %s is in the new locale, and an emergency is still caught', async (channelId) => {
    const bot = createTestBot({ channelId, locale: 'cy-GB' });
    const welcome = await bot.join();
    expect(welcome.length).toBeGreaterThan(0);
    for (const reply of welcome) {
      expect(reply.locale).toBe('cy');
      expect(reply.text?.startsWith('[cy] ')).toBe(true);
    }
    await bot.choose('safety', 'safe');
    const urgent = await bot.turn("he's outside my door right now");
    expect(urgent[0]?.importance).toBe('high');
    expect(urgent[0]?.text?.startsWith('[cy] ')).toBe(true);
    expect(urgent[0]?.text).toContain('999');
  }, 60_000);
});
