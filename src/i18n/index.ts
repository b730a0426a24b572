/**
 * The message catalogues (locales/<locale>/translation.json) behind one small interface.
 * Catalogues are bundled at build time, so loading them cannot fail at run time.
 */
import i18next, { type i18n } from 'i18next';
import { CATALOGUES } from './catalogues';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, SUPPORTED_LOCALES, type Locale } from './locale';
import { BUNDLED_PHONES, type PhoneNumbers } from './phones';
import { pseudoCatalogue } from './pseudo';
import type { CopyListKey, KeyArgument, ParamsArgument } from './copy.keys';

export type { CopyKey, CopyListKey } from './copy.keys';

export { CATALOGUES } from './catalogues';
export { DEFAULT_LOCALE, isLocale, pickLocale, PSEUDO_LOCALE, resolveLocale, SUPPORTED_LOCALES, type Locale, type SupportedLocale } from './locale';
export { BUNDLED_PHONES, phoneNumbers, type PhoneNumbers } from './phones';

/** What a turn's copy is worded with: its locale and the configured phone numbers. */
export interface CopyContext {
  locale: Locale;
  phones: PhoneNumbers;
}

/** A bare locale means the bundled phone numbers. */
export type CopyLocale = Locale | CopyContext;

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

/** A new i18next instance holding every catalogue (the bot keeps one; tests compare lookups against a fresh one). */
export function createCatalogueInstance(): i18n {
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES, PSEUDO_LOCALE],
    resources: {
      ...Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, { translation: CATALOGUES[l] }])),
      [PSEUDO_LOCALE]: { translation: pseudoCatalogue(CATALOGUES[DEFAULT_LOCALE]) },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return created;
}

function catalogue(): i18n {
  instance ??= createCatalogueInstance();
  return instance;
}

/**
 * One translator per locale and channel, built once (not per call). Strings without parameters, lists and word lists are looked up once: the
 * catalogues are fixed at build time, so i18next's lookup is done once per key, not per turn.
 */
const translators = new WeakMap<PhoneNumbers, Map<string, Translator>>();

export function translator(copy: CopyLocale = DEFAULT_LOCALE, channel?: string): Translator {
  const { locale, phones } = typeof copy === 'string' ? { locale: copy, phones: BUNDLED_PHONES } : copy;
  let byLocale = translators.get(phones);
  if (!byLocale) {
    byLocale = new Map();
    translators.set(phones, byLocale);
  }
  const cacheKey = `${locale}|${channel ?? ''}`;
  let tr = byLocale.get(cacheKey);
  if (!tr) {
    tr = buildTranslator(locale, phones, channel);
    byLocale.set(cacheKey, tr);
  }
  return tr;
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

function buildTranslator(locale: Locale, phones: PhoneNumbers, channel?: string): Translator {
  const i18 = catalogue();
  // i18next's own `getFixedT` copies all of its options on every call (~85 us a string with
  // parameters, most of it garbage); `t` with the language named does the same lookup in ~5 us.
  const inLocale =
    (lng: Locale) =>
    (key: string, options: Record<string, unknown> = {}): unknown =>
      i18.t(key, { ...options, lng });
  const t = inLocale(locale);
  // What a person may type is read in the base language: the pseudo-locale only changes what is shown.
  const typed = locale === PSEUDO_LOCALE ? inLocale(DEFAULT_LOCALE) : t;
  const context = channel ? { context: channel } : {};
  const translate = (key: string, params?: Record<string, string | number>) => String(i18.t(key, { ...phones, ...params, ...context, lng: locale }));
  const plain = memo((key) => translate(key));
  const list = memo((key) => {
    const value = t(key, { ...phones, returnObjects: true }) as unknown;
    return Array.isArray(value) ? value.map(String) : [String(value)];
  });
  const has = memo((key) => i18.exists(key, { lng: locale }));
  const words = memo((key) => {
    if (!has(key)) return [];
    return String(typed(key))
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
