/** What a person typed, made safe to store (storableText) and shown to staff as typed (revealReordering). */
import { describe, expect, it } from 'vitest';
import { revealReordering, storableText } from '../../src/text/stored.text';

describe('storableText', () => {
  it.each([
    ['NUL', 'a\u0000b', 'a\ufffdb'],
    ['other C0 controls and DEL', '\u0001x\u001by\u007f', '\ufffdx\ufffdy\ufffd'],
    ['a lone high surrogate (half an emoji cut off)', 'help \ud83d', 'help \ufffd'],
    ['a lone low surrogate', '\ude00 ok', '\ufffd ok'],
    ['a whole emoji stays', 'ok 😀 👨‍👩‍👧', 'ok 😀 👨‍👩‍👧'],
    ['tabs and line breaks stay', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['Welsh, Polish and Urdu letters stay', 'ŵ ł ے', 'ŵ ł ے'],
  ])('%s', (_what, text, stored) => {
    expect(storableText(text)).toBe(stored);
  });
});

describe('revealReordering', () => {
  it('writes out every direction override, embedding, isolate and mark', () => {
    expect(revealReordering('0800 \u202e4321\u202c')).toBe('0800 [U+202E]4321[U+202C]');
    expect(revealReordering('\u202a\u202b\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c')).toBe(
      '[U+202A][U+202B][U+202D][U+2066][U+2067][U+2068][U+2069][U+200E][U+200F][U+061C]',
    );
  });

  it('leaves everything else, joiners in emoji included', () => {
    const text = 'call after 6 👨‍👩‍👧 ok, زوجي';
    expect(revealReordering(text)).toBe(text);
  });
});
