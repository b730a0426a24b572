/**
 * The locale's own answer words, read once. Most messages in this chat are one of them typed: "yes", "no",
 * "not sure", "help", a button's label typed back. Each costs the safety detector and the understanding
 * step ~0.1-0.3 ms under load (their large compiled patterns are cold between turns), several times a
 * conversation, to find what is always the same: nothing.
 *
 * `buildKnownAnswers` runs the real detectors once on every such phrase of the catalogue (as written,
 * lower case and with a capital), after ready and between turns; `withKnownAnswers` then answers those
 * exact strings from the table and everything else as before. So an answer from the table is by
 * construction what the detectors say for that string:
 *
 * - only the catalogue's phrases are keys, never a person's words (nothing they type is kept);
 * - facts are kept only when they read the same at two reference dates half a year apart (a phrase
 *   whose reading depends on today's date, e.g. one with a date in it, is always read afresh);
 * - an exact, case-sensitive match of the whole (trimmed) message: "yes he's outside" is read in full.
 */
import type { SafetyVerdict, UnderstoodFacts } from '../../dialogs/facts';
import { betweenTurns } from './compile.between.turns';

/** The detectors' shape (src/adapter's `Detectors`), kept here so this module needs no adapter. */
export interface AnswerDetectors<L extends string = string> {
  detectSafety(text: string, locale: L): SafetyVerdict;
  understand(text: string, now: Date, locale: L): UnderstoodFacts | Promise<UnderstoodFacts>;
}

interface KnownAnswer {
  safety: SafetyVerdict;
  /** Undefined: the reading depends on the date (read afresh every time). */
  facts: UnderstoodFacts | undefined;
}

export interface KnownAnswers {
  /** The table's entry for exactly this text in this locale, if it is one of the catalogue's phrases. */
  lookup(text: string, locale: string): KnownAnswer | undefined;
  /** How many strings are known (all locales). */
  size(): number;
}

/** Catalogue paths whose values are words people answer with ("a|b|c" lists or one label). */
const ANSWER_PATH = /^(?:common\.(?:synonyms|choices)|questions\.[^.]+\.(?:synonyms|choices)|commands)\./;
/** Half a year: a reading that changes between the two reference dates depends on the date. */
const SECOND_REFERENCE_MS = 183 * 24 * 60 * 60 * 1000;

/** Every answer phrase of one catalogue (labels and synonyms under ANSWER_PATH), as written, once each. */
export function answerPhrases(catalogue: unknown): string[] {
  const out = new Set<string>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (!ANSWER_PATH.test(path) || value.includes('{{')) return;
      for (const phrase of value.split('|')) if (phrase.trim()) out.add(phrase.trim());
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(catalogue, '');
  return [...out];
}

/** The ways a phrase is typed: as written, lower case, with a capital first letter. */
function typedForms(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  return [...new Set([phrase, lower, lower.charAt(0).toUpperCase() + lower.slice(1)])];
}

function sameReading(a: UnderstoodFacts, b: UnderstoodFacts): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reads every phrase with the detectors, a few milliseconds at a time between turns, and resolves
 * with the table. `phrasesByLocale`: the locales served and their catalogues' phrases.
 */
export async function buildKnownAnswers<L extends string>(
  phrasesByLocale: ReadonlyMap<L, readonly string[]>,
  detectors: AnswerDetectors<L>,
  now: Date = new Date(),
): Promise<KnownAnswers> {
  const table = new Map<string, Map<string, KnownAnswer>>();
  const later = new Date(now.getTime() + SECOND_REFERENCE_MS);
  for (const [locale, phrases] of phrasesByLocale) {
    const known = new Map<string, KnownAnswer>();
    table.set(locale, known);
    await betweenTurns([...new Set(phrases.flatMap(typedForms))], async (text) => {
      try {
        const safety = detectors.detectSafety(text, locale);
        const [first, second] = await Promise.all([detectors.understand(text, now, locale), detectors.understand(text, later, locale)]);
        known.set(text, { safety: Object.freeze({ ...safety }), facts: sameReading(first, second) ? structuredClone(first) : undefined });
      } catch {
        // not kept: this phrase is read afresh every time, as any message is
      }
    });
  }
  return {
    lookup: (text, locale) => table.get(locale)?.get(text),
    size: () => [...table.values()].reduce((n, known) => n + known.size, 0),
  };
}

/**
 * The detectors, answering the catalogue's phrases from `known` once it is built (before that, and for
 * every other text, the detectors themselves). Each answer is a fresh copy.
 */
export function withKnownAnswers<L extends string, D extends AnswerDetectors<L>>(detectors: D, known: () => KnownAnswers | undefined): D {
  return {
    ...detectors,
    detectSafety: (text: string, locale: L) => {
      const answer = known()?.lookup(text, locale);
      return answer ? { ...answer.safety } : detectors.detectSafety(text, locale);
    },
    understand: (text: string, now: Date, locale: L) => {
      const facts = known()?.lookup(text, locale)?.facts;
      return facts ? structuredClone(facts) : detectors.understand(text, now, locale);
    },
  };
}
