/**
 * The locale packs. Add a language by adding `rules/<locale>.ts` and listing it here.
 */
import type { LocalePack } from '../types';
import { enGB } from './en-GB';

export const DEFAULT_LOCALE = 'en-GB';

const PACKS: Readonly<Record<string, LocalePack>> = {
  'en-GB': enGB,
};

/**
 * The pack for a locale: exact match, then same language ("en-US" -> "en-GB"), then the default.
 * People in crisis often write in English on any channel, so an unknown locale falls back to
 * en-GB rather than to nothing.
 */
export function packFor(locale: string | undefined): LocalePack {
  const fallback = PACKS[DEFAULT_LOCALE] as LocalePack;
  if (typeof locale !== 'string' || locale.length === 0) return fallback;
  const exact = PACKS[locale];
  if (exact) return exact;
  const lang = locale.toLowerCase().split(/[-_]/)[0];
  for (const [key, pack] of Object.entries(PACKS)) {
    if (key.toLowerCase().split('-')[0] === lang) return pack;
  }
  return fallback;
}

export function locales(): string[] {
  return Object.keys(PACKS);
}
