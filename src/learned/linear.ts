/**
 * A small learned signal shared by safety (src/safety/model.ts) and understanding
 * (src/understanding/learned.ts): the features of a message (words, word pairs, letter groups,
 * negated words, word classes) and the score of a logistic regression over them. Deterministic
 * (fixed weights read from JSON) and explainable (the features that pushed a score up are returned).
 * Training is in ./train.ts (used by the training scripts only).
 */

/**
 * Classes of words the learned signal also reads: concept name -> words, phrases of up to three
 * words, or stems ending in "*".
 */
export type ConceptLexicon = Readonly<Record<string, readonly string[]>>;

export interface LinearModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Scores at or above this count (chosen on held-out data in training). */
  threshold: number;
}

/** Letter groups of this length inside each word catch spelling, dialect and text speak ("killin", "feart"). */
const CHAR_GRAM = 4;
/** Words too common to mean anything alone (they still count in word pairs). */
const STOP = new Set(['a', 'an', 'the', 'i', 'me', 'my', 'he', 'she', 'they', 'it', 'is', 'am', 'are', 'was', 'be', 'to', 'of', 'and', 'in', 'on', 'at', 'for', 'with', 'that', 'this', 'you', 'your', 'his', 'her', 'so', 'just', 'do', 'have', 'has', 'had', 'will', 'would', 'what', 'but', 'or', 'we', 'us', 'him', 'them']);
/** After one of these, the next few words are marked as negated ("not in danger", "never hurt"). */
const NEGATORS = new Set(['not', 'never', 'no', 'noone', 'nobody', 'nothing', 'without']);
const NEGATION_REACH = 3;

/**
 * Every feature of a message, given as clauses of lower-case words separated by single spaces:
 * words (w:), adjacent word pairs (b:), letter groups of longer words
 * (c:), words said under a negation (n:), and, with a concept lexicon, the word classes present
 * (k:weapon; k:attack.ing when the word is an -ing form, which reads as "now") and every pair of
 * classes in the message (kk:now+weapon), so what is learned about one word carries to its class.
 */
export function featuresOfClauses(clauses: readonly string[], concepts?: ConceptLexicon): string[] {
  const features = new Set<string>();
  const classes = new Set<string>();
  const lexicon = concepts ? compiled(concepts) : undefined;
  for (const clause of clauses) {
    const words = clause.split(' ');
    if (lexicon) addConcepts(words, lexicon, classes);
    let negatedFor = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (i > 0) features.add(`b:${words[i - 1]} ${word}`);
      if (NEGATORS.has(word)) {
        negatedFor = NEGATION_REACH;
        continue;
      }
      if (negatedFor > 0) {
        negatedFor--;
        if (!STOP.has(word)) features.add(`n:${word}`);
        continue;
      }
      if (STOP.has(word)) continue;
      features.add(`w:${word}`);
      if (word.length < CHAR_GRAM) continue;
      const padded = `<${word}>`;
      for (let j = 0; j + CHAR_GRAM <= padded.length; j++) features.add(`c:${padded.slice(j, j + CHAR_GRAM)}`);
    }
  }
  const found = [...classes].sort();
  for (let i = 0; i < found.length; i++) {
    features.add(`k:${found[i]}`);
    for (let j = i + 1; j < found.length; j++) features.add(`kk:${found[i]}+${found[j]}`);
  }
  return [...features];
}

interface CompiledLexicon {
  /** First word -> the entries starting with it (word lists, longest first) and their class. */
  phrases: ReadonlyMap<string, readonly { words: readonly string[]; concept: string }[]>;
  /** Stems ("strangl") and their class. */
  stems: readonly { stem: string; concept: string }[];
}

const compiledLexicons = new WeakMap<ConceptLexicon, CompiledLexicon>();
function compiled(concepts: ConceptLexicon): CompiledLexicon {
  let lexicon = compiledLexicons.get(concepts);
  if (lexicon) return lexicon;
  const phrases = new Map<string, { words: string[]; concept: string }[]>();
  const stems: { stem: string; concept: string }[] = [];
  for (const [concept, entries] of Object.entries(concepts)) {
    for (const entry of entries) {
      if (entry.endsWith('*')) {
        stems.push({ stem: entry.slice(0, -1), concept });
        continue;
      }
      const words = entry.split(' ');
      const list = phrases.get(words[0] as string) ?? [];
      list.push({ words, concept });
      phrases.set(words[0] as string, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  lexicon = { phrases, stems };
  compiledLexicons.set(concepts, lexicon);
  return lexicon;
}

/** Adds the classes of the words of one clause; an -ing form also adds "<class>.ing". */
function addConcepts(words: readonly string[], lexicon: CompiledLexicon, classes: Set<string>): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    for (const entry of lexicon.phrases.get(word) ?? []) {
      if (entry.words.every((w, k) => words[i + k] === w)) {
        classes.add(entry.concept);
        if (entry.words.length === 1 && word.endsWith('ing')) classes.add(`${entry.concept}.ing`);
      }
    }
    if (word.length < 5) continue;
    for (const { stem, concept } of lexicon.stems) {
      if (!word.startsWith(stem)) continue;
      classes.add(concept);
      if (word.endsWith('ing')) classes.add(`${concept}.ing`);
    }
  }
}

export interface ModelScore {
  score: number;
  /** The features that added most to the score, strongest first. */
  because: string[];
}

/**
 * The weights as a Map, built once per model: a lookup by a freshly built feature string is much
 * cheaper in a Map than in a large object parsed from JSON.
 */
const weightMaps = new WeakMap<LinearModel, ReadonlyMap<string, number>>();
function weightsOf(model: LinearModel): ReadonlyMap<string, number> {
  let weights = weightMaps.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights));
    weightMaps.set(model, weights);
  }
  return weights;
}

/** The probability-like score (0..1) of one model for a message's features. */
export function scoreFeatures(model: LinearModel, features: readonly string[]): ModelScore {
  const weights = weightsOf(model);
  let sum = model.bias;
  const contributions: [string, number][] = [];
  for (const f of features) {
    const w = weights.get(f);
    if (w === undefined) continue;
    sum += w;
    if (w > 0) contributions.push([f, w]);
  }
  return logisticScore(sum, contributions);
}

/**
 * The score (0..1) of a summed bias and weights, with the features of the largest positive weights
 * (`contributions`, sorted here) as the reasons, strongest first. Shared by every linear model's scorer.
 */
export function logisticScore(sum: number, contributions: [string, number][]): ModelScore {
  contributions.sort((a, b) => b[1] - a[1]);
  return { score: 1 / (1 + Math.exp(-sum)), because: contributions.slice(0, 5).map(([f]) => f) };
}
