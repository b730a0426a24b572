/**
 * A learned fallback for who and what (relationship, behaviours): one-vs-rest logistic regressions
 * over the words of the story (the features and scoring of src/learned/linear.ts, shared with the
 * safety signal), trained by `npm run understanding:train` on the blind batches and the table.
 * It never overrules the rules: it names a relationship only where the rules found none, and only
 * ADDS a behaviour the rules did not read, each at a threshold chosen on held-out batches. Every
 * learned fact says which words pushed it (`because`).
 */
import { BEHAVIOURS, RELATIONSHIPS, type Behaviour, type Found, type Relationship } from '../../dialogs/facts';
import { featuresOfClauses, logisticScore, type LinearModel, type ModelScore } from '../learned/linear';
import { originalText, type Normalised, type Span } from './normalise';

/** The behaviours it learns: all but `personalDetails` (the blind batches' brief has no such label). */
export const LEARNED_BEHAVIOURS = BEHAVIOURS.filter((b) => b !== 'personalDetails');
export type LearnedBehaviour = (typeof LEARNED_BEHAVIOURS)[number];

/** One class's regression as stored: its weights in the order of the model's `features` (0: none). */
export interface StoredClass {
  bias: number;
  threshold: number;
  weights: readonly number[];
}

/**
 * The model as `models/en-GB.json` stores it: one list of features shared by every class, each class's
 * weights an array in that order (a third smaller than a weight table per class, and read with one
 * lookup a feature instead of one a class).
 */
export interface StoredModel {
  locale: string;
  trainedOn: readonly string[];
  features: readonly string[];
  relationship: Readonly<Record<Relationship, StoredClass>>;
  behaviours: Readonly<Record<LearnedBehaviour, StoredClass>>;
}

interface LoadedClass {
  bias: number;
  threshold: number;
  weights: Float64Array;
}

/** The model ready to score (`loadModel`): a feature's place in every class's weights. */
export interface UnderstandingModel {
  features: readonly string[];
  index: ReadonlyMap<string, number>;
  relationship: Readonly<Record<Relationship, LoadedClass>>;
  behaviours: Readonly<Record<LearnedBehaviour, LoadedClass>>;
}

function loadClass(c: StoredClass, size: number): LoadedClass {
  if (c.weights.length !== size) throw new Error('learned model: a class has weights for a different list of features');
  return { bias: c.bias, threshold: c.threshold, weights: Float64Array.from(c.weights) };
}

/** Builds the lookup and the weight arrays of a stored model (once per thread, at warm-up). */
export function loadModel(stored: StoredModel): UnderstandingModel {
  const size = stored.features.length;
  return {
    features: stored.features,
    index: new Map(stored.features.map((f, i) => [f, i])),
    relationship: Object.fromEntries(RELATIONSHIPS.map((r) => [r, loadClass(stored.relationship[r], size)])) as UnderstandingModel['relationship'],
    behaviours: Object.fromEntries(LEARNED_BEHAVIOURS.map((b) => [b, loadClass(stored.behaviours[b], size)])) as UnderstandingModel['behaviours'],
  };
}

/** Trained regressions (one weight table per class) in the stored form (`npm run understanding:train`). */
export function storeModel(
  meta: { locale: string; trainedOn: readonly string[] },
  relationship: Readonly<Record<Relationship, LinearModel>>,
  behaviours: Readonly<Record<LearnedBehaviour, LinearModel>>,
): StoredModel {
  const classes = [...Object.values(relationship), ...Object.values(behaviours)];
  const features = [...new Set(classes.flatMap((c) => Object.keys(c.weights)))].sort();
  const store = (c: LinearModel): StoredClass => ({ bias: c.bias, threshold: c.threshold, weights: features.map((f) => c.weights[f] ?? 0) });
  return {
    ...meta,
    features,
    relationship: Object.fromEntries(RELATIONSHIPS.map((r) => [r, store(relationship[r])])) as StoredModel['relationship'],
    behaviours: Object.fromEntries(LEARNED_BEHAVIOURS.map((b) => [b, store(behaviours[b])])) as StoredModel['behaviours'],
  };
}

/** A story shorter than this many words is an answer to a question ("yes", "since March"), not read. */
export const MIN_WORDS = 6;

