/**
 * Classes of words used alike, for the learned fallback (./learned.ts): with them a weight learned
 * for "smashed" also counts for "torched" or "ransacked", words the training stories may never have
 * used. Two sizes (broad and narrow) of clusters of GloVe word vectors over about 40,000 common
 * English words, derived once by scripts/derive-word-classes.ts into models/word-classes.en.json.
 * A word outside the list has no class (its letter groups still count, ../learned/linear.ts).
 */
import { STOP_WORDS } from '../learned/linear';
import type { Span } from './normalise';
import storedClasses from './models/word-classes.en.json';

interface StoredClasses {
  sizes: readonly number[];
  words: readonly string[];
  /** classes[s][i]: the class of words[i] at the s-th size. */
  classes: readonly (readonly number[])[];
}

let loaded: ReadonlyMap<string, readonly number[]> | undefined;

/** Word -> its class at each size (loaded once, on first use). */
function classesByWord(): ReadonlyMap<string, readonly number[]> {
  if (!loaded) {
    const stored: StoredClasses = storedClasses;
    loaded = new Map(stored.words.map((w, i) => [w, stored.classes.map((c) => c[i] as number)]));
  }
  return loaded;
}

/** The feature naming a word's class at one size: "q1:1034". */
const featureOf = (size: number, id: number) => `q${size}:${id}`;

/**
 * The class features of a story, from its plain word features ("w:torched": a word said, not under a
 * negation and not a stop word; ../learned/linear.ts): each word's class at every size.
 */
export function wordClassFeatures(features: readonly string[]): string[] {
  const byWord = classesByWord();
  const out = new Set<string>();
  for (const f of features) {
    if (!f.startsWith('w:')) continue;
    const ids = byWord.get(f.slice(2));
    if (ids) ids.forEach((id, size) => out.add(featureOf(size, id)));
  }
  return [...out];
}

/** Where the first word of a class feature's class is in the text ("q1:1034" -> "torched"), if any. */
export function spanOfWordClass(text: string, feature: string): Span | undefined {
  const m = /^q(\d+):(\d+)$/.exec(feature);
  if (!m) return undefined;
  const size = Number(m[1]);
  const id = Number(m[2]);
  const byWord = classesByWord();
  for (const w of text.matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
    const ids = byWord.get(w[0].replace("'", ''));
    if (ids && ids[size] === id && !STOP_WORDS.has(w[0])) return { start: w.index, end: w.index + w[0].length };
  }
  return undefined;
}
