/**
 * Both readers of a person's words (the safety detector and the understanding step) start from the
 * one typography table (src/text/typography.ts): a curly apostrophe, a dash or an invisible
 * character typed by a phone reads the same to both.
 */
import { describe, expect, it } from 'vitest';
import { APOSTROPHE_CHARS, DASH_CHARS, QUOTE_CHARS } from '../../src/text/typography';
import { normalise as safetyNormalise } from '../../src/safety/normalise';
import { packFor } from '../../src/safety/rules';
import { normalise as understandingNormalise } from '../../src/understanding/normalise';
import { getPhrases } from '../../src/understanding/phrases';

const safetyData = packFor('en-GB').normalisation;
const phrases = getPhrases('en-GB');

describe('one typography table for both normalisers', () => {
  for (const apostrophe of APOSTROPHE_CHARS) {
    it(`U+${apostrophe.codePointAt(0)?.toString(16).toUpperCase()} is an apostrophe to both`, () => {
      expect(safetyNormalise(`he${apostrophe}s outside`, safetyData)).toEqual(['he is outside']);
      expect(understandingNormalise(`he${apostrophe}s outside`, phrases).text).toContain("he's outside");
    });
  }

  it('dashes and double quotes become plain ASCII for understanding, and every one is listed once', () => {
    for (const dash of DASH_CHARS) expect(understandingNormalise(`since march ${dash} april`, phrases).text).toContain('march - april');
    for (const quote of QUOTE_CHARS) expect(understandingNormalise(`${quote}hi${quote}`, phrases).text).toBe('"hi"');
    const all = [...APOSTROPHE_CHARS, ...DASH_CHARS, ...QUOTE_CHARS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('an invisible character inside a word is dropped by both, not made a space', () => {
    const hidden = 'he has a kn\u200Bife';
    expect(safetyNormalise(hidden, safetyData)).toEqual(['he has a knife']);
    expect(understandingNormalise(hidden, phrases).text).toBe('he has a knife');
  });
});
