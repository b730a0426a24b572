/**
 * Every question the bot asks: one module per question (or per family, as the risk questions)
 * in this folder, registered here in the order they are first asked. Generic code - the machine's
 * actions, the renderers, the summary - loops over these modules; see README.md "Adding a question".
 *
 * Locale keys follow one convention (checked by test/locales.test.ts):
 *   questions.<id>.prompt             the question
 *   questions.<id>.reask              a gentle second try when a typed answer was not understood
 *   questions.<id>.confirm            "It sounds like {{value}} - is that right?" (questions with a prefill)
 *   questions.<id>.choices.<choice>   a choice's label
 *   questions.<id>.synonyms.<choice>  extra words that pick a choice (optional, "|"-separated)
 *   questions.<id>.means.<choice>     words that, after a leading yes or no, point to a choice
 *                                     (optional; "no, I'm safe" is a contradiction, not "no")
 *   common.choices.<choice>           labels shared by all questions (skip, notSure, preferNotToSay, yes, no)
 */
import { crimeRef } from './crime.ref';
import { afterEnd, consent, contactAddress, contactCheckQuestion, contactCheckThenAddress, contactSafe, shareTranscript } from './ending';
import { evidence } from './evidence';
import { howOften } from './how.often';
import { moreTopics } from './more.topics';
import { options } from './options';
import { police } from './police';
import type { Question } from './question';
import type { TriageContext } from '../../machines/triage.types';
import { riskQuestions, type RiskFactor } from './risk';
import { riskConsent } from './risk.consent';
import { safety } from './safety';
import { since } from './since';
import { story } from './story';
import { lineAction, summaryLine, summaryReview } from './summary.review';
import { carryOn, harmCheck } from './urgent';
import { what } from './what';
import { who } from './who';

export { RISK_FACTORS, riskFactorOf, type RiskFactor } from './risk';
export { HARM_CHECK_CHOICES, type HarmCheckChoice } from './urgent';
export { CONSENT_CHOICES, type ConsentChoice } from './ending';
export type { ConversationView, ParserId, Question, QuestionKind } from './question';

/** Every question module, in the order they are first asked. */
export const QUESTION_MODULES = [
  safety,
  story,
  who,
  what,
  since,
  howOften,
  riskConsent,
  ...riskQuestions,
  evidence,
  police,
  crimeRef,
  moreTopics,
  options,
  summaryReview,
  summaryLine,
  lineAction,
  consent,
  contactSafe,
  contactCheckQuestion,
  contactCheckThenAddress,
  contactAddress,
  shareTranscript,
  carryOn,
  harmCheck,
  afterEnd,
] as const;

type Module = (typeof QUESTION_MODULES)[number];
export type QuestionId = Module['id'];
/** The module of one question, with its own value type. */
export type QuestionOf<Q extends QuestionId> = Extract<Module, { id: Q }>;
/** Any question, as generic code sees it. */
export type QuestionDef = Question;

/** The type of the fact a question confirms (never for questions that confirm nothing). */
type PrefillValueOf<M> = M extends { prefill?: infer P } ? (P extends { find(...args: never[]): infer V } ? Exclude<V, undefined> : never) : never;

/** A fact waiting to be confirmed, typed by its question: `{ question: 'who', value: 'exPartner' }`. */
export type ConfirmFact = {
  [Q in QuestionId]: [PrefillValueOf<QuestionOf<Q>>] extends [never] ? never : { question: Q; value: PrefillValueOf<QuestionOf<Q>> };
}[QuestionId];

export const QUESTIONS = Object.fromEntries(QUESTION_MODULES.map((m) => [m.id, m])) as unknown as {
  readonly [Q in QuestionId]: QuestionOf<Q>;
};
export const QUESTION_IDS: QuestionId[] = QUESTION_MODULES.map((m) => m.id);

const REGISTERED: Question[] = [...QUESTION_MODULES];

/** Every question, in the order they are first asked: the modules above and any registered since. */
export function allQuestions(): readonly Question[] {
  return REGISTERED;
}

/**
 * Adds a question module at run time (a test's sample question). Call it before the machine is
 * loaded: the machine's states are built from the questions registered when it loads.
 */
export function registerQuestion(question: Question): void {
  if (isQuestionId(question.id)) throw new Error(`question ${question.id} exists already`);
  REGISTERED.push(question);
  (QUESTIONS as Record<string, Question>)[question.id] = question;
  (QUESTION_IDS as string[]).push(question.id);
}

/** Choices offered when confirming a fact understood from the person's words. */
export const CONFIRM_CHOICES = ['yes', 'no', 'notSure', 'skip'] as const;

/** Answers every question accepts; their labels live under common.choices. */
export const COMMON_CHOICES = ['skip', 'notSure', 'preferNotToSay', 'yes', 'no'] as const;
export type CommonChoice = (typeof COMMON_CHOICES)[number];

export function riskQuestionId(factor: RiskFactor): QuestionId {
  return `risk.${factor}`;
}

export function getQuestion(id: QuestionId): Question {
  return QUESTIONS[id];
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(QUESTIONS, value);
}

export function isCommonChoice(choice: string): choice is CommonChoice {
  return (COMMON_CHOICES as readonly string[]).includes(choice);
}

/** The locale key that labels a choice of a question (some give a common choice their own wording). */
export function choiceLabelKey(question: QuestionId, choice: string): string {
  const own = getQuestion(question).ownWording?.includes(choice) ?? false;
  return isCommonChoice(choice) && !own ? `common.choices.${choice}` : `questions.${question}.choices.${choice}`;
}

/** The choices a leading "yes" and a leading "no" pick at a question, when it offers them. */
export function yesNoChoices(id: QuestionId, mode: 'ask' | 'confirm'): { yes?: string; no?: string } {
  if (mode === 'confirm') return { yes: 'yes', no: 'no' };
  const q = getQuestion(id);
  const has = (c: string | undefined) => (c !== undefined && q.choices.includes(c) ? c : undefined);
  return { yes: has(q.yesNo?.yes ?? 'yes'), no: has(q.yesNo?.no ?? 'no') };
}

export const questionKeys = (id: QuestionId) => ({
  prompt: `questions.${id}.prompt`,
  reask: `questions.${id}.reask`,
  confirm: `questions.${id}.confirm`,
});

/** The fact waiting for a question to confirm, typed by its question; undefined when none is waiting. */
export function confirmFactFor(question: QuestionId, context: TriageContext): ConfirmFact | undefined {
  const value = getQuestion(question).prefill?.find(context);
  // The module's own `find` gave this value, so it has the module's value type.
  return value === undefined ? undefined : ({ question, value } as ConfirmFact);
}
