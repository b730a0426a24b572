/**
 * Building blocks question modules share: reading a choice into an answer, reading one understood
 * fact (typed answer, confirmation, summary wording), band and flag questions.
 */
import type { Found, UnderstoodFacts } from '../facts';
import type { SummaryLineId } from '../summary';
import type { Answer, Answers } from '../../machines/triage.types';
import type { Translator } from '../../src/i18n';
import type { ParserId, Question } from './question';

type NoAnswer = 'notSure' | 'skipped' | 'preferNotToSay';

const NO_ANSWER: Readonly<Record<string, NoAnswer>> = {
  skip: 'skipped',
  notSure: 'notSure',
  preferNotToSay: 'preferNotToSay',
};

/** "skip", "not sure" and "prefer not to say" as an answer's status. */
export function noAnswerOf(choice: string): NoAnswer | undefined {
  return Object.prototype.hasOwnProperty.call(NO_ANSWER, choice) ? NO_ANSWER[choice] : undefined;
}

/** A single choice (a one-item list counts; a longer list is no single choice). */
export function singleChoice(choice: string | string[]): string {
  return Array.isArray(choice) ? (choice.length === 1 ? choice[0]! : '') : choice;
}

/** One of `allowed` as a given answer, or a no-answer status; undefined for anything else. */
export function pick<T extends string>(allowed: readonly T[], choice: string | string[]): Answer<T> | undefined {
  const single = singleChoice(choice);
  const status = noAnswerOf(single);
  if (status) return { status };
  return (allowed as readonly string[]).includes(single) ? { status: 'given', value: single as T } : undefined;
}

/** A band ("this week", "every day") as `{ band }`, or a no-answer status. */
export function pickBand<B extends string>(bands: readonly B[], choice: string | string[]): Answer<{ band: B }> | undefined {
  const answer = pick(bands, choice);
  return answer?.status === 'given' ? { status: 'given', value: { band: answer.value } } : answer;
}

/** "Not sure", keeping the words that were not understood. */
export const notSureWith = (words: string) => ({ status: 'notSure' as const, words });

/** The answers a question's facts can fill, one per parser, and the fact that fills each. */
interface FactAnswers {
  relationship: 'relationship';
  behaviours: 'behaviours';
  since: 'startedOn';
  howOften: 'frequency';
}

type FactAnswerKey = keyof FactAnswers;
type FoundValue<K extends FactAnswerKey> = NonNullable<UnderstoodFacts[FactAnswers[K]]>['value'];
type AnswerValue<K extends FactAnswerKey> = NonNullable<Answers[K]> extends Answer<infer V> ? V : never;

/** The parser in src/understanding that finds each fact a question reads (age and nation answer none). */
const PARSER_OF: Record<FactAnswers[FactAnswerKey], ParserId> = {
  relationship: 'relationship',
  behaviours: 'behaviours',
  startedOn: 'startDate',
  frequency: 'frequency',
};

/** How a question reads one understood fact (who, what, since, how often). */
export interface FactReading<K extends FactAnswerKey> {
  answer: K;
  fact: FactAnswers[K];
  /** The answer's value for the fact found. */
  value(found: FoundValue<K>): AnswerValue<K>;
  /** Words that found nothing usable don't answer (an empty list of behaviours). */
  usable?(found: FoundValue<K>): boolean;
  word(value: AnswerValue<K>, tr: Translator): string;
  /** What "no" to the confirmation does (default: forget the fact and ask properly). */
  onNo?: 'drop' | 'keep';
  line: SummaryLineId;
}

/**
 * Everything a fact-reading question does with its fact: the parser that finds it, read typed
 * words, note an unclear reply as "not sure", confirm the fact waiting from earlier words (accepting it keeps what was
 * understood earlier and adds the new words), forget it, and word it in the confirmation and the
 * summary (the line it fills is corrected at this question).
 */
