/**
 * The safety normaliser's typo step (src/safety/rules/en-GB.spelling.ts): danger words typed with a
 * letter left out, added or swapped are read as written; real words and shorthand are never changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPELLING_FILE, spellingSource } from '../../scripts/safety-spelling';
import { normalise } from '../../src/safety/normalise';
import { packFor } from '../../src/safety/rules';
import { dangerWords, SPELLING_MIN_LENGTH } from '../../src/safety/rules/en-GB.spelling';
import { REAL_WORDS_NEAR_DANGER } from '../../src/safety/rules/en-GB.spelling.generated';

const data = packFor('en-GB').normalisation;
const read = (text: string) => normalise(text, data).join(' | ');
/** Words the locale maps on purpose, whole ("sacred" -> "scared", "goin" -> "going"): not the typo step's doing. */
const mappedOnPurpose = (word: string) => Object.prototype.hasOwnProperty.call(data.tokens, word);

describe('the typo step of the safety normaliser', () => {
  it('reads a danger word with one letter left out, added or swapped (typos found in blind batches)', () => {
    expect(read('hes hittng my mum')).toBe('he is hitting my mum');
    expect(read('a man is followign me')).toBe('a man is following me');
    expect(read('hes outsidee')).toBe('he is outside');
    expect(read('smashin the windws')).toBe('smashing the windows');
    expect(read('he is watchin me')).toBe('he is watching me');
  });

  it('leaves real words alone, however close to a danger word', () => {
    expect(read('i am a widow')).toBe('i am a widow');
    expect(read('he tapped on the glass')).toBe('he tapped on the glass');
    expect(read('we went to the beach')).toBe('we went to the beach');
    // every listed real word, one at a time
    const changed = REAL_WORDS_NEAR_DANGER.filter((word) => !mappedOnPurpose(word) && read(word) !== word);
    expect(changed).toEqual([]);
  });

  it('never changes one letter for another: shorthand is not a typo of a danger word', () => {
    expect(read('she was dming me')).toBe('she was dming me');
    expect(read('going shoping')).toBe('going shoping');
  });

  it('leaves words shorter than the minimum alone', () => {
    expect(SPELLING_MIN_LENGTH).toBeGreaterThanOrEqual(5);
    const short = dangerWords()
      .filter((w) => w.length === SPELLING_MIN_LENGTH)
      .map((w) => w.slice(0, -1))
      .filter((w) => !mappedOnPurpose(w));
    expect(short.length).toBeGreaterThan(0);
    for (const word of short) expect(read(word)).toBe(word);
  });

  it('splits a pronoun run into the next word when the rest is known or a danger word with one typo', () => {
    expect(read('hesoutsidee')).toBe('he is outside');
    expect(read('shesbleeding')).toBe('she is bleeding');
    expect(read('hesitate')).toBe('hesitate');
    expect(read('hesitant')).toBe('hesitant');
  });

  it('reads "cant breath" as the verb, not "a deep breath"', () => {
    expect(read('she cant breath')).toBe('she can not breathe');
    expect(read('take a deep breath')).toBe('take a deep breath');
  });

  it('keeps the generated list of real words current (npx tsx scripts/safety-spelling.ts --write)', async () => {
    expect(readFileSync(SPELLING_FILE, 'utf8')).toBe(await spellingSource());
  }, 60_000);
});
