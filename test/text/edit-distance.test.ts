import { describe, expect, it } from 'vitest';
import { oneLetterOffOrSwapped, oneLetterOffOrSwappedAway, withinOneEdit } from '../../src/text/edit-distance';

describe('one typo apart', () => {
  it('withinOneEdit: one letter left out, added, changed or two swapped', () => {
    expect(withinOneEdit('hitting', 'hitting')).toBe(true);
    expect(withinOneEdit('hittng', 'hitting')).toBe(true);
    expect(withinOneEdit('hittingg', 'hitting')).toBe(true);
    expect(withinOneEdit('hutting', 'hitting')).toBe(true);
    expect(withinOneEdit('hitting', 'hitnitg')).toBe(false);
    expect(withinOneEdit('hiting', 'hittign')).toBe(false);
    expect(withinOneEdit('knfie', 'knife')).toBe(true);
  });

  it('oneLetterOffOrSwapped: the same, less a letter changed for another', () => {
    expect(oneLetterOffOrSwapped('hittng', 'hitting')).toBe(true);
    expect(oneLetterOffOrSwapped('outsidee', 'outside')).toBe(true);
    expect(oneLetterOffOrSwapped('followign', 'following')).toBe(true);
    expect(oneLetterOffOrSwapped('dming', 'dying')).toBe(false);
    expect(oneLetterOffOrSwapped('knife', 'knife')).toBe(false);
  });

  it('oneLetterOffOrSwappedAway lists exactly the strings oneLetterOffOrSwapped accepts (same first letter)', () => {
    const word = 'knife';
    const away = oneLetterOffOrSwappedAway(word);
    for (const near of away) expect(oneLetterOffOrSwapped(near, word), near).toBe(true);
    expect(away.has('knfie')).toBe(true);
    expect(away.has('knif')).toBe(true);
    expect(away.has('kniffe')).toBe(true);
    expect(away.has('nife')).toBe(false);
    expect(away.has('knive')).toBe(false);
    expect(away.has(word)).toBe(false);
  });
});
