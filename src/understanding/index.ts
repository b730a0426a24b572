/**
 * Free text -> facts. Pure and synchronous: the reference date is injected, nothing reads the
 * clock, and no function throws (anything unexpected yields `undefined` for that fact).
 */
import type { Behaviour, Found, Frequency, Relationship, StartDate, UnderstoodFacts } from '../../dialogs/facts';
import { extractBehavioursFrom } from './behaviours';
import { compileBetweenTurns } from '../text/compile.between.turns';
import { regexesIn } from '../text/regexes.in';
import { lookbehindLast } from '../text/lookbehind.last';
import { extractStartDateFrom, getDateModel, needsRecognizer } from './dates';
import { nativeCompileSubject } from '../text/native.subject';
import { extractFrequencyFrom, findFrequencies, frequencyFromCountSoFar } from './frequency';
import { normalise, type Normalised } from './normalise';
import { DEFAULT_LOCALE, getPhrases, type CompiledPhrases } from './phrases';
import { extractRelationshipFrom } from './relationship';
import { extractAgeFrom, extractNationFrom } from './person';
import { loadModel, readLearned, withLearned, type LearnedReading, type StoredModel, type UnderstandingModel } from './learned';
import stored from './models/en-GB.json';

let loaded: UnderstandingModel | undefined;
/** The learned fallback for who and what (./learned.ts; trained by `npm run understanding:train`), loaded on first use. */
function learnedModel(): UnderstandingModel {
  loaded ??= loadModel(stored as unknown as StoredModel);
  return loaded;
}

export interface UnderstandOptions {
  /** Reference date: "three weeks ago" is three weeks before this. */
  now: Date;
  /** Default 'en-GB'. Unknown locales fall back to en-GB. */
  locale?: string;
  /** Whose calendar "today" is in. Default 'Europe/London'. */
  timeZone?: string;
  /**
   * Default true: the learned fallback (./learned.ts) names who it is where the rules found no one
   * and adds behaviours the rules did not read. false: the rules alone (to train and measure it).
   */
  learned?: boolean;
}

export { MAX_INPUT_CHARS } from './normalise';
export { MAX_RECOGNIZER_CHARS } from './dates';

function prepare(text: string, locale: string | undefined): { n: Normalised; c: CompiledPhrases } {
  const c = getPhrases(locale ?? DEFAULT_LOCALE);
  return { n: normalise(text, c), c };
}

