/** Builders for the machine's events, so tests read like the conversation. */
import { SAFE, type SafetyVerdict, type UnderstoodFacts } from '../../dialogs/facts';
import type { Command } from '../../dialogs/commands';
import type { QuestionId } from '../../dialogs/questions';
import type { TriageEvent } from '../../machines/triage.types';

export const AT = '2026-11-28T12:00:00.000Z';

export const join = (): TriageEvent => ({ type: 'user.join', at: AT });
export const choose = (question: QuestionId, choice: string | string[]): Extract<TriageEvent, { type: 'user.choice' }> => ({
  type: 'user.choice',
  question,
  choice,
  at: AT,
});
export type UserText = Extract<TriageEvent, { type: 'user.text' }>;

export const say = (text: string, facts: UnderstoodFacts = {}, safety: SafetyVerdict = SAFE): UserText => ({
  type: 'user.text',
  text,
  facts,
  safety,
  at: AT,
});
export const urgent = (text = 'he is outside my door now'): UserText =>
  say(text, {}, { level: 'emergency', rule: 'test.presentNow' });
/** Serious harm with no time given (the detector's 'harm' level). */
export const harm = (text = 'he tried to strangle me', rule = 'harm.strangulation'): UserText =>
  say(text, {}, { level: 'harm', rule });
export const crisis = (text = 'i want to end it all'): TriageEvent => say(text, {}, { level: 'crisis', rule: 'test.selfHarm' });
export const command = (name: Command): TriageEvent => ({ type: 'user.command', command: name, at: AT });
