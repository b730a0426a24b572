import { describe, expect, it } from 'vitest';
import { expand, getPhrases } from '../../src/understanding/phrases';
import { enGB } from '../../src/understanding/phrases/en-GB';

describe('phrase macros', () => {
  it('expands a macro, underscores and all, inside a non-capturing group', () => {
    expect(expand('a {AT_DOOR} b', { AT_DOOR: 'x|y' })).toBe('a (?:x|y) b');
    expect(new RegExp(expand('^he{AT_DOOR}$', enGB.macros)).test("he's at the front door")).toBe(true);
  });

  it('refuses a macro nobody defined instead of leaving "{NAME}" to match nothing', () => {
    expect(() => expand('a {NOPE} b', { AT_DOOR: 'x' })).toThrow(/no macro \{NOPE\}/);
  });

  it('leaves quantifiers alone', () => {
    expect(expand('(?:\\w+ ){0,2}', {})).toBe('(?:\\w+ ){0,2}');
  });

  it('compiles the en-GB phrase set (every macro it names exists)', () => {
    expect(() => getPhrases('en-GB')).not.toThrow();
  });
});
