/**
 * The locale packs. Add a language by adding `rules/<locale>.ts` and listing it here.
 */
import type { LocalePack } from '../types';
import { enGB } from './en-GB';
import { DEFAULT_LOCALE, pickLocale } from '../../i18n/locale';

export { DEFAULT_LOCALE };

const PACKS: Readonly<Record<string, LocalePack>> = {
  'en-GB': enGB,
};

/**
 * The pack for a locale, by the one rule every table uses (src/i18n/locale.ts): exact match, then
 * same language ("en-US" -> "en-GB"), then the default. People in crisis often write in English on
 * any channel, so an unknown locale falls back to en-GB rather than to nothing.
 */
export function packFor(locale: string | undefined): LocalePack {
  const fallback = PACKS[DEFAULT_LOCALE] as LocalePack;
  if (typeof locale !== 'string' || locale.length === 0) return fallback;
  return PACKS[pickLocale(locale, Object.keys(PACKS), DEFAULT_LOCALE)] ?? fallback;
}

export function locales(): string[] {
  return Object.keys(PACKS);
}
