/**
 * The translator looks strings up with i18next's `t` and the language named, not with
 * `getFixedT` (which copies all of i18next's options on every call: ~85 us and most of a turn's
 * garbage). This checks the two give the same string for every key of every catalogue, in every
 * channel variant, with and without parameters and counts, so the shortcut can never change
 * what a person reads.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_PHONES, CATALOGUES, createCatalogueInstance, DEFAULT_LOCALE, PSEUDO_LOCALE, SUPPORTED_LOCALES, translator, type Locale } from '../../src/i18n';

const CHANNELS = [undefined, 'webchat', 'msteams', 'sms'] as const;
const VARIANT = /_(webchat|msteams|sms|one|other|zero|two|few|many)$/;

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' && !Array.isArray(value) ? keysOf(value as object, path) : [path.replace(VARIANT, '')];
  });
}

describe('translator lookups', () => {
  const keys = [...new Set(keysOf(CATALOGUES[DEFAULT_LOCALE]))];
  const i18 = createCatalogueInstance();

  it.each<Locale>([...SUPPORTED_LOCALES, PSEUDO_LOCALE])('are i18next getFixedT strings for every key in %s', (locale) => {
    const fixed = i18.getFixedT(locale);
    let compared = 0;
    for (const channel of CHANNELS) {
      const tr = translator(locale, channel);
      const context = channel ? { context: channel } : {};
      for (const key of keys) {
        for (const params of [undefined, { count: 1 }, { count: 3, value: 'V', retentionDays: 30 }] as (Record<string, string | number> | undefined)[]) {
          const lookUp = tr.t as (key: string, params?: Record<string, string | number>) => string;
          expect(lookUp(key, params), `${key} ${channel} ${JSON.stringify(params)}`).toBe(
            String(fixed(key, { ...BUNDLED_PHONES, ...(params ?? {}), ...context })),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
