/**
 * A person's words as they may be stored and shown: what a keyboard cannot mean is replaced with
 * U+FFFD ("�"), so it is still seen, never silently dropped.
 *
 * - Lone UTF-16 surrogates (half an emoji, from a client that cut a string in the middle): JSON
 *   readers refuse the escaped halves JSON.stringify writes for them.
 * - NUL and the other C0 control characters except tab, line feed and carriage return, and DEL:
 *   PostgreSQL refuses NUL in a text column, so a message holding one failed its turn there.
 */
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\ufffd');
}

/**
 * The characters that reorder the text around them and show nothing themselves: the direction
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the direction marks
 * (U+200E, U+200F, U+061C). "call 0800\u202e4321" shows "call 08001234" on a page; staff told to
 * follow a person's words exactly must see what was typed. (Zero-width joiners, which emoji are
 * made of, reorder nothing and stay.)
 */
const REORDERING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with each reordering character written out, "[U+202E]", so what is shown is what was typed. */
export function revealReordering(text: string): string {
  return text.replace(REORDERING, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
