/**
 * The one locale resolver. A turn resolves its locale once (from the stored conversation, else the
 * activity, else the configured default) and passes that value to the safety detector,
 * understanding and the copy; the detectors' own tables use `pickLocale` with the same rule.
 */
import { CATALOGUES } from './catalogues';

export type SupportedLocale = keyof typeof CATALOGUES;
/** Every registered locale, the default first (derived from the registration: nothing else lists them). */
export const SUPPORTED_LOCALES = Object.keys(CATALOGUES) as [SupportedLocale, ...SupportedLocale[]];

/**
 * A pseudo-locale for tests only: every en-GB string transformed (src/i18n/pseudo.ts), so a test
 * can prove that nothing a person sees bypasses the catalogue. Never resolved from an activity
 * unless the caller lists it among the locales it serves.
 */
export const PSEUDO_LOCALE = 'en-XA';

export type Locale = SupportedLocale | typeof PSEUDO_LOCALE;

/** The default of every resolver: the copy, the safety rules and the understanding phrases. */
export const DEFAULT_LOCALE: SupportedLocale = 'en-GB';

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value));
}

/**
 * Picks from `available` for a requested locale: the same locale (any case), else the same
 * language ("en-US" -> "en-GB"), else `fallback`.
 */
export function pickLocale<T extends string>(value: string | undefined, available: readonly T[], fallback: T): T {
  if (!value) return fallback;
  const wanted = value.toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  return available.find((l) => l.toLowerCase().split(/[-_]/)[0] === language) ?? fallback;
}

/** A locale the bot serves for an activity's locale (e.g. "en-GB", "en-gb", "en"), else the default. */
export function resolveLocale(value: string | undefined, served: readonly Locale[] = SUPPORTED_LOCALES): Locale {
  return pickLocale<Locale>(value, served, DEFAULT_LOCALE);
}
