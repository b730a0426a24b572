/**
 * What the translator accepts: keys from the en-GB catalogue (dialogs/copy.keys.ts) and, per key,
 * the parameters its `{{placeholders}}` need (copy.params.json, generated from en-GB).
 */
import type { CopyKey, CopyListKey } from '../../dialogs/copy.keys';
import type copyParams from './copy.params.json';

export type { CopyKey, CopyListKey };

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
