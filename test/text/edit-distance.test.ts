import { describe, expect, it } from 'vitest';
import { oneLetterOffOrSwapped, oneLetterOffOrSwappedAway, withinOneEdit } from '../../src/text/edit-distance';

describe('one typo apart', () => {
  // [typed, word, withinOneEdit, oneLetterOffOrSwapped]: the second is the first less a letter changed for another
  const PAIRS: readonly (readonly [string, string, boolean, boolean])[] = [
    ['hitting', 'hitting', true, false],
    ['hittng', 'hitting', true, true],
    ['hittingg', 'hitting', true, true],
    ['hutting', 'hitting', true, false],
    ['hitting', 'hitnitg', false, false],
    ['hiting', 'hittign', false, false],
    ['knfie', 'knife', true, true],
    ['outsidee', 'outside', true, true],
    ['followign', 'following', true, true],
    ['dming', 'dying', true, false],
  ];

  it.each(PAIRS)('%s ~ %s: withinOneEdit %s, oneLetterOffOrSwapped %s', (typed, word, edit, offOrSwapped) => {
    expect(withinOneEdit(typed, word)).toBe(edit);
    expect(oneLetterOffOrSwapped(typed, word)).toBe(offOrSwapped);
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
