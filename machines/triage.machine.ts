/**
 * The triage statechart (CONVERSATION.md). Pure: it reads typed events and emits Outputs.
 *
 *   triage
 *   ├─ conversation            safety gate: urgent text -> emergency; risky text -> reminder
 *   │   ├─ notStarted -> welcoming -> askingSafety -> askingStory -> askingWho -> ...
 *   │   ├─ ... risk questions, evidence, police, explaining, askingOptions ...
 *   │   ├─ askingSummaryReview / askingSummaryLine / askingLineAction / askingConsent
 *   │   ├─ askingContactSafe -> askingShareTranscript -> handingOff -> askingAfterEnd (ended)
 *   │   ├─ resuming            re-enters the step in context.step
 *   │   └─ goingBack
 *   ├─ emergency               999 guidance sent; "can you carry on?"
 *   ├─ checkingHarm            serious harm, no time given: the 999 line, "is this happening now?"
 *   └─ closed (final)          exit or delete: the adapter forgets the conversation
 */
import { and } from 'xstate';
import { getQuestion, type QuestionId } from '../dialogs/questions';
import type { FlowBranch, FlowTarget, QuestionFlow } from '../dialogs/questions/question';
import { SUMMARY_LINES } from '../dialogs/summary';
import { FLOW_QUESTIONS, LINE_QUESTION, RESUMABLE, nextOf, stateOf } from './steps';
import { ROOT, at, conv, top } from './targets';
import { initialContext, triageSetup } from './triage.setup';
import { isChoice, q, questionState, say, type Action, type Branch, type Guard, type QuestionOptions } from './question.state';

/** Bump when the machine's states or context change shape: older snapshots restart politely. */
export const MACHINE_VERSION = 3;

const EMERGENCY = top('emergency');
const HARM_CHECK = top('checkingHarm');
const CLOSED = top('closed');
const SUMMARY = at('summaryReview');

/** After emergency guidance, anything unclear: the short 999 lines again, then the options again. */
const STAY_WITH_PERSON: Action[] = [{ type: 'repeatEmergencyLines' }, { type: 'reask', params: q('carryOn') }];

const REASK_HARM: Action = { type: 'reask', params: q('harmCheck') };

const guardOn = (type: 'isResumeAt' | 'isBackTo', question: QuestionId): Guard => ({ type, params: q(question) });
const goBack: Action = { type: 'goBack' };
/** Starting again forgets the answers and the transcript (a shared summary stays with the team). */
const RESTART: Action[] = [{ type: 'reset' }, { type: 'deleteData', params: { includeShared: false } }, say('restart.done')];

function targetOf(next: FlowTarget<QuestionId>): string {
  if (next === 'explain') return conv('explaining');
  if (next === 'handoff') return conv('handingOff');
  if (next === 'emergency') return EMERGENCY;
  return at(next);
}

/** The actions a flow branch names, in the order they run. */
function branchActions(branch: FlowBranch<QuestionId>): Action[] {
  return [
    ...(branch.resumeAt ? [{ type: 'resumeAt', params: q(branch.resumeAt) } as const] : []),
    ...(branch.alarm ? [{ type: 'raiseAlarm', params: { reason: branch.alarm } } as const] : []),
    ...(branch.briefLines ? [{ type: 'briefEmergencyLines' } as const] : []),
    ...(branch.chooseRoute ? [{ type: 'chooseRoute' } as const] : []),
  ];
}

/** Where a flow question goes once answered: its module's branches, summary edits, then its next step. */
function after(question: QuestionId): Branch[] {
  const flow = getQuestion(question).flow as QuestionFlow<QuestionId> | undefined;
  // A topic the answer calls for is explained first, whichever way the conversation goes on.
  const topic: Action[] = flow?.topicOn ? [{ type: 'showAnswerTopic', params: q(question) }] : [];
  const branches: Branch[] = (flow?.branches ?? []).map((branch) => ({
    ...(branch.choice ? { guard: isChoice(question, branch.choice) } : {}),
    ...(branch.whenFacts ? { guard: { type: 'saysFacts', params: { facts: branch.whenFacts } } as const } : {}),
    target: targetOf(branch.go),
    actions: [...topic, ...branchActions(branch)],
  }));
  if (flow?.endsLine) branches.push({ guard: { type: 'isEditing' }, target: SUMMARY, actions: topic });
  branches.push({ target: targetOf(nextOf(question)), actions: topic });
  return branches;
}

