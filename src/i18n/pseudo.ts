/**
 * The pseudo-locale's catalogue (tests only): every en-GB string accented and wrapped in [ ], with
 * {{placeholders}} and $t() nestings kept working. A reply that shows text outside brackets came
 * from outside the catalogue. Brackets and accents are all GSM-7, so they survive SMS too.
 */
const ACCENTS: Record<string, string> = {
  a: 'à', e: 'é', i: 'ì', o: 'ò', u: 'ù', n: 'ñ',
  A: 'Ä', E: 'É', O: 'Ö', U: 'Ü', N: 'Ñ',
};

export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

/** Accents letters outside {{placeholders}} and $t(...) nestings. */
function accent(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[aeiounAEOUN]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
}

export function pseudoString(text: string): string {
  return `${PSEUDO_OPEN}${accent(text)}${PSEUDO_CLOSE}`;
}

/**
 * The catalogue transformed. (Word lists - what a person may type - are read from the base
 * catalogue by the translator: people still write English.)
 */
export type CatalogueValue = string | number | boolean | null | readonly CatalogueValue[] | { readonly [key: string]: CatalogueValue };
export type Catalogue = { readonly [key: string]: CatalogueValue };

function pseudoValue(value: CatalogueValue): CatalogueValue {
  if (typeof value === 'string') return pseudoString(value);
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (value !== null && typeof value === 'object') return pseudoCatalogue(value as Catalogue);
  return value;
}

export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [k, pseudoValue(v)]));
}