/** Whole days from a start date to the reference date (at least 1: a count since today is per day). */
function daysSince(iso: string, now: Date): number {
  return Math.max(1, Math.round((now.getTime() - Date.parse(`${iso}T12:00:00Z`)) / 86_400_000));
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Everything we can read from one message. Only the facts found are present. */
export function understand(text: string, options: UnderstandOptions): UnderstoodFacts {
  return understandPrepared(safely(() => prepare(text, options?.locale)), options);
}

/**
 * `understand`, unless the message calls the date recognizer (`usesDateRecognizer`): then
 * undefined, for the understanding thread. The text is normalised once for both questions.
 */
export function understandUnlessDates(text: string, options: UnderstandOptions): UnderstoodFacts | undefined {
  const prepared = safely(() => prepare(text, options?.locale));
  if (prepared && (safely(() => needsRecognizer(prepared.n, prepared.c)) ?? false)) return undefined;
  return understandPrepared(prepared, options);
}

function understandPrepared(prepared: { n: Normalised; c: CompiledPhrases } | undefined, options: UnderstandOptions): UnderstoodFacts {
  const facts: UnderstoodFacts = {};
  if (!prepared) return facts;
  const { n, c } = prepared;
  if (n.text.trim() === '') return facts;

  const relationship = safely(() => extractRelationshipFrom(n, c));
  const behaviours = safely(() => extractBehavioursFrom(n, c));
  const frequencyMatches = safely(() => findFrequencies(n, c)) ?? [];
  const frequency = safely(() => extractFrequencyFrom(n, c, frequencyMatches));
  const startedOn = safely(() =>
    extractStartDateFrom(n, c, options?.now, frequencyMatches, options?.timeZone),
  );

  // nothing says how often, but a count and a start do: "3 or 4 times since 2 November"
  const counted = !frequency && startedOn && options?.now ? safely(() => frequencyFromCountSoFar(n, c, daysSince(startedOn.value.iso, options.now))) : undefined;

  const ruled = { ...(relationship ? { relationship } : {}), ...(behaviours ? { behaviours } : {}) };
  const learned = options?.learned === false ? undefined : safely(() => readLearned(learnedModel(), n, ruled));
  const who = learned ? (safely(() => withLearned(n, ruled, learned)) ?? ruled) : ruled;
  if (who.relationship) facts.relationship = who.relationship;
  if (who.behaviours) facts.behaviours = who.behaviours;
  if (startedOn) facts.startedOn = startedOn;
  if (frequency ?? counted) facts.frequency = (frequency ?? counted)!;
  // About the person (their age, where they live): picks the services, answers no question.
  const age = safely(() => extractAgeFrom(n));
  const nation = safely(() => extractNationFrom(n));
  if (age) facts.age = age;
  if (nation) facts.nation = nation;
  return facts;
}

/**
 * What the learned fallback adds to the rules for a message, with its scores and the features that
 * pushed them ("w:flat", "b:dating website"): for audits and `npm run understanding:train` reports.
 */
export function explainLearned(text: string, locale?: string): LearnedReading | undefined {
  return safely(() => {
    const { n, c } = prepare(text, locale);
    const relationship = extractRelationshipFrom(n, c);
    const behaviours = extractBehavioursFrom(n, c);
    return readLearned(learnedModel(), n, { ...(relationship ? { relationship } : {}), ...(behaviours ? { behaviours } : {}) });
  });
}

/** When it started ("since 03/04/2026", "three weeks ago", "last summer"). */
export function extractStartDate(text: string, options: UnderstandOptions): Found<StartDate> | undefined {
  return safely(() => {
    const { n, c } = prepare(text, options?.locale);
    const frequencies = safely(() => findFrequencies(n, c)) ?? [];
    return extractStartDateFrom(n, c, options?.now, frequencies, options?.timeZone);
  });
}

/** How often ("three times a day", "every night", "it stopped in May"). */
export function extractFrequency(text: string, locale?: string): Found<Frequency> | undefined {
  return safely(() => {
    const { n, c } = prepare(text, locale);
    return extractFrequencyFrom(n, c);
  });
}

/** What they do, de-duplicated, in BEHAVIOURS order. */
export function extractBehaviours(text: string, locale?: string): Found<Behaviour[]> | undefined {
  return safely(() => {
    const { n, c } = prepare(text, locale);
    return extractBehavioursFrom(n, c);
  });
}

/** Who it is ("my ex", "a colleague", "a guy I met on Tinder"). */
export function extractRelationship(text: string, locale?: string): Found<Relationship> | undefined {
  return safely(() => {
    const { n, c } = prepare(text, locale);
    return extractRelationshipFrom(n, c);
  });
}

/**
 * Whether understanding this message calls the date recognizer (the costly part: ~15-20 ms warm).
 * Cheap (normalising and the date cues only): the app sends only these messages to the
 * understanding thread (./understanding.thread.ts) and reads the others on the spot.
 */
export function usesDateRecognizer(text: string, locale?: string): boolean {
  return safely(() => {
    const { n, c } = prepare(text, locale);
    return needsRecognizer(n, c);
  }) ?? false;
}

/**
 * Compile the phrase tables, build the learned fallback's weight tables and, unless `recognizer: false`,
 * load the date recognizer (about half a second, ~100 MB), so the first real message is fast. Call at startup before reporting ready.
 * `recognizer: false` is for a process whose dates are read on the understanding thread. The sentence is read repeated past
 * 1,000 characters, so V8 compiles the patterns it reaches straight to native code, without the bytecode step
 * (../text/native.subject.ts): the recognizer's warm-up 5.2 -> 1.8 s of CPU (7 Dec 2026, Node 20).
 */
export function warmUpUnderstanding(locale: string = DEFAULT_LOCALE, options: { recognizer?: boolean } = {}): void {
  safely(() => {
    const c = getPhrases(locale);
    learnedModel();
    const now = new Date(Date.UTC(2026, 10, 28, 12));
    if (options.recognizer === false) {
      // Who and what: a message with no date cue (how often always has one: "a week", "every day").
      understand(nativeCompileSubject('My ex keeps texting me and turning up at my work and he threatened me.'), { now, locale });
      return;
    }
    getDateModel(c.phrases.recognizerCulture);
    understand(nativeCompileSubject('My ex has been texting me about three times a week since 03/04/2026 and turned up last Tuesday.'), { now, locale });
  });
}

const WARM_UP_SAMPLE = 'he keeps texting me';
const warmedInBackground = new Map<string, Promise<void>>();

/**
 * After ready, between turns: every pattern of the locale's catalogue run once (compileBetweenTurns).
 * warmUpUnderstanding's one sentence reaches only the patterns whose words it holds (the word
 * pre-check skips the rest), so the first real story paid ~70-100 ms compiling the others. Once per
 * locale per thread; resolves when done.
 */
export function warmUpUnderstandingInBackground(locale: string = DEFAULT_LOCALE): Promise<void> {
  let done = warmedInBackground.get(locale);
  if (!done) {
    // with the look-ahead-first forms matchesIn runs in their place (../text/lookbehind.last.ts)
    const patterns = safely(() => regexesIn(getPhrases(locale)).flatMap((re) => (re.global && lookbehindLast(re) !== re ? [re, lookbehindLast(re)] : [re]))) ?? [];
    done = compileBetweenTurns(patterns, WARM_UP_SAMPLE);
    warmedInBackground.set(locale, done);
  }
  return done;
}
