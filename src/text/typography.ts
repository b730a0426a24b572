/**
 * The first step of both text normalisers (src/safety/normalise.ts and
 * src/understanding/normalise.ts): what keyboards, phones and word processors type for an
 * apostrophe, a quote, a dash or an ellipsis, and the invisible characters they add. One table,
 * so the two readers of a person's words can never disagree on which characters are which.
 */

/** Apostrophe-like characters -> "'" (curly, modifier letters, primes, backtick, acute, full width). */
export const APOSTROPHE_CHARS = '\u2018\u2019\u201A\u201B\u02BC\u02BB\u2032\u0060\u00B4\uFF07';
/** Double quotes -> '"'. */
export const QUOTE_CHARS = '\u201C\u201D\u201E\u2033';
/** Hyphens, dashes and the minus sign -> "-". */
export const DASH_CHARS = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
/** Zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen: dropped. */
export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Each typographic character and its plain ASCII form ("\u2026" -> "."). */
export const TYPOGRAPHY: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries([...APOSTROPHE_CHARS].map((c) => [c, "'"])),
  ...Object.fromEntries([...QUOTE_CHARS].map((c) => [c, '"'])),
  ...Object.fromEntries([...DASH_CHARS].map((c) => [c, '-'])),
  '\u2026': '.',
});