/**
 * What the question's module asks of its state: skipped when the story is known, the recommended
 * route said first, or a second unreadable reply kept as the story and noted as not answered
 * (never "not sure", and never emergency guidance for it).
 */
function flowOptions(question: QuestionId): QuestionOptions {
  const flow = getQuestion(question).flow;
  const next = at(nextOf(question) as QuestionId);
  return {
    ...(flow?.skipWhenStory ? { skipWhen: [{ guard: { type: 'hasStory' }, target: next, actions: [{ type: 'forgetStep' }] }] } : {}),
    ...(flow?.entry === 'recommend' ? { entry: [{ type: 'recommend' }] } : {}),
    ...(flow?.entry === 'removedWordsNote' ? { entry: [{ type: 'noteRemovedWords' }] } : {}),
    ...(flow?.notAnswered
      ? {
          textFirst: [{ guard: { type: 'isFirstUnclear' }, actions: [{ type: 'keepWordsAsStory' }, { type: 'reask', params: q(question) }] }],
          whenUnclear: [{ target: next }],
          unclearRecord: [{ type: 'keepWordsAsStory' }, { type: 'recordNotAnswered', params: q(question) }, say(flow.notAnswered.say)],
        }
      : {}),
  };
}

/** Every flow question's state, generated from its module. */
const flowStates = Object.fromEntries(
  FLOW_QUESTIONS.map((question) => [stateOf(question), questionState(question, after(question), flowOptions(question))]),
);

const lineBranches: Branch[] = SUMMARY_LINES.map((line) => ({
  guard: { type: 'isEditingLineAt', params: { line } },
  target: at(LINE_QUESTION[line]),
}));

