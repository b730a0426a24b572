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
/** Each typed text reads as given ([typed, read]; a text read as typed is left alone). */
const expectReads = (pairs: readonly (readonly [string, string])[]) => {
  for (const [typed, reading] of pairs) expect(read(typed), typed).toBe(reading);
};
const unchanged = (...texts: string[]) => texts.map((t) => [t, t] as const);

describe('the typo step of the safety normaliser', () => {
  it('reads a danger word with one letter left out, added or swapped (typos found in blind batches)', () => {
    expectReads([
      ['hes hittng my mum', 'he is hitting my mum'],
      ['a man is followign me', 'a man is following me'],
      ['hes outsidee', 'he is outside'],
      ['smashin the windws', 'smashing the windows'],
      ['he is watchin me', 'he is watching me'],
    ]);
  });

  it('leaves real words alone, however close to a danger word', () => {
    expectReads(unchanged('i am a widow', 'he tapped on the glass', 'we went to the beach'));
    // every listed real word, one at a time
    const changed = REAL_WORDS_NEAR_DANGER.filter((word) => !mappedOnPurpose(word) && read(word) !== word);
    expect(changed).toEqual([]);
  });

  it('never changes one letter for another: shorthand is not a typo of a danger word', () => {
    expectReads(unchanged('she was dming me', 'going shoping'));
  });

  it('leaves words shorter than the minimum alone', () => {
    expect(SPELLING_MIN_LENGTH).toBeGreaterThanOrEqual(5);
    const short = dangerWords()
      .filter((w) => w.length === SPELLING_MIN_LENGTH)
      .map((w) => w.slice(0, -1))
      .filter((w) => !mappedOnPurpose(w));
    expect(short.length).toBeGreaterThan(0);
    expectReads(unchanged(...short));
  });

  it('splits a pronoun run into the next word when the rest is known or a danger word with one typo', () => {
    expectReads([['hesoutsidee', 'he is outside'], ['shesbleeding', 'she is bleeding'], ...unchanged('hesitate', 'hesitant')]);
  });

  it('reads "cant breath" as the verb, not "a deep breath"', () => {
    expectReads([['she cant breath', 'she can not breathe'], ...unchanged('take a deep breath')]);
  });

  it('reads "no" as "know" before what is to be known, not an answer "no" (batch 145)', () => {
    expectReads([
      ['i jus want to no how to blok a number', 'i just want to know how to blok a number'],
      ['i dont no what to do', 'i do not know what to do'],
      ...unchanged('no how dare he', 'no what he did was wrong'),
    ]);
  });

  it('keeps the generated list of real words current (npx tsx scripts/safety-spelling.ts --write)', async () => {
    expect(readFileSync(SPELLING_FILE, 'utf8')).toBe(await spellingSource());
  }, 60_000);
});
