/**
 * Typos in danger words ("hes hittng my mum", "hes outsdie", "he's watchin me"): a word nobody
 * spells that way, with the same first letter as a danger word and one letter left out, added or
 * swapped, is read as that word. One letter changed for another is not a typo read here: it turns
 * real shorthand into danger ("dming" is not "dying"). A real word is never changed: "widow" is not
 * "window", "stars" is not "stairs", "beach" is not "bleach". The real words one typo from a danger
 * word are listed once, offline, from the en-GB Hunspell dictionary (en-GB.spelling.generated.ts,
 * written by scripts/safety-spelling.ts; a test fails while it is stale).
 */
import type { SpellingData } from '../types';
import { concepts } from './en-GB.concepts';
import { REAL_WORDS_NEAR_DANGER } from './en-GB.spelling.generated';

/** The concept classes whose words are read through a typo (see en-GB.concepts.ts). */
const DANGER_CLASSES = ['attack', 'weapon', 'fire', 'place', 'approach', 'entry', 'fear', 'trapped', 'injury', 'death', 'selfHarm', 'threat'] as const;

/** Shorter words have too many neighbours that are abbreviations, names or other languages. */
export const SPELLING_MIN_LENGTH = 5;

/** Every word of those classes (each word of a phrase; stems like "batter*" left out), sorted. */
export function dangerWords(): string[] {
  const words = new Set<string>();
  for (const name of DANGER_CLASSES) {
    for (const entry of concepts[name] ?? []) {
      if (entry.endsWith('*')) continue;
      for (const word of entry.split(' ')) if (word.length >= SPELLING_MIN_LENGTH && /^[a-z]+$/.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}

export const spelling: SpellingData = {
  words: dangerWords(),
  realWords: new Set(REAL_WORDS_NEAR_DANGER),
  minLength: SPELLING_MIN_LENGTH,
  // "hesoutsidee", "shesbleeding", "theyreoutside"
  gluedStarts: { hes: 'he is', shes: 'she is', theyre: 'they are', hez: 'he is', shez: 'she is' },
};
