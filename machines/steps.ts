/**
 * The order of the questions and the state that asks each one, read from the question modules
 * (dialogs/questions/): each flow question names the one it goes to next, or - a new question -
 * the one it comes after.
 */
import { allQuestions, getQuestion, type Question, type QuestionId } from '../dialogs/questions';
import type { FlowTarget } from '../dialogs/questions/question';
import { SUMMARY_LINES, type SummaryLineId } from '../dialogs/summary';

/** State name for a question: who -> askingWho, risk.threats -> askingRiskThreats. */
export function stateOf(question: QuestionId): string {
  return (
    'asking' +
    question
      .split('.')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join('')
  );
}

const MODULES: readonly Question[] = allQuestions();

/** Questions in the main flow (those whose module has a `flow`), in the order they are first asked. */
export const FLOW_QUESTIONS = MODULES.filter((m) => m.flow !== undefined).map((m) => m.id as QuestionId);

export type FlowNext = Exclude<FlowTarget<QuestionId>, 'emergency'>;

/**
 * Where a flow question goes next when no branch applies: a question placed `after` it, else its
 * own `next`, else (a question placed after another) where that one used to go.
 */
export function nextOf(question: QuestionId): FlowNext {
  const inserted = MODULES.find((m) => m.flow?.after === question);
  if (inserted) return inserted.id as QuestionId;
  const flow = getQuestion(question).flow;
  const next = flow?.next ?? (flow?.after ? getQuestion(flow.after as QuestionId).flow?.next : undefined);
  if (next === undefined || next === 'emergency') throw new Error(`question ${question} has no next step`);
  return next as FlowNext;
}

/**
 * Which question a summary line is corrected at: the first module that says it `corrects` the
 * line. The "more" line (answers of added questions) exists only when such a question does.
 */
export const LINE_QUESTION = Object.fromEntries([
  ['more', 'summaryReview'],
  ...MODULES.flatMap((m) => (m.summary?.corrects ? [[m.summary.line, m.id]] : [])).reverse(),
]) as Record<SummaryLineId, QuestionId>;

/** Every question the conversation can resume at (after help, an emergency, "go back"...). */
export const RESUMABLE: readonly QuestionId[] = [
  ...FLOW_QUESTIONS,
  'summaryReview',
  'summaryLine',
  'lineAction',
  'consent',
  'afterEnd',
];

/** A flow that names a question that does not exist fails at load, never mid-conversation. */
function checkFlow(): void {
  const known = new Set<string>([...MODULES.map((m) => m.id), 'explain', 'handoff', 'emergency']);
  for (const m of MODULES) {
    const f = m.flow;
    if (!f) continue;
    const named = [f.next, f.after, ...(f.branches ?? []).flatMap((b) => [b.go, b.resumeAt])];
    const unknown = named.find((id) => id !== undefined && !known.has(id));
    if (unknown) throw new Error(`question ${m.id}: its flow names an unknown step ${unknown}`);
  }
  for (const line of SUMMARY_LINES) {
    if (!LINE_QUESTION[line]) throw new Error(`summary line ${line}: no question corrects it`);
  }
}
checkFlow();
