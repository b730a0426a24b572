/**
 * The template every question state is built from: confirm a fact already understood, or ask;
 * read a button or typed words; ask again gently once when unclear; then follow the question's
 * branches. Pure configuration for the triage machine.
 */
import { and } from 'xstate';
import { getQuestion, type QuestionId } from '../dialogs/questions';
import type { ActionSpec, GuardSpec } from './triage.setup';
import type { CopyKey } from '../dialogs/copy.keys';

export type Action = ActionSpec;
export type Guard = GuardSpec;

/** One way out of a question: an optional guard, a target state, and actions to run. */
export interface Branch {
  guard?: Guard;
  target: string;
  actions?: Action[];
}

export const q = (question: QuestionId) => ({ question });
export const isChoice = (question: QuestionId, choice: string): Guard => ({ type: 'isChoice', params: { question, choice } });
export const say = (key: CopyKey): Action => ({ type: 'say', params: { key } });

/** Prefix a branch list with the recording actions and an extra guard. */
function withAnswer(branches: Branch[], record: Action[], guard?: Guard) {
  return branches.map((branch) => {
    const guards = [guard, branch.guard].filter((g): g is Guard => g !== undefined);
    return {
      ...(guards.length === 0 ? {} : { guard: guards.length === 1 ? guards[0]! : and(guards) }),
      target: branch.target,
      actions: [...record, ...(branch.actions ?? [])],
    };
  });
}

/**
 * What a typed message does at a question that can't read it: ask again gently once, then note
 * "not sure" with the words and go on (`whenUnclear` overrides where to go) - or, for decisions
 * that must never be guessed (consent...), keep asking.
 */
function unclearText(question: QuestionId, branches: Branch[], options: QuestionOptions) {
  const firstUnclear: Guard = { type: 'isFirstUnclear' };
  const reask: Action = { type: 'reask', params: q(question) };
  if (options.whenUnclear === 'keepAsking') return [{ actions: [reask] }];
  return [
    { guard: firstUnclear, actions: [reask] },
    ...withAnswer(options.whenUnclear ?? branches, options.unclearRecord ?? [{ type: 'recordUnclear', params: q(question) }]),
  ];
}

/**
 * A reply that says both yes and no ("no, I'm safe at the moment"): a short clarifying question
 * first; a second unclear reply goes on as any unclear reply does. Never guessed, never a story.
 */
function mixedText(question: QuestionId, branches: Branch[], options: QuestionOptions) {
  const mixed: Guard = { type: 'isMixedAnswer' };
  const clarify: Action = { type: 'clarify', params: q(question) };
  if (options.whenUnclear === 'keepAsking') return [{ guard: mixed, actions: [clarify] }];
  return [
    { guard: and([mixed, { type: 'isFirstUnclear' }]), actions: [clarify] },
    ...withAnswer(options.whenUnclear ?? branches, options.unclearRecord ?? [{ type: 'recordUnclear', params: q(question) }], mixed),
  ];
}

export interface QuestionOptions {
  /** Actions on entering the question, before it is asked. */
  entry?: Action[];
  /** Checked before the question is asked (e.g. skip it when already answered). */
  skipWhen?: Branch[];
  /** Handles a typed answer before the question's own reading of it (staying, or going to `target`). */
  textFirst?: { guard: Guard; actions: Action[]; target?: string }[];
  /** Where a second answer that can't be read goes (default: `branches`), or keep asking. */
  whenUnclear?: 'keepAsking' | Branch[];
  /** What a second unclear answer records (default: "not sure" with the words). */
  unclearRecord?: Action[];
}

/**
 * A question state: confirm a prefilled fact if there is one, else ask; then record the answer
 * (a choice or understood words) and follow `branches`.
 */
export function questionState(question: QuestionId, branches: Branch[], options: QuestionOptions = {}) {
  const { textAck: ack, prefill } = getQuestion(question);
  const validChoice: Guard = { type: 'isValidChoice', params: q(question) };
  const hasPrefill: Guard = { type: 'hasPrefill', params: q(question) };
  const recordChoice: Action[] = [{ type: 'recordChoice', params: q(question) }];
  const recordText: Action[] = [{ type: 'recordText', params: q(question) }, ...(ack ? [say(ack)] : [])];
  const answersByText: Guard = { type: 'answersByText', params: q(question) };
  const textHandlers = [
    ...mixedText(question, branches, options),
    ...(options.textFirst ?? []),
    // "It's getting worse, yeah": words that give evidence for this risk factor answer yes.
    ...(prefill?.typedEvidenceAnswers ? withAnswer(branches, [{ type: 'acceptPrefill', params: q(question) }], hasPrefill) : []),
    ...withAnswer(branches, recordText, answersByText),
    ...unclearText(question, branches, options),
  ];
  // Facts in a typed reply were merged into the prefill before this step saw them, so accepting
  // the prefill keeps what was understood earlier and adds the new words ("yes, and he calls").
  const acceptPrefill: Action = { type: 'acceptPrefill', params: q(question) };
  const confirmText = [
    ...withAnswer(branches, [acceptPrefill, ...(ack ? [say(ack)] : [])], answersByText),
    { guard: { type: 'isFirstUnclear' } as const, actions: [{ type: 'askConfirm', params: { question, again: true } } as const] },
    ...withAnswer([{ target: 'asking' }], [{ type: 'dropPrefill', params: q(question) }]),
  ];
  const askFirst: Branch[] = [...(prefill ? [{ guard: hasPrefill, target: 'confirming' }] : []), { target: 'asking' }];
  const confirmEntry: Action = { type: 'askConfirm', params: q(question) };
  const askEntry: Action = { type: 'ask', params: q(question) };
  const enter: Action = { type: 'enterStep', params: q(question) };
  return {
    entry: [enter, ...(options.entry ?? [])],
    initial: 'deciding',
    states: {
      deciding: { always: withAnswer([...(options.skipWhen ?? []), ...askFirst], []) },
      confirming: {
        entry: confirmEntry,
        on: {
          'answer.choice': [
            ...withAnswer(branches, [acceptPrefill], isChoice(question, 'yes')),
            // "No" is the answer itself (risk), or "ask me properly" with the fact forgotten or
            // still shown (understood behaviours stay ticked on the list the person now corrects).
            ...(prefill?.onNo === 'answer'
              ? []
              : withAnswer(
                  [{ target: 'asking' }],
                  prefill?.onNo === 'keep' ? [] : [{ type: 'dropPrefill', params: q(question) }],
                  isChoice(question, 'no'),
                )),
            ...withAnswer(branches, recordChoice, validChoice),
          ],
          'answer.text': confirmText,
        },
      },
      asking: {
        entry: askEntry,
        on: {
          'answer.choice': withAnswer(branches, recordChoice, validChoice),
          'answer.text': textHandlers,
        },
      },
    },
  };
}

