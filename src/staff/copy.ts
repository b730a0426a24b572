/**
 * The console's own words: `staff.*` in the locale catalogues (locales/<locale>/translation.json),
 * never written in TypeScript or the templates. The console is in the default locale (en-GB); a
 * handoff's summary is worded in the person's locale (view.models.ts).
 *
 * A missing key throws: test/staff/copy.test.ts checks every key the code and the templates use.
 */
import { DEFAULT_LOCALE, translator } from '../i18n';

const copy = translator(DEFAULT_LOCALE);

export type CopyParams = Record<string, string | number>;

/** The text of a `staff.*` key (params are interpolated as they are: templates escape the result). */
export function staffText(key: string, params?: CopyParams): string {
  if (!key.startsWith('staff.') || !copy.has(key)) throw new Error(`Staff console: no copy for "${key}"`);
  return copy.t(key, params);
}

/** A plural key (`<key>_one`, `<key>_other`), chosen by `count`. */
export function staffCount(key: string, count: number, params?: CopyParams): string {
  if (!copy.has(`${key}_other`)) throw new Error(`Staff console: no copy for "${key}_other"`);
  return copy.t(key, { ...params, count });
}
