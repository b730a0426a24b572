/**
 * Every state a transition can name, as typed helpers: a misspelt state fails the type check,
 * not a conversation. (test/machine/triage.graph.test.ts checks the lists match the machine.)
 */
import type { QuestionId } from '../dialogs/questions';
import { stateOf } from './steps';

export const ROOT = 'triage';

/** The conversation's own states; each question also has one, named by `stateOf` (askingWho). */
export const CONVERSATION_STATES = [
  'notStarted',
  'welcoming',
  'welcomingWithStory',
  'explaining',
  'editingLine',
  'handingOff',
  'resuming',
  'goingBack',
] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

/** The top-level states beside the conversation. */
export const TOP_STATES = ['conversation', 'emergency', 'checkingHarm', 'closed'] as const;
export type TopState = (typeof TOP_STATES)[number];

/** A conversation state as a transition target. */
export const conv = (state: ConversationState) => `#${ROOT}.conversation.${state}`;
/** The state that asks a question. */
export const at = (question: QuestionId) => `#${ROOT}.conversation.${stateOf(question)}`;
/** A top-level state. */
export const top = (state: Exclude<TopState, 'conversation'>) => `#${ROOT}.${state}`;
