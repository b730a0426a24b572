/**
 * V8 runs a regular expression in its bytecode interpreter first and compiles it to native code once
 * it is used again, except on a subject of 1,000 characters or more (V8's
 * `JSRegExp::kTierUpForSubjectLengthValue`), where it compiles to native code at once. For our
 * patterns the bytecode step is the dear one, most of it its peephole pass (measured 7 Dec 2026 on
 * Node 20: every safety pattern run twice on "x", bytecode then native, 13.0 s, 3.4 s with
 * `--no-regexp-peephole-optimization`; once on a 1,650-character text, native at once, 1.2 s).
 *
 * So a start-up warm-up that will run its patterns natively anyway reads a subject this long: the
 * sentence repeated (joined with `joiner`) until it reaches NATIVE_SUBJECT_CHARS. Only for the patterns
 * every message runs; the rest stay for the between-turns warm-up (./compile.between.turns.ts), on a
 * short sample, so a pattern few messages reach does not hold native code it may never use.
 */
export const NATIVE_SUBJECT_CHARS = 1_000;

export function nativeCompileSubject(sentence: string, joiner = ' '): string {
  if (sentence.length === 0) throw new Error('nativeCompileSubject needs a sentence');
  const copies = Math.ceil((NATIVE_SUBJECT_CHARS + joiner.length) / (sentence.length + joiner.length));
  return Array.from({ length: copies }, () => sentence).join(joiner);
}
