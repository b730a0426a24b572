/**
 * The learned recall signal: two small logistic regressions (emergency, crisis) over the words,
 * word pairs and letter groups of the normalised message, trained by `npm run safety:train` on the
 * labelled corpus and the blind batches. Deterministic (fixed weights in a JSON file), explainable
 * (the words that pushed the score up are returned), and only ever ADDED to the rules: it can raise
 * a message the rules missed, never lower one they caught, and it never produces text.
 * The features and the scoring are shared with understanding (src/learned/linear.ts).
 */
import type { ConceptLexicon, NormalisationData } from './types';
import { normalise } from './normalise';
import { featuresOfClauses, type LinearModel } from '../learned/linear';

export { featuresOfClauses, scoreFeatures, type LinearModel, type ModelScore } from '../learned/linear';

export type ModelLevel = 'emergency' | 'crisis';

export interface SafetyModel {
  locale: string;
  /** What it was trained on and how it did there (for the README and audits). */
  trainedOn: readonly string[];
  emergency: LinearModel;
  crisis: LinearModel;
}

/**
 * Every feature of a message (src/learned/linear.ts `featuresOfClauses`) after the safety
 * normalisation: words, word pairs, letter groups, negated words and, with a concept lexicon, the
 * word classes present ("k:weapon", "kk:now+weapon").
 */
export function featuresOf(text: string, normalisation: NormalisationData, concepts?: ConceptLexicon): string[] {
  return featuresOfClauses(normalise(text, normalisation), concepts);
}
