import { describe, expect, it } from 'vitest';
import { NATIVE_SUBJECT_CHARS, nativeCompileSubject } from '../../src/text/native.subject';

describe('nativeCompileSubject', () => {
  it('repeats the sentence, joined, until it reaches the length V8 compiles at once', () => {
    const text = nativeCompileSubject('he keeps texting me', '. ');
    expect(text.length).toBeGreaterThanOrEqual(NATIVE_SUBJECT_CHARS);
    expect(text.length).toBeLessThan(NATIVE_SUBJECT_CHARS + 'he keeps texting me. '.length);
    expect(text.split('. ').every((part) => part === 'he keeps texting me')).toBe(true);
  });

  it('gives a sentence already long enough back as it is', () => {
    const long = 'x'.repeat(NATIVE_SUBJECT_CHARS + 5);
    expect(nativeCompileSubject(long)).toBe(long);
  });

  it('refuses an empty sentence (it would never reach the length)', () => {
    expect(() => nativeCompileSubject('')).toThrow(/needs a sentence/);
  });
});
