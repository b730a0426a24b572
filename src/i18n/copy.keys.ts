/**
 * Copy keys typed from the en-GB catalogue (locales/en-GB/translation.json), so a key that is
 * not in it fails `npm run typecheck`. Channel variants (`<key>_sms`) and plural forms
 * (`<key>_one`) are picked by i18next from the base key, so only base keys are keys here.
 */
import type enGB from '../../locales/en-GB/translation.json';
import type copyParams from './copy.params.json';

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

/**
 * What `Translator.t` accepts (with `const K`): a key the type checker can see - a literal, or a
 * template over typed values such as `facts.band.${FrequencyBand}` - must be in the catalogue. A
 * key that is a plain `string` (built from data at run time) is accepted, and checked instead by a
 * test that enumerates every value it can take (test/locales.test.ts).
 */
export type KeyArgument<K extends string, Key extends string = CopyKey> = K & (string extends K ? unknown : Key);

type AnyParams = Record<string, string | number>;

/** The parameters of each message with `{{placeholders}}` (copy.params.json, generated from en-GB). */
type CopyParams = { [K in keyof typeof copyParams]: { [P in keyof (typeof copyParams)[K]]: string | number } };

/**
 * The parameters a message takes, per key (copy.params.json, generated from its
 * `{{placeholders}}`): required for a key that has them, none for a key that has none. A key
 * built at run time takes any.
 */
export type ParamsArgument<K extends string> = string extends K
  ? [params?: AnyParams]
  : [K] extends [keyof CopyParams]
    ? [params: CopyParams[K] & AnyParams]
    : [K] extends [Exclude<K, keyof CopyParams>]
      ? [params?: Record<string, never>]
      : [params?: AnyParams];