export const triageMachine = triageSetup.createMachine({
  id: ROOT,
  context: initialContext,
  initial: 'conversation',
  on: {
    'user.command': [
      { guard: { type: 'isCommand', params: { command: 'help' } }, target: conv('resuming'), actions: [say('help.text')] },
      {
        guard: { type: 'isCommand', params: { command: 'language' } },
        target: conv('resuming'),
        actions: [say('language.onlyOne')],
      },
      {
        guard: { type: 'isCommand', params: { command: 'restart' } },
        target: at('safety'),
        actions: RESTART,
      },
      { guard: { type: 'isCommand', params: { command: 'back' } }, target: conv('goingBack') },
      {
        guard: { type: 'isCommand', params: { command: 'person' } },
        target: SUMMARY,
        actions: [{ type: 'ensureRoute' }, say('person.intro')],
      },
      {
        guard: { type: 'isCommand', params: { command: 'delete' } },
        target: CLOSED,
        actions: [{ type: 'deleteData', params: { includeShared: true } }, say('delete.done')],
      },
      {
        guard: { type: 'isCommand', params: { command: 'exit' } },
        target: CLOSED,
        actions: [{ type: 'deleteData', params: { includeShared: false } }, say('exit.done')],
      },
      {
        guard: { type: 'isCommand', params: { command: 'danger' } },
        target: EMERGENCY,
        actions: [{ type: 'raiseAlarm', params: { reason: 'command.danger', level: 'emergency' } }],
      },
    ],
    'user.topic': { target: conv('resuming'), actions: [{ type: 'showTopic' }] },
    'user.unreadable': { target: conv('resuming'), actions: [{ type: 'explainUnreadable' }] },
  },
  states: {
    conversation: {
      initial: 'notStarted',
      on: {
        'user.text': [
          {
            guard: 'isUrgent',
            target: EMERGENCY,
            actions: [{ type: 'mergeFacts' }, { type: 'keepStory' }, { type: 'raiseAlarm', params: {} }],
          },
          // Serious harm and "I can't talk": someone is likely there now. Emergency guidance, Silent Solution first.
          {
            guard: and(['isHarm', 'cannotSpeak']),
            target: EMERGENCY,
            actions: [{ type: 'mergeFacts' }, { type: 'keepStory' }, { type: 'raiseAlarm', params: { level: 'emergency' } }],
          },
          // Serious harm with no time given: the 999 line and "is this happening now?", never "let's keep going".
          { guard: 'isHarm', target: HARM_CHECK, actions: [{ type: 'mergeFacts' }, { type: 'keepStory' }, { type: 'noteHarm' }] },
          { guard: 'isRisky', actions: [{ type: 'remindAboutRisk' }, { type: 'mergeFacts' }, { type: 'passOnAsAnswer' }] },
          { actions: [{ type: 'mergeFacts' }, { type: 'passOnAsAnswer' }] },
        ],
        'user.choice': [
          // "police" typed for the summary's Police line: that line, with the short 999 line first.
          {
            guard: and(['isForAskedQuestion', 'isDangerWordChoice']),
            actions: [{ type: 'briefEmergencyLines' }, { type: 'mergeFacts' }, { type: 'passOnAsAnswer' }],
          },
          { guard: 'isForAskedQuestion', actions: [{ type: 'noteVerdict' }, { type: 'mergeFacts' }, { type: 'passOnAsAnswer' }] },
          // A button from an earlier question: say so and ask the current one again.
          { target: conv('resuming'), actions: [say('common.staleChoice')] },
        ],
        'user.join': [{ guard: 'hasStarted', target: conv('resuming') }, { target: conv('welcoming') }],
        // Reached only when a step could not use the answer (e.g. not one of its choices).
        'answer.choice': { target: conv('resuming'), actions: [say('common.notAnOption')] },
        // Words a step could not use are kept with the story ("I'll keep that in mind"), never brushed past.
        'answer.text': [
          { guard: 'isStoryWords', target: conv('resuming'), actions: [{ type: 'keepWordsAsStory' }] },
          { target: conv('resuming'), actions: [say('common.notUnderstood')] },
        ],
      },
      states: {
        notStarted: {
          on: {
            'answer.text': [
              { guard: 'looksLikeStory', target: conv('welcomingWithStory'), actions: [{ type: 'recordStory' }] },
              { target: conv('welcoming') },
            ],
            'answer.choice': { target: conv('welcoming') },
          },
        },
        welcoming: {
          entry: [{ type: 'markStarted' }, { type: 'welcome' }],
          always: { target: at('safety') },
        },
        welcomingWithStory: {
          entry: [{ type: 'markStarted' }, { type: 'welcome' }, say('story.thanksEarly'), { type: 'remindIfRisky' }],
          always: { target: at('safety') },
        },
        ...flowStates,
        // Two short explanations that fit their answers, then "Want to know more about...?".
        explaining: {
          entry: [{ type: 'explain' }],
          always: { target: at('moreTopics') },
        },
        [stateOf('summaryReview')]: questionState(
          'summaryReview',
          [
            { guard: isChoice('summaryReview', 'change'), target: at('summaryLine') },
            { target: at('consent') },
          ],
          {
            entry: [{ type: 'ensureRoute' }, { type: 'showSummary', params: { purpose: 'review' } }],
            whenUnclear: 'keepAsking',
            // More of their story instead of an answer: kept ("I'll keep that in mind"), and the summary shown again with it.
            textFirst: [{ guard: { type: 'isStoryWords' }, actions: [{ type: 'keepWordsAsStory' }], target: conv('resuming') }],
          },
        ),
        [stateOf('summaryLine')]: questionState('summaryLine', [
          { guard: { type: 'isLineChoice' }, target: at('lineAction'), actions: [{ type: 'pickLine' }] },
          { target: SUMMARY },
        ]),
        [stateOf('lineAction')]: questionState('lineAction', [
          { guard: isChoice('lineAction', 'change'), target: conv('editingLine') },
          { guard: isChoice('lineAction', 'remove'), target: SUMMARY, actions: [{ type: 'removeLine' }, say('summary.removed')] },
          { target: SUMMARY, actions: [{ type: 'stopEditing' }] },
        ]),
        editingLine: { always: [...lineBranches, { target: at('summaryReview') }] },
        [stateOf('consent')]: questionState('consent', [
          { guard: isChoice('consent', 'share'), target: at('contactSafe'), actions: [{ type: 'consent' }] },
          {
            guard: isChoice('consent', 'keep'),
            target: at('afterEnd'),
            actions: [{ type: 'consent' }, { type: 'showSummary', params: { purpose: 'keep' } }, say('consent.kept'), say('consent.keptCopyWarning')],
          },
          {
            guard: isChoice('consent', 'delete'),
            target: CLOSED,
            actions: [{ type: 'consent' }, { type: 'deleteData', params: { includeShared: true } }, say('consent.deleted')],
          },
        ], {
          whenUnclear: 'keepAsking',
          // More of their story before deciding: kept, and the summary shown again with it before anything is shared.
          textFirst: [{ guard: { type: 'isStoryWords' }, actions: [{ type: 'keepWordsAsStory' }], target: SUMMARY }],
        }),
        handingOff: {
          entry: [{ type: 'handOff' }],
          always: { target: at('afterEnd') },
        },
        [stateOf('afterEnd')]: questionState(
          'afterEnd',
          [
            { guard: isChoice('afterEnd', 'restart'), target: at('safety'), actions: RESTART },
            {
              guard: isChoice('afterEnd', 'deleteConversation'),
              target: CLOSED,
              actions: [{ type: 'deleteData', params: { includeShared: false } }, say('delete.done'), { type: 'sayIfShared', params: { key: 'delete.sharedKept' } }],
            },
          ],
          {
            entry: [{ type: 'nextSteps' }, { type: 'endNumbers' }, { type: 'emergencySmsTip' }, say('end.safetyTip')],
            whenUnclear: 'keepAsking',
            // More of their story once the summary is done: said honestly where it can still go.
            textFirst: [{ guard: { type: 'isStoryWords' }, actions: [say('end.toldAfter'), { type: 'reask', params: q('afterEnd') }] }],
          },
        ),
        resuming: {
          always: [
            ...RESUMABLE.map((question) => ({ guard: guardOn('isResumeAt', question), target: at(question) })),
            { guard: 'hasStarted', target: at('safety') },
            // An urgent first message was kept as the story: welcome, and say it won't be asked again.
            { guard: 'hasStory', target: conv('welcomingWithStory') },
            { target: conv('welcoming') },
          ],
        },
        goingBack: {
          always: [
            ...RESUMABLE.map((question) => ({
              guard: guardOn('isBackTo', question),
              target: at(question),
              actions: [goBack],
            })),
            { target: conv('resuming'), actions: [say('back.atStart')] },
          ],
        },
      },
    },
    /**
     * Emergency guidance was shown; "are you able to carry on?". Only a clear "yes, carry on" or
     * "they've gone" resumes the questions; anything else ("I can't talk he will hear me", "what
     * do I do", "...", a stale button, help) keeps the 999 lines in front and offers the options again.
     */
    emergency: {
      entry: [{ type: 'ask', params: q('carryOn') }],
      on: {
        'user.choice': [
          { guard: isChoice('carryOn', 'no'), target: at('afterEnd'), actions: [{ type: 'stopAfterGuidance' }] },
          { guard: isChoice('carryOn', 'yes'), target: conv('resuming'), actions: [say('emergency.resuming')] },
          // "He's gone now": acknowledge, remind them of 999 and reporting, then carry on.
          { guard: isChoice('carryOn', 'gone'), target: conv('resuming'), actions: [say('emergency.afterUpdate')] },
          { actions: STAY_WITH_PERSON },
        ],
        'user.text': [
          // "Can't talk, he'll hear": still the same danger, and they can't speak. The short lines,
          // the Silent Solution first, not the whole guidance again.
          { guard: and(['isUrgent', 'cannotSpeak']), actions: [{ type: 'noteVerdict' }, ...STAY_WITH_PERSON] },
          { guard: 'isUrgent', target: EMERGENCY, reenter: true, actions: [{ type: 'raiseAlarm', params: {} }] },
          { actions: [{ type: 'noteVerdict' }, ...STAY_WITH_PERSON] },
        ],
        'user.command': [
          {
            guard: { type: 'isCommand', params: { command: 'help' } },
            actions: [{ type: 'repeatEmergencyLines' }, say('help.text'), { type: 'reask', params: q('carryOn') }],
          },
          {
            guard: { type: 'isCommand', params: { command: 'language' } },
            actions: [{ type: 'repeatEmergencyLines' }, say('language.onlyOne'), { type: 'reask', params: q('carryOn') }],
          },
          // A person asked for while in danger: the 999 lines stay first (a conversation review: they were dropped)
          {
            guard: { type: 'isCommand', params: { command: 'person' } },
            target: SUMMARY,
            actions: [{ type: 'repeatEmergencyLines' }, { type: 'ensureRoute' }, say('person.intro')],
          },
        ],
        'user.topic': { actions: [{ type: 'repeatEmergencyLines' }, { type: 'showTopic' }, { type: 'reask', params: q('carryOn') }] },
        'user.unreadable': { actions: STAY_WITH_PERSON },
        // Coming back to the chat (the widget reopened): the 999 lines are still in front.
        'user.join': { actions: STAY_WITH_PERSON },
      },
    },
    /**
     * Serious harm described with no time given ("he attacked me", "he set fire to my car"): the
     * 999 line was said; "Is this happening now, or could they come back soon?". Now or soon ->
     * full emergency guidance (as the danger button); not now -> acknowledged, and the interrupted
     * question resumes (their words were kept); not sure -> the short 999 lines, then resume.
     */
    checkingHarm: {
      entry: [{ type: 'resetUnclear' }, { type: 'ask', params: q('harmCheck') }],
      on: {
        'user.choice': [
          ...(['now', 'soon'] as const).map((check) => ({
            guard: isChoice('harmCheck', check),
            target: EMERGENCY,
            actions: [
              { type: 'noteVerdict' } as const,
              { type: 'recordHarmCheck', params: { check } } as const,
              { type: 'raiseAlarm', params: { reason: `harmCheck.${check}`, level: 'emergency' } } as const,
            ],
          })),
          {
            guard: isChoice('harmCheck', 'notNow'),
            target: conv('resuming'),
            actions: [{ type: 'noteVerdict' }, { type: 'recordHarmCheck', params: { check: 'notNow' } }, say('harm.notNow')],
          },
          {
            guard: isChoice('harmCheck', 'notSure'),
            target: conv('resuming'),
            actions: [{ type: 'noteVerdict' }, { type: 'recordHarmCheck', params: { check: 'notSure' } }, { type: 'briefEmergencyLines' }],
          },
          // A button from an earlier question: this question again.
          { actions: [say('common.staleChoice'), REASK_HARM] },
        ],
        'user.text': [
          // "yes he's still here": words about danger now are the answer "now".
          {
            guard: 'isEmergencyText',
            target: EMERGENCY,
            actions: [{ type: 'mergeFacts' }, { type: 'recordHarmCheck', params: { check: 'now' } }, { type: 'raiseAlarm', params: {} }],
          },
          { guard: 'isUrgent', target: EMERGENCY, actions: [{ type: 'mergeFacts' }, { type: 'raiseAlarm', params: {} }] },
          { guard: and(['isMixedAnswer', 'isFirstUnclear']), actions: [{ type: 'noteVerdict' }, { type: 'clarify', params: q('harmCheck') }] },
          { guard: 'isFirstUnclear', actions: [{ type: 'noteVerdict' }, REASK_HARM] },
          // Still unclear: as "not sure" - the short 999 lines, then the interrupted question.
          {
            target: conv('resuming'),
            actions: [{ type: 'noteVerdict' }, { type: 'recordHarmCheck', params: { check: 'notSure' } }, { type: 'briefEmergencyLines' }],
          },
        ],
        'user.command': [
          { guard: { type: 'isCommand', params: { command: 'help' } }, actions: [say('help.text'), REASK_HARM] },
          { guard: { type: 'isCommand', params: { command: 'language' } }, actions: [say('language.onlyOne'), REASK_HARM] },
        ],
        'user.topic': { actions: [{ type: 'showTopic' }, REASK_HARM] },
        'user.unreadable': { actions: [{ type: 'explainUnreadable' }, REASK_HARM] },
        'user.join': { actions: [REASK_HARM] },
      },
    },
    closed: { type: 'final' },
  },
});

export type TriageMachine = typeof triageMachine;