/** Sentence punctuation: the features' clauses (word pairs never cross one). */
const BOUNDARY = /[.!?;:,()"\n]+|\s-+\s/g;
/** "doesn't", "dont", "won't": the word "not" after the verb, so a negation reads as one. */
const NOT_CONTRACTION = /\b(do|does|did|is|was|has|have|had|wo|ca|could|would|should|are|were|ai|must|need)n'?t\b/g;

/** The normalised text (./normalise.ts) as clauses of plain words for the features. */
export function clausesOf(normalisedText: string): string[] {
  return normalisedText
    .replace(NOT_CONTRACTION, '$1 not')
    .split(BOUNDARY)
    .map((c) => c.replace(/([a-z0-9])'(?=[a-z0-9])/g, '$1').replace(/[^a-z0-9]+/g, ' ').trim())
    .filter((c) => c.length > 0);
}

export function storyFeatures(normalisedText: string): string[] {
  return featuresOfClauses(clausesOf(normalisedText));
}

export interface Learned<T> {
  value: T;
  score: number;
  /** The features that pushed the score up most ("w:flat", "b:flat 4"), strongest first. */
  because: string[];
}

/** The places of a story's features in the model's weights (features it has no weight for left out). */
function placesOf(model: UnderstandingModel, features: readonly string[]): number[] {
  const places: number[] = [];
  for (const f of features) {
    const i = model.index.get(f);
    if (i !== undefined) places.push(i);
  }
  return places;
}

/** The probability-like score (0..1) of one class, and the features that added most to it, strongest first. */
function scoreClass(model: UnderstandingModel, c: LoadedClass, places: readonly number[]): ModelScore {
  let sum = c.bias;
  const contributions: [string, number][] = [];
  for (const i of places) {
    const w = c.weights[i]!;
    if (w === 0) continue;
    sum += w;
    if (w > 0) contributions.push([model.features[i]!, w]);
  }
  return logisticScore(sum, contributions);
}

/** The likeliest relationship, if its score reaches its threshold. */
export function learnedRelationship(model: UnderstandingModel, features: readonly string[]): Learned<Relationship> | undefined {
  const places = placesOf(model, features);
  let best: Learned<Relationship> | undefined;
  let bestMargin = -Infinity;
  for (const r of RELATIONSHIPS) {
    const c = model.relationship[r];
    const { score, because } = scoreClass(model, c, places);
    // the class furthest over its own threshold
    if (score >= c.threshold && score - c.threshold > bestMargin) {
      best = { value: r, score, because };
      bestMargin = score - c.threshold;
    }
  }
  return best;
}

/** The behaviours whose scores reach their thresholds, leaving out those already `found`. */
export function learnedBehaviours(model: UnderstandingModel, features: readonly string[], found: ReadonlySet<Behaviour>): Learned<Behaviour>[] {
  const places = placesOf(model, features);
  const out: Learned<Behaviour>[] = [];
  for (const b of LEARNED_BEHAVIOURS) {
    if (found.has(b)) continue;
    const c = model.behaviours[b];
    const { score, because } = scoreClass(model, c, places);
    if (score >= c.threshold) out.push({ value: b, score, because });
  }
  return out;
}

/** Whether a message is long enough to be read by the model (a story, not a reply to a question). */
export function longEnough(original: string): boolean {
  let words = 0;
  for (const w of original.split(/\s+/)) if (w.length > 0 && ++words >= MIN_WORDS) return true;
  return false;
}

export interface LearnedReading {
  relationship?: Learned<Relationship>;
  behaviours: Learned<Behaviour>[];
}

/**
 * What the model adds to the rules' reading of a normalised story: a relationship when the rules
 * found none, and the behaviours the rules did not read. Nothing for a message under MIN_WORDS words.
 */
export function readLearned(
  model: UnderstandingModel,
  n: Normalised,
  rules: { relationship?: Found<Relationship>; behaviours?: Found<Behaviour[]> },
): LearnedReading {
  if (!longEnough(n.original)) return { behaviours: [] };
  const features = storyFeatures(n.text);
  const relationship = rules.relationship ? undefined : learnedRelationship(model, features);
  const behaviours = learnedBehaviours(model, features, new Set(rules.behaviours?.value ?? []));
  return relationship ? { relationship, behaviours } : { behaviours };
}

/** The rules' facts with the model's added: the person's words are those that pushed each score. */
export function withLearned(
  n: Normalised,
  rules: { relationship?: Found<Relationship>; behaviours?: Found<Behaviour[]> },
  learned: LearnedReading,
): { relationship?: Found<Relationship>; behaviours?: Found<Behaviour[]> } {
  const out: { relationship?: Found<Relationship>; behaviours?: Found<Behaviour[]> } = {};
  const relationship = rules.relationship ?? (learned.relationship && { value: learned.relationship.value, text: wordsThatPushed(n, learned.relationship.because) });
  if (relationship) out.relationship = relationship;
  if (learned.behaviours.length === 0) {
    if (rules.behaviours) out.behaviours = rules.behaviours;
    return out;
  }
  const all = new Set<Behaviour>([...(rules.behaviours?.value ?? []), ...learned.behaviours.map((b) => b.value)]);
  const words = [rules.behaviours?.text, ...learned.behaviours.map((b) => wordsThatPushed(n, b.because))].filter((t): t is string => Boolean(t));
  out.behaviours = { value: BEHAVIOURS.filter((b) => all.has(b)), text: [...new Set(words)].join('; ') };
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A feature's word as it may be written in the normalised text ("hes" for "he's", "not" for "n't"). */
const loose = (word: string) => (word === 'not' ? "(?:not|n'?t)" : [...word].map(escape).join("'?"));

/** Where a feature's words are in the normalised text (the first place), if they can be found. */
function spanOf(text: string, feature: string): Span | undefined {
  const colon = feature.indexOf(':');
  const kind = feature.slice(0, colon);
  const body = feature.slice(colon + 1);
  let source: string;
  if (kind === 'w' || kind === 'n') source = `\\b${loose(body)}\\b`;
  else if (kind === 'b') source = `\\b${body.split(' ').map(loose).join("(?:[^a-z0-9]+|(?=n'?t\\b))")}\\b`;
  else if (kind === 'c') {
    // a letter group: the whole word it is part of ("<fla" is the start of a word)
    const core = loose(body.replace(/^<|>$/g, ''));
    source = `\\b${body.startsWith('<') ? '' : "[a-z0-9']*"}${core}${body.endsWith('>') ? '' : "[a-z0-9']*"}\\b`;
  } else return undefined;
  const m = new RegExp(source).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The person's words behind a learned fact: the places of its strongest features, in message order. */
export function wordsThatPushed(n: Normalised, because: readonly string[]): string {
  const spans = because
    .map((f) => spanOf(n.text, f))
    .filter((s): s is Span => s !== undefined)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const words = merged.map((s) => originalText(n, s.start, s.end)).filter(Boolean);
  return words.length > 0 ? words.join('; ') : because.map((f) => f.slice(f.indexOf(':') + 1)).join('; ');
}
