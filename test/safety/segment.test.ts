/**
 * Words typed without spaces are split back into words the locale knows (src/safety/segment.ts),
 * so a message from a voice or switch input, or typed in a panic, still reaches the rules.
 */
import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../src/safety';
import { splitRunTogether } from '../../src/safety/segment';

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
