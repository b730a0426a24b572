/**
 * The message catalogues (locales/<locale>/translation.json) behind one small interface.
 * Catalogues are bundled at build time, so loading them cannot fail at run time.
 */
import i18next, { type i18n } from 'i18next';
import enGB from '../../locales/en-GB/translation.json';
import { defaultServices, type ServicesConfig } from '../services';
import type { CopyListKey, KeyArgument, ParamsArgument } from './copy.keys';

export type { CopyKey, CopyListKey } from './copy.keys';

export const SUPPORTED_LOCALES = ['en-GB'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-GB';

export const CATALOGUES: Record<Locale, Record<string, unknown>> = { 'en-GB': enGB };

/** A translator bound to one locale and, optionally, one channel (for channel variants). */
export interface Translator {
  locale: Locale;
  /** A string; `channel` picks `<key>_<channel>` when the catalogue has it. Keys: see copy.keys.ts. */
  t<const K extends string>(key: KeyArgument<K>, ...params: ParamsArgument<K>): string;
  /** A list of strings (topic texts). */
  list<const K extends string>(key: KeyArgument<K, CopyListKey>): string[];
  /** "|"-separated word lists (synonyms, command words), lower-cased. Missing key -> []. */
  words(key: string): string[];
  has(key: string): boolean;
}

let instance: i18n | undefined;

/**
 * Phone numbers come from the services configuration, not the copy, so a charity corrects a
 * number in one place. The bundled defaults are always there (even for the fail-safe message).
 */
type PhoneVariables = Record<string, string>;

function phoneVariables(config: ServicesConfig): PhoneVariables {
  const s = config.services;
  return {
    helplinePhone: s.nationalStalkingHelpline.phone,
    policePhone: s.police101.phone,
    policeTextphone: s.police101.textphone ?? s.police101.phone,
    paladinPhone: s.paladin.phone,
    revengePornPhone: s.revengePorn.phone,
    domesticAbusePhone: s.domesticAbuse.phone,
    samaritansPhone: s.samaritans.phone,
  };
}

let phones: PhoneVariables = phoneVariables(defaultServices());

/** Use the numbers from this services configuration in every message from now on. */
export function useServicePhones(config: ServicesConfig): void {
  phones = phoneVariables(config);
  // Cached strings carry the old numbers (translators already handed out see the new ones too).
  phonesVersion++;
}

let phonesVersion = 0;

function catalogue(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      resources: Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, { translation: CATALOGUES[l] }])),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Picks a supported locale from an activity's locale (e.g. "en-GB", "en-gb", "en"), else the default. */
export function resolveLocale(value: string | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === value.toLowerCase());
  if (exact) return exact;
  const language = value.split('-')[0]?.toLowerCase();
  return SUPPORTED_LOCALES.find((l) => l.split('-')[0] === language) ?? DEFAULT_LOCALE;
}

/**
 * One translator per locale and channel, built once (not per call). Strings without parameters, lists and word lists are looked up once: the
 * catalogues are fixed at build time, so i18next's lookup is done once per key, not per turn.
 */
const translators = new Map<string, Translator>();

export function translator(locale: Locale = DEFAULT_LOCALE, channel?: string): Translator {
  const cacheKey = `${locale}|${channel ?? ''}`;
  let tr = translators.get(cacheKey);
  if (!tr) {
    tr = buildTranslator(locale, channel);
    translators.set(cacheKey, tr);
  }
  return tr;
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  let version = phonesVersion;
  return (key) => {
    if (version !== phonesVersion) {
      cache.clear();
      version = phonesVersion;
    }
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

function buildTranslator(locale: Locale, channel?: string): Translator {
  const i18 = catalogue();
  const t = i18.getFixedT(locale);
  const context = channel ? { context: channel } : {};
  const translate = (key: string, params?: Record<string, string | number>) => String(t(key, { ...phones, ...(params ?? {}), ...context }));
  const plain = memo((key) => translate(key));
  const list = memo((key) => {
    const value = t(key, { ...phones, returnObjects: true }) as unknown;
    return Array.isArray(value) ? value.map(String) : [String(value)];
  });
  const has = memo((key) => i18.exists(key, { lng: locale }));
  const words = memo((key) => {
    if (!has(key)) return [];
    return String(t(key))
      .split('|')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
  });
  return {
    locale,
    t: (key: string, params?: Record<string, string | number>) => (params ? translate(key, params) : plain(key)),
    // Copies, so a caller changing its array cannot change the cached one.
    list: (key) => [...list(key)],
    words: (key) => [...words(key)],
    has,
  };
}