export function readsFact<K extends FactAnswerKey>(
  reading: FactReading<K>,
): Required<Pick<Question<string, AnswerValue<K>>, 'parser' | 'readText' | 'recordUnclear' | 'prefill' | 'summary'>> {
  const { answer: key, fact } = reading;
  // One place where the key ties the fact to its answer's type (FactAnswers pairs them).
  const found = (facts: UnderstoodFacts) => facts[fact] as Found<FoundValue<K>> | undefined;
  const readText = (answers: Answers, facts: UnderstoodFacts): Answers | undefined => {
    const f = found(facts);
    if (!f || (reading.usable && !reading.usable(f.value))) return undefined;
    return { ...answers, [key]: { status: 'given', value: reading.value(f.value), words: f.text } };
  };
  return {
    parser: PARSER_OF[fact],
    readText,
    recordUnclear: (answers, words) => ({ ...answers, [key]: notSureWith(words) }),
    prefill: {
      find: ({ answers, prefill }) => {
        const f = found(prefill);
        return answers[key] || !f ? undefined : reading.value(f.value);
      },
      accept({ answers, prefill }) {
        const answered = readText(answers, prefill);
        const given = answered?.[key];
        return answered && given?.status === 'given' ? { ...answered, [key]: { ...given, confirmed: true } } : (answered ?? answers);
      },
      onNo: reading.onNo ?? 'drop',
      drop: ({ [fact]: _dropped, ...rest }) => rest,
      word: reading.word,
    },
    summary: { line: reading.line, corrects: true, word: reading.word },
  };
}

/** A question whose choice is recorded as one answer, read from the choice by `read`. */
export function recordsChoice<K extends Exclude<keyof Answers, 'risk'>>(
  key: K,
  read: (choice: string | string[]) => Answers[K] | undefined,
): Pick<Question, 'recordChoice'> {
  return {
    recordChoice(answers, choice) {
      const answer = read(choice);
      return answer === undefined ? undefined : { ...answers, [key]: answer };
    },
  };
}

/**
 * A question answered with a band ("this week", "every day"), "not sure" or "skip"; its answer
 * is kept under its own id.
 */
export function bandQuestion<const Id extends 'since' | 'howOften', B extends string>(id: Id, bands: readonly B[]) {
  return {
    id,
    kind: 'single' as const,
    choices: [...bands, 'notSure', 'skip'],
    ...recordsChoice(id, (choice) => pickBand(bands, choice) as Answers[Id] | undefined),
  };
}

/**
 * For a new question with no field of its own in Answers: its answer (one of `values`, or a
 * no-answer status) is kept in `answers.more` under its id, and the summary shows it on the
 * "more" line, labelled `questions.<id>.inSummary`, worded with the choice's label.
 */
export function recordsOwnAnswer(id: string, values: readonly string[]): Pick<Question, 'recordChoice' | 'recordUnclear' | 'summary'> {
  const record = (answers: Answers, answer: Answer<string>): Answers => ({ ...answers, more: { ...answers.more, [id]: answer } });
  return {
    recordChoice(answers, choice) {
      const answer = pick(values, choice);
      return answer && record(answers, answer);
    },
    recordUnclear: (answers, words) => record(answers, notSureWith(words)),
    summary: { line: 'more', corrects: true },
  };
}

/**
 * A question with two choices in its own words, recorded as a flag under its id (`true` for the
 * first): "can I ask about risk?" (yes / skip), "share the conversation too?" (yes / no).
 */
export function flagQuestion<const Id extends 'riskConsent' | 'shareTranscript'>(id: Id, yes: string, other: string) {
  return {
    id,
    kind: 'single' as const,
    choices: [yes, other],
    noSkip: true,
    ownWording: [yes, other],
    ...recordsChoice(id, (choice) => {
      const single = singleChoice(choice);
      return single === yes || single === other ? single === yes : undefined;
    }),
  };
}
