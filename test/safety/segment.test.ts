/**
 * Words typed without spaces are split back into words the locale knows (src/safety/segment.ts),
 * so a message from a voice or switch input, or typed in a panic, still reaches the rules.
 */
import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../src/safety';
import { joinSpacedLetters, splitRunTogether } from '../../src/safety/segment';

const dictionary = new Set(['he', 'is', 'outside', 'my', 'door', 'with', 'knife', 'help', 'the', 'garden']);

describe('splitting words typed without spaces', () => {
  it('splits a long run of letters into known words, fewest words first', () => {
    expect(splitRunTogether('heisoutsidemydoorwithaknife', dictionary)).toEqual(['he', 'is', 'outside', 'my', 'door', 'with', 'a', 'knife']);
  });

  it('leaves short tokens, tokens with digits, and runs it cannot read whole alone', () => {
    expect(splitRunTogether('outsidedoor', dictionary)).toBeUndefined();
    expect(splitRunTogether('heisoutsidemydoor2day', dictionary)).toBeUndefined();
    expect(splitRunTogether('heisoutsidemyzzzdoorwith', dictionary)).toBeUndefined();
  });

  it('lets the detector read an emergency typed as one word', () => {
    expect(detectSafety('helpmyexisinthegardenandhehasahammer').level).toBe('emergency');
    expect(detectSafety('ineedhelphesbreakingthedoordown').level).toBe('emergency');
  });
});

describe('joining letters spaced out one by one', () => {
  const words = new Set(['he', 'hes', 'here', 'help', 'knife', 'am', 'scared', 'outside']);
  it('joins a run of four or more single letters that reads as known words', () => {
    expect(joinSpacedLetters('h e s h e r e', words)).toBe('hes here');
    expect(joinSpacedLetters('h e l p | he is outside', words)).toBe('help | he is outside');
    expect(joinSpacedLetters('i a m s c a r e d', words)).toBe('i am scared');
  });

  it('leaves ordinary one-letter words, text speak and runs it cannot read whole alone', () => {
    expect(joinSpacedLetters('i saw a man', words)).toBe('i saw a man');
    expect(joinSpacedLetters('u r a b c', words)).toBe('u r a b c');
    expect(joinSpacedLetters('y r u h e r e', words)).toBe('y r u h e r e');
    expect(joinSpacedLetters('plan a b c d', words)).toBe('plan a b c d');
    expect(joinSpacedLetters('h e r e', words)).toBe('here');
    expect(joinSpacedLetters('s o s', words)).toBe('s o s');
  });

  it('lets the detector read an emergency spelled out letter by letter', () => {
    expect(detectSafety('h e s h e r e').level).toBe('emergency');
    expect(detectSafety('h e s o u t s i d e').level).toBe('emergency');
  });
});
