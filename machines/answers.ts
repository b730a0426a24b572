/**
 * Pure functions that record answers. Each asks the question's own module (dialogs/questions/);
 * nothing here knows one question from another. The machine's actions call these.
 */
import { BEHAVIOURS, hasAnyFact, type UnderstoodFacts } from '../dialogs/facts';
import { getQuestion, type ConversationView, type QuestionId } from '../dialogs/questions';
import type { SummaryLineId } from '../dialogs/summary';
import type { Answers, TriageContext } from './triage.types';

export { hasAnyFact };

/**
 * Records a choice for a question. Returns the new answers, or undefined when the choice is not
 * one this question offers (the caller re-asks). A question whose answer is a decision, not data
 * (options, consent...), takes any choice it offers and records nothing.
 */
export function applyChoice(answers: Answers, question: QuestionId, choice: string | string[], facts?: UnderstoodFacts, words?: string): Answers | undefined {
  const q = getQuestion(question);
  if (q.recordChoice) return q.recordChoice(answers, choice, facts, words);
  const single = Array.isArray(choice) ? (choice.length === 1 ? choice[0]! : '') : choice;
  return q.choices.includes(single) ? answers : undefined;
}

/** Records a typed answer from the facts understood in it; undefined when the words don't answer it. */
export function applyFacts(answers: Answers, question: QuestionId, facts: UnderstoodFacts, text: string): Answers | undefined {
  return getQuestion(question).readText?.(answers, facts, text);
}

/** Records "not sure" for a question whose typed answer was not understood twice, keeping the words. */
export function applyUnclear(answers: Answers, question: QuestionId, text: string): Answers {
  return getQuestion(question).recordUnclear?.(answers, text.slice(0, 500)) ?? answers;
}

/** The fact waiting for a question to confirm, if any is waiting and the question is unanswered. */
export function prefillFor(context: TriageContext, question: QuestionId): unknown {
  return getQuestion(question).prefill?.find(context);
}

/** Accepts the waiting fact for a question as its answer. */
export function acceptPrefill(context: TriageContext, question: QuestionId): Answers {
  return getQuestion(question).prefill?.accept(context) ?? context.answers;
}

/** Forgets the waiting fact for a question (the person said it was wrong). */
export function dropPrefill(prefill: UnderstoodFacts, question: QuestionId): UnderstoodFacts {
  return getQuestion(question).prefill?.drop?.(prefill) ?? prefill;
}

/** The choices a question offers now (some depend on the conversation). */
export function choicesNow(question: QuestionId, view: ConversationView): readonly string[] {
  const q = getQuestion(question);
  return q.choicesNow?.(view) ?? q.choices;
}

/** Merges newly understood facts into the prefill; newer facts win, behaviours accumulate. */
export function mergeFacts(prefill: UnderstoodFacts, facts: UnderstoodFacts): UnderstoodFacts {
  const merged: UnderstoodFacts = { ...prefill, ...facts };
  if (prefill.behaviours && facts.behaviours) {
    const all = new Set([...prefill.behaviours.value, ...facts.behaviours.value]);
    merged.behaviours = {
      value: BEHAVIOURS.filter((b) => all.has(b)),
      text: `${prefill.behaviours.text}; ${facts.behaviours.text}`,
    };
  }
  return merged;
}

/** The answer each plain summary line shows: removing the line records it as skipped. */
const LINE_ANSWER = {
  relationship: 'relationship',
  behaviours: 'behaviours',
  since: 'since',
  howOften: 'howOften',
  evidence: 'evidence',
} as const satisfies Partial<Record<SummaryLineId, keyof Answers>>;

/** Removes a summary line's data entirely, so it can never be shared. */
export function removeLine(
  context: TriageContext,
  line: SummaryLineId,
): Pick<TriageContext, 'answers' | 'route'> & Partial<Pick<TriageContext, 'riskRules' | 'moments'>> {
  const a = context.answers;
  const skipped = { status: 'skipped' as const };
  switch (line) {
    case 'relationship':
    case 'behaviours':
    case 'since':
    case 'howOften':
    case 'evidence':
      return { answers: { ...a, [LINE_ANSWER[line]]: skipped }, route: context.route };
    case 'story':
      return { answers: { ...a, story: undefined }, route: context.route };
    case 'risk':
      return { answers: { ...a, risk: {} }, riskRules: [], route: context.route };
    case 'moments':
      return { answers: a, moments: [], route: context.route };
    case 'police':
      return { answers: { ...a, police: skipped, crimeRef: undefined }, route: context.route };
    case 'more':
      return { answers: { ...a, more: undefined }, route: context.route };
    case 'route':
      return { answers: a, route: context.route && { recommended: context.route.recommended, extras: context.route.extras } };
  }
}
