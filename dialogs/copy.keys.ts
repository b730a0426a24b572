/**
 * Copy keys typed from the en-GB catalogue (locales/en-GB/translation.json), so a key that is
 * not in it fails `npm run typecheck`. Types only (the catalogue's shape, never its words), here so
 * the pure machines can name keys without reaching into src/. Channel variants (`<key>_sms`) and
 * plural forms (`<key>_one`) are picked by i18next from the base key, so only base keys are keys.
 */
import type enGB from '../locales/en-GB/translation.json';

type Catalogue = typeof enGB;

/** Suffixes i18next adds itself: channel contexts and plural forms. */
type Variant = 'sms' | 'webchat' | 'msteams' | 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<K extends string> = K extends `${infer Base}_${Variant}` ? Base : K;

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Every path to a string in the catalogue (an item of a list too: `topics.four.text.0`). */
type StringPaths<T, P extends string = ''> = T extends string
  ? P
  : T extends readonly unknown[]
    ? `${P}.${number}`
    : { [K in keyof T & string]: StringPaths<T[K], Join<P, K>> }[keyof T & string];

/** Every path to a list of strings (topic texts). */
type ListPaths<T, P extends string = ''> = T extends string
  ? never
  : T extends readonly unknown[]
    ? P
    : { [K in keyof T & string]: ListPaths<T[K], Join<P, K>> }[keyof T & string];

/** A key of one message in the catalogue. */
export type CopyKey = BaseKey<StringPaths<Catalogue>>;

/** A key of a list of messages in the catalogue (`topics.<id>.text`). */
export type CopyListKey = ListPaths<Catalogue>;
