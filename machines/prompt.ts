/**
 * Which question is waiting for an answer, read from a state path and context. The adapter uses
 * it to match typed words and numbers to the choices that were offered.
 */
import { CONFIRM_CHOICES, QUESTION_IDS, type QuestionId } from '../dialogs/questions';
import { stateOf } from './steps';
import { choicesFor } from './triage.setup';
import type { TriageContext } from './triage.types';

export interface Prompt {
  question: QuestionId;
  mode: 'ask' | 'confirm';
  choices: readonly string[];
}

const QUESTION_BY_STATE = new Map(QUESTION_IDS.map((id) => [stateOf(id), id]));

export function currentPrompt(state: string, context: TriageContext): Prompt | undefined {
  if (state === 'emergency') return { question: 'carryOn', mode: 'ask', choices: choicesFor(context, 'carryOn') };
  if (state === 'checkingHarm') return { question: 'harmCheck', mode: 'ask', choices: choicesFor(context, 'harmCheck') };
  const [, stepState, subState] = state.split('.');
  const question = stepState ? QUESTION_BY_STATE.get(stepState) : undefined;
  if (!question) return undefined;
  if (subState === 'confirming') return { question, mode: 'confirm', choices: CONFIRM_CHOICES };
  return { question, mode: 'ask', choices: choicesFor(context, question) };
}
