/**
 * The named guards and actions of the triage machine. Every effect is an emitted Output (data);
 * nothing here performs I/O or reads a clock.
 */
import { assertEvent, assign, emit, enqueueActions, raise, setup } from 'xstate';
import type { Command } from '../dialogs/commands';
import { CONFIRM_CHOICES, CONSENT_CHOICES, confirmFactFor, getQuestion, type HarmCheckChoice, type QuestionId } from '../dialogs/questions';
import type { ContactFact } from '../dialogs/questions/question';
import { ROUTE_CHOICES } from '../dialogs/routes';
import { isSummaryLineId, type SummaryLineId } from '../dialogs/summary';
import { hasPersonFact, ONLINE_BEHAVIOURS, type UnderstoodFacts } from '../dialogs/facts';
import {
  acceptPrefill,
  applyChoice,
  applyFacts,
  applyUnclear,
  choicesNow,
  dropPrefill,
  hasAnyFact,
  mergeFacts,
  prefillFor,
  removeLine,
} from './answers';
import { recommendRoute } from './route';
import { buildSummary, editableLines } from './summary';
import type { Output, TriageContext, TriageEvent } from './triage.types';
import { TAILORED_TOPICS, type TopicId } from '../dialogs/topics';
import type { CopyKey } from '../dialogs/copy.keys';

export type OutputEvent = { type: 'output'; output: Output };

type Q = { question: QuestionId };

export function initialContext(): TriageContext {
  return { answers: { risk: {} }, prefill: {}, step: 'start', trail: [], unclear: 0, moments: [], riskRules: [], topicsShown: [] };
}

const out = (output: Output): OutputEvent => ({ type: 'output', output });
/** A message from the catalogue: the key is checked against it. */
const said = (key: CopyKey): OutputEvent => out({ kind: 'say', key });

/** The person's words quoted back in a message: one line, at most 160 characters. */
function quoteShort(words: string): string {
  const line = words.replace(/\s+/g, ' ');
  return line.length <= 160 ? line : `${line.slice(0, 157).trimEnd()}...`;
}

/**
 * A topic, worded for where they said they live: the National Stalking Helpline and Stalking Protection Orders are for
 * England and Wales, so in Scotland or Northern Ireland a topic that names them has other words (its `textOutside`).
 */
function topicOutput(context: TriageContext, topic: TopicId): OutputEvent {
  const nation = context.prefill.nation?.value;
  return out({ kind: 'topic', topic, ...(nation === 'scotland' || nation === 'northernIreland' ? { outsideEnglandWales: true as const } : {}) });
}

/** The choices a question offers now (some depend on the conversation: the question's module says). */
export function choicesFor(context: TriageContext, question: QuestionId): readonly string[] {
  return choicesNow(question, {
    get editableLines() {
      return editableLines(context);
    },
    urgentLevel: urgentLevel(context),
    topicsShown: context.topicsShown,
    ...(context.editing ? { editing: context.editing } : {}),
    ...(context.prefill.nation ? { nation: context.prefill.nation.value } : {}),
  });
}

/** One of a list of choices (the list a question or dialogs/ defines). */
function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The level of the latest emergency or crisis guidance shown (emergency when none). */
function urgentLevel(context: TriageContext): 'emergency' | 'crisis' {
  const last = [...context.moments].reverse().find((m) => m.level === 'emergency' || m.level === 'crisis');
  return last?.level === 'crisis' ? 'crisis' : 'emergency';
}

/** The person said they can't speak ("I can't talk, he'll hear me"): the Silent Solution comes first. */
function cannotSpeak(event: TriageEvent): boolean {
  return (event.type === 'user.text' || event.type === 'user.choice') && event.cannotSpeak === true;
}

function choiceOf(event: TriageEvent): string | string[] | undefined {
  return event.type === 'answer.choice' || event.type === 'user.choice' ? event.choice : undefined;
}

function firstChoice(event: TriageEvent): string | undefined {
  const choice = choiceOf(event);
  return Array.isArray(choice) ? choice[0] : choice;
}

/** A message long or specific enough to be the person's story rather than an answer. */
function isStoryLike(text: string, facts: UnderstoodFacts): boolean {
  return hasAnyFact(facts) || text.trim().split(/\s+/).length >= 5;
}

function looksLikeStory(event: TriageEvent): boolean {
  return event.type === 'answer.text' && isStoryLike(event.text, event.facts);
}

function isUrgent(event: TriageEvent): boolean {
  return event.type === 'user.text' && (event.safety.level === 'emergency' || event.safety.level === 'crisis');
}

/**
 * The explanations given unasked at the explain step: what stalking and harassment are, then the
 * one that fits what the person told us best (at most TAILORED_TOPICS; the rest are offered as a
 * list). Topics they already saw are not repeated.
 */
export function topicsFor(context: TriageContext): TopicId[] {
  const { answers } = context;
  const behaviours = answers.behaviours?.status === 'given' ? answers.behaviours.value : [];
  const online = behaviours.some((b) => ONLINE_BEHAVIOURS.includes(b));
  const threatened = behaviours.includes('threats') || answers.risk.threats?.status === 'given' && answers.risk.threats.value === 'yes';
  const reported = answers.police?.status === 'given' && answers.police.value === 'reported';
  const keptNothing = answers.evidence?.status === 'given' && answers.evidence.value === 'no';
  const fits: [boolean, TopicId][] = [
    [behaviours.includes('tracking'), 'tracking'],
    [online && threatened, 'onlineThreats'],
    [online, 'cyberStalking'],
    [!reported, 'reporting'],
    [!keptNothing, 'evidence'],
    [true, 'safetyPlanning'],
  ];
  const fitting = fits.filter(([fit, topic]) => fit && !context.topicsShown.includes(topic)).map(([, topic]) => topic);
  const first: TopicId[] = context.topicsShown.includes('four') ? [] : ['four'];
  return [...first, ...fitting].slice(0, TAILORED_TOPICS);
}

/** Topics shown now, remembered so the list does not offer them again. */
function shown(context: TriageContext, topics: readonly TopicId[]): TopicId[] {
  return [...context.topicsShown, ...topics.filter((t) => !context.topicsShown.includes(t))];
}

type WithQuestion<T extends string> = { type: T; params: Q };
type Plain<T extends string> = { type: T };

/** Every guard the machine config may name, with its parameters (checked by the compiler). */
export type GuardSpec =
  | Plain<'isUrgent' | 'isEmergencyText' | 'isRisky' | 'isHarm' | 'cannotSpeak' | 'hasStarted' | 'isForAskedQuestion' | 'isFirstUnclear' | 'hasStory'>
  | Plain<'looksLikeStory' | 'isStoryWords' | 'isEditing' | 'isLineChoice' | 'isMixedAnswer' | 'isDangerWordChoice'>
  | WithQuestion<'isValidChoice' | 'answersByText' | 'hasPrefill' | 'isResumeAt' | 'isBackTo'>
  | { type: 'isCommand'; params: { command: Command } }
  | { type: 'isChoice'; params: Q & { choice: string } }
  | { type: 'isEditingLineAt'; params: { line: SummaryLineId } }
  | { type: 'saysFacts'; params: { facts: readonly ContactFact[] } };

/** Every action the machine config may name, with its parameters (checked by the compiler). */
export type ActionSpec =
  | WithQuestion<'enterStep' | 'reask' | 'clarify' | 'recordChoice' | 'recordText' | 'recordUnclear' | 'recordNotAnswered'>
  | { type: 'askConfirm'; params: Q & { again?: boolean } }
  | WithQuestion<'acceptPrefill' | 'dropPrefill' | 'resumeAt' | 'showAnswerTopic'>
  | { type: 'ask'; params: Q & { mode?: 'ask' | 'reask' } }
  | { type: 'say'; params: { key: CopyKey } }
  | { type: 'sayIfShared'; params: { key: CopyKey } }
  | { type: 'raiseAlarm'; params: { reason?: string; level?: 'emergency' | 'crisis' } }
  | { type: 'showSummary'; params: { purpose: 'review' | 'keep' } }
  | Plain<'recordStory' | 'keepStory' | 'keepWordsAsStory' | 'remindIfRisky' | 'forgetStep' | 'mergeFacts' | 'passOnAsAnswer' | 'briefEmergencyLines' | 'remindAboutRisk'>
  | Plain<'markStarted' | 'welcome' | 'explain' | 'showTopic' | 'explainUnreadable' | 'recommend' | 'chooseRoute' | 'ensureRoute'>
  | Plain<'pickLine' | 'removeLine' | 'noteRemovedWords' | 'stopEditing' | 'consent' | 'handOff' | 'reset' | 'goBack' | 'nextSteps' | 'endNumbers' | 'emergencySmsTip'>
  | Plain<'repeatEmergencyLines' | 'noteHarm' | 'noteVerdict' | 'resetUnclear' | 'stopAfterGuidance'>
  | { type: 'recordHarmCheck'; params: { check: HarmCheckChoice } }
  | { type: 'deleteData'; params: { includeShared: boolean } };

export const triageSetup = setup({
  types: {
    context: {} as TriageContext,
    events: {} as TriageEvent,
    emitted: {} as OutputEvent,
  },
  guards: {
    isUrgent: ({ event }) => isUrgent(event),
    isEmergencyText: ({ event }) => event.type === 'user.text' && event.safety.level === 'emergency',
    isRisky: ({ event }) => event.type === 'user.text' && event.safety.level === 'risk',
    /** Serious harm with no time given ("he attacked me", "he tried to strangle me"). */
    isHarm: ({ event }) => event.type === 'user.text' && event.safety.level === 'harm',
    cannotSpeak: ({ event }) => cannotSpeak(event),
    hasStarted: ({ context }) => context.step !== 'start',
    isCommand: ({ event }, params: { command: Command }) =>
      event.type === 'user.command' && event.command === params.command,
    /** The typed answer carries every one of these facts (a flow branch's `whenFacts`). */
    saysFacts: ({ event }, params: { facts: readonly ContactFact[] }) => event.type === 'answer.text' && params.facts.every((fact) => event.facts[fact] === true),
    /** A choice typed as a lone danger word ("police" for the summary's Police line): the adapter sends it with its verdict. */
    isDangerWordChoice: ({ event }) => event.type === 'user.choice' && event.safety?.level === 'emergency',
    /** The choice answers the question that was asked last (not a stale button). */
    isForAskedQuestion: ({ context, event }) =>
      (event.type === 'answer.choice' || event.type === 'user.choice') && event.question === context.step,
    isChoice: ({ event }, params: Q & { choice: string }) =>
      (event.type === 'answer.choice' || event.type === 'user.choice') &&
      event.question === params.question &&
      firstChoice(event) === params.choice,
    isValidChoice: ({ context, event }, params: Q) => {
      const choice = choiceOf(event);
      return (
        event.type === 'answer.choice' &&
        event.question === params.question &&
        choice !== undefined &&
        applyChoice(context.answers, params.question, choice) !== undefined
      );
    },
    answersByText: ({ context, event }, params: Q) =>
      event.type === 'answer.text' &&
      applyFacts(context.answers, params.question, event.facts, event.text) !== undefined,
    isFirstUnclear: ({ context }) => context.unclear === 0,
    hasPrefill: ({ context }, params: Q) => context.editing === undefined && prefillFor(context, params.question) !== undefined,
    hasStory: ({ context }) => Boolean(context.answers.story) && context.editing !== 'story',
    looksLikeStory: ({ context, event }) => !context.answers.story && looksLikeStory(event),
    /**
     * More of their story at a decision (the summary, consent, the end): words that tell of what
     * happened (understood facts), not a question about the decision ("can you pass it on?").
     */
    isStoryWords: ({ event }) => event.type === 'answer.text' && !event.mixed && hasAnyFact(event.facts) && !event.text.trim().endsWith('?'),
    /** "no, I'm safe at the moment": a yes or no its own words contradict. */
    isMixedAnswer: ({ event }) => (event.type === 'answer.text' || event.type === 'user.text') && event.mixed === true,
    isEditing: ({ context }) => context.editing !== undefined,
    isResumeAt: ({ context }, params: Q) => context.step === params.question,
    isEditingLineAt: ({ context }, params: { line: SummaryLineId }) => context.editing === params.line,
    isBackTo: ({ context }, params: Q) => context.trail[context.trail.length - 2] === params.question,
    isLineChoice: ({ context, event }) => {
      const choice = firstChoice(event);
      return event.type === 'answer.choice' && isSummaryLineId(choice) && editableLines(context).includes(choice);
    },
  },
  actions: {
    /** Entering a question: remember it for resuming and "go back". */
    enterStep: assign(({ context }, params: Q) => {
      const trail = context.trail[context.trail.length - 1] === params.question ? context.trail : [...context.trail, params.question];
      return { step: params.question, trail: trail.slice(-30), unclear: 0 };
    }),
    ask: enqueueActions(({ context, enqueue }, params: Q & { mode?: 'ask' | 'reask' }) => {
      const selected = getQuestion(params.question).preselect?.(context);
      enqueue.emit(
        out({
          kind: 'ask',
          question: params.question,
          mode: params.mode ?? 'ask',
          choices: choicesFor(context, params.question),
          ...(selected ? { selected } : {}),
        }),
      );
    }),
    askConfirm: enqueueActions(({ context, enqueue }, params: Q & { again?: boolean }) => {
      if (params.again) enqueue.assign({ unclear: context.unclear + 1 });
      const confirm = confirmFactFor(params.question, context);
      enqueue.emit(out({ kind: 'ask', question: params.question, mode: 'confirm', ...(confirm ? { confirm } : {}), choices: CONFIRM_CHOICES }));
    }),
    reask: enqueueActions(({ context, enqueue }, params: Q) => {
      enqueue.assign({ unclear: context.unclear + 1 });
      enqueue.emit(out({ kind: 'ask', question: params.question, mode: 'reask', choices: choicesFor(context, params.question) }));
    }),
    /** A short check after a reply that said both yes and no; counts as one unclear reply. */
    clarify: enqueueActions(({ context, enqueue }, params: Q) => {
      enqueue.assign({ unclear: context.unclear + 1 });
      enqueue.emit(out({ kind: 'ask', question: params.question, mode: 'clarify', choices: choicesFor(context, params.question) }));
    }),
    say: emit((_, params: { key: CopyKey }) => said(params.key)),
    recordChoice: assign(({ context, event }, params: Q) => {
      assertEvent(event, 'answer.choice');
      // Typed "2, 6 and he threatened me": what else the words said is the question's to use.
      const answers = applyChoice(context.answers, params.question, event.choice, event.facts, event.words);
      return answers ? { answers } : {};
    }),
    recordText: assign(({ context, event }, params: Q) => {
      assertEvent(event, 'answer.text');
      const answers = applyFacts(context.answers, params.question, event.facts, event.text.slice(0, 2000));
      return answers ? { answers } : {};
    }),
    recordUnclear: enqueueActions(({ context, event, enqueue }, params: Q) => {
      assertEvent(event, 'answer.text');
      enqueue.assign({ answers: applyUnclear(context.answers, params.question, event.text) });
      enqueue.emit(said('common.notSureThen'));
    }),
    /** Keeps an urgent first message as the story, so the person need not tell it again. */
    keepStory: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'user.text' || context.answers.story) return;
      if (context.step !== 'start' && context.step !== 'story' && context.step !== 'safety') return;
      if (!isStoryLike(event.text, event.facts)) return;
      enqueue.assign({ answers: { ...context.answers, story: event.text.slice(0, 2000) } });
    }),
    recordStory: assign(({ context, event }) => {
      assertEvent(event, 'answer.text');
      // Its facts were already merged into the prefill by the conversation's safety gate.
      return { answers: { ...context.answers, story: event.text.slice(0, 2000) } };
    }),
    /**
     * A story typed instead of an answer is kept (added to what they already told us) and
     * acknowledged. Short replies ("hmm") and replies that answer yes and no at once are not a story.
     */
    keepWordsAsStory: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'answer.text' || event.mixed || !isStoryLike(event.text, event.facts)) return;
      const story = context.answers.story ? `${context.answers.story}\n${event.text}` : event.text;
      enqueue.assign({ answers: { ...context.answers, story: story.slice(0, 2000) } });
      enqueue.emit(said('story.thanksEarly'));
    }),
    /** Asked twice and not answered: noted as such (never as "not sure"), with short words kept. */
    recordNotAnswered: enqueueActions(({ context, event, enqueue }, params: Q) => {
      const record = getQuestion(params.question).recordNotAnswered;
      if (!record) return;
      const words = event.type === 'answer.text' && !isStoryLike(event.text, event.facts) ? event.text.slice(0, 500) : undefined;
      enqueue.assign({ answers: record(context.answers, words) });
    }),
    mergeFacts: assign(({ context, event }) =>
      (event.type === 'user.text' || event.type === 'user.choice') && event.facts && (hasAnyFact(event.facts) || hasPersonFact(event.facts))
        ? { prefill: mergeFacts(context.prefill, event.facts) }
        : {},
    ),
    acceptPrefill: assign(({ context }, params: Q) => ({ answers: acceptPrefill(context, params.question) })),
    dropPrefill: assign(({ context }, params: Q) => ({ prefill: dropPrefill(context.prefill, params.question) })),
    passOnAsAnswer: raise(({ event }) => {
      if (event.type === 'user.text') {
        return { type: 'answer.text' as const, text: event.text, facts: event.facts, at: event.at, ...(event.mixed ? { mixed: true as const } : {}) };
      }
      if (event.type === 'user.choice') {
        return {
          type: 'answer.choice' as const,
          question: event.question,
          choice: event.choice,
          at: event.at,
          ...(event.facts ? { facts: event.facts } : {}),
          ...(event.words ? { words: event.words } : {}),
        };
      }
      throw new Error(`passOnAsAnswer cannot pass ${event.type}`);
    }),
    /** Emergency guidance first, and the moment recorded for the summary. */
    raiseAlarm: enqueueActions(({ context, event, enqueue }, params: { reason?: string; level?: 'emergency' | 'crisis' }) => {
      const level =
        params.level ?? (event.type === 'user.text' && event.safety.level === 'crisis' ? 'crisis' : 'emergency');
      const reason =
        params.reason ?? (event.type === 'user.text' ? (event.safety.rule ?? `detector.${level}`) : 'unknown');
      enqueue.assign({
        moments: [...context.moments, { at: event.at, level, reason }].slice(-20),
        startedAt: context.startedAt ?? event.at,
      });
      const withCrisis = level === 'emergency' && event.type === 'user.text' && event.safety.alsoCrisis === true;
      enqueue.emit(
        out({
          kind: 'emergency',
          level,
          reason,
          ...(cannotSpeak(event) ? { silentFirst: true as const } : {}),
          ...(withCrisis ? { withCrisis: true as const } : {}),
        }),
      );
    }),
    /** "Not now" after urgent guidance: the 999 lines, and Samaritans again only after a crisis. */
    stopAfterGuidance: emit(({ context }) =>
      said(context.moments.at(-1)?.level === 'crisis' ? 'emergency.stoppingCrisis' : 'emergency.stopping'),
    ),
    /**
     * Staying with someone after emergency guidance: anything but a clear "I can carry on" or
     * "they've gone" gets the short 999 and Silent Solution lines again (the Silent Solution first
     * when they can't speak). Still emergency guidance, so importance high.
     */
    repeatEmergencyLines: emit(({ context, event }) => out({
          kind: 'emergency',
          level: urgentLevel(context),
          reason: 'emergency.stillThere',
          form: 'repeat',
          ...(cannotSpeak(event) ? { silentFirst: true as const } : {}),
        }),),
    /** The short 999 lines after "not sure": a reminder, not emergency guidance (no importance high). */
    briefEmergencyLines: emit(() => said('emergency.brief')),
    /** A message only for someone who shared their summary in this conversation (deleting here leaves the team's copy). */
    sayIfShared: enqueueActions(({ context, enqueue }, params: { key: CopyKey }) => {
      if (context.answers.shareTranscript !== undefined) enqueue.emit(said(params.key));
    }),
    /** The numbers at the end: Childline first for someone who said they are under 18 (its number is for them, not only in the route). */
    endNumbers: emit(({ context }) => said(context.prefill.age?.value === 'under18' ? 'end.numbersUnder18' : 'end.numbers')),
    /** At the end, after emergency guidance was shown: how to register for emergencySMS before it is needed. */
    emergencySmsTip: enqueueActions(({ context, enqueue }) => {
      if (context.moments.some((m) => m.level === 'emergency')) enqueue.emit(said('end.emergencySmsTip'));
    }),
    /**
     * Serious harm described with no time given: the moment is recorded (the summary shows it) and
     * the 999 line said first - a short line, not emergency guidance; the harm check asks next.
     */
    noteHarm: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'user.text');
      const reason = event.safety.rule ?? 'detector.harm';
      enqueue.assign({
        moments: [...context.moments, { at: event.at, level: 'harm' as const, reason }].slice(-20),
        startedAt: context.startedAt ?? event.at,
      });
      enqueue.emit(said('harm.lead'));
    }),
    /** Their answer to "is this happening now, or could they come back soon?", on the latest harm moment. */
    recordHarmCheck: enqueueActions(({ context, enqueue }, params: { check: HarmCheckChoice }) => {
      const index = context.moments.map((m) => m.level).lastIndexOf('harm');
      if (index === -1) return;
      const moments = context.moments.map((m, i) => (i === index ? { ...m, check: params.check } : m));
      enqueue.assign({ moments });
    }),
    /** A risk or harm verdict on words that were read otherwise (a choice, a reply in an emergency): kept for the summary. */
    noteVerdict: enqueueActions(({ context, event, enqueue }) => {
      const safety = event.type === 'user.text' || event.type === 'user.choice' ? event.safety : undefined;
      if (!safety?.rule || (safety.level !== 'risk' && safety.level !== 'harm')) return;
      if (!context.riskRules.includes(safety.rule)) enqueue.assign({ riskRules: [...context.riskRules, safety.rule] });
    }),
    resetUnclear: assign(() => ({ unclear: 0 })),
    remindAboutRisk: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'user.text');
      const rule = event.safety.rule ?? 'detector.risk';
      if (context.riskRules.includes(rule)) return;
      enqueue.assign({ riskRules: [...context.riskRules, rule] });
      // Before the welcome, the reminder waits until the bot has said who it is (remindIfRisky).
      if (context.step !== 'start') enqueue.emit(out({ kind: 'riskReminder' }));
    }),
    remindIfRisky: enqueueActions(({ context, enqueue }) => {
      if (context.riskRules.length > 0) enqueue.emit(out({ kind: 'riskReminder' }));
    }),
    /** A question skipped because it was already answered is not a step to go back to. */
    forgetStep: assign(({ context }) => ({ trail: context.trail.slice(0, -1) })),
    /** Set the step to resume at (used before an emergency interrupts a finished answer). */
    resumeAt: assign((_, params: Q) => ({ step: params.question })),
    markStarted: assign(({ context, event }) => ({ startedAt: context.startedAt ?? event.at })),
    welcome: enqueueActions(({ enqueue }) => {
      for (const key of ['welcome.intro', 'welcome.danger', 'welcome.privacy', 'welcome.howToLeave'] as const) {
        enqueue.emit(said(key));
      }
    }),
    explain: enqueueActions(({ context, enqueue }) => {
      const topics = topicsFor(context);
      enqueue.assign({ topicsShown: shown(context, topics) });
      for (const topic of topics) enqueue.emit(topicOutput(context, topic));
    }),
    /** The topic an answer calls for (its module's `flow.topicOn`): "I deleted them" -> it's OK. */
    showAnswerTopic: enqueueActions(({ context, event, enqueue }, params: Q) => {
      const choice = firstChoice(event);
      const topic = choice === undefined ? undefined : getQuestion(params.question).flow?.topicOn?.[choice];
      if (!topic) return;
      enqueue.assign({ topicsShown: shown(context, [topic]) });
      enqueue.emit(topicOutput(context, topic));
    }),
    explainUnreadable: emit(({ event }) => {
      assertEvent(event, 'user.unreadable');
      return said(event.reason === 'attachment' ? 'common.unsupported' : 'common.notAnOption');
    }),
    showTopic: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'user.topic');
      enqueue.assign({ topicsShown: shown(context, [event.topic]) });
      enqueue.emit(topicOutput(context, event.topic));
    }),
    recommend: enqueueActions(({ context, enqueue }) => {
      const route = { ...recommendRoute(context), ...(context.route?.chosen ? { chosen: context.route.chosen } : {}) };
      enqueue.assign({ route });
      // Worded in src/services with the clock: what is open now leads when the helpline is closed.
      enqueue.emit(out({ kind: 'recommendation', route: { recommended: route.recommended, extras: route.extras, ...(route.nation ? { nation: route.nation } : {}) } }));
    }),
    chooseRoute: enqueueActions(({ context, event, enqueue }) => {
      const choice = firstChoice(event);
      const route = context.route ?? recommendRoute(context);
      if (isOneOf(ROUTE_CHOICES, choice)) {
        enqueue.assign({ route: { ...route, chosen: choice } });
      }
    }),
    ensureRoute: assign(({ context }) => (context.route ? {} : { route: recommendRoute(context) })),
    showSummary: enqueueActions(({ context, enqueue }, params: { purpose: 'review' | 'keep' }) => {
      enqueue.assign({ editing: undefined });
      enqueue.emit(out({ kind: 'summary', summary: buildSummary(context), purpose: params.purpose }));
    }),
    pickLine: assign(({ event }) => {
      const choice = firstChoice(event);
      return isSummaryLineId(choice) ? { editing: choice } : {};
    }),
    removeLine: assign(({ context }) => (context.editing ? { ...removeLine(context, context.editing), editing: undefined, removedFromSummary: true as const } : {})),
    /** Before asking to share the conversation: it still holds what they took out of the summary. */
    noteRemovedWords: enqueueActions(({ context, enqueue }) => {
      if (context.removedFromSummary) enqueue.emit(said('questions.shareTranscript.removedNote'));
    }),
    stopEditing: assign(() => ({ editing: undefined })),
    consent: assign(({ event }) => {
      const choice = firstChoice(event);
      return isOneOf(CONSENT_CHOICES, choice) ? { consent: choice } : {};
    }),
    handOff: enqueueActions(({ context, enqueue }) => {
      const route = context.route ?? recommendRoute(context);
      enqueue.emit(
        out({
          kind: 'handoff',
          route: route.recommended,
          summary: buildSummary(context),
          includeTranscript: context.answers.shareTranscript === true,
        }),
      );
      // "They will try to contact you", with the person's own words for how and when.
      // Words that rule contact out ("please don't contact me, I'll ring you") are not a way to reach them.
      const contact = context.answers.contactRefused ? undefined : context.answers.contactSafe?.trim();
      if (context.answers.contactRefused) enqueue.emit(said('handoff.sentAskedNoContact'));
      else enqueue.emit(contact ? out({ kind: 'say', key: 'handoff.sent', params: { contact: quoteShort(contact) } }) : said('handoff.sentNoContact'));
      // No promise of when (nothing gives a timeframe): what to do if it becomes urgent meanwhile.
      if (contact) enqueue.emit(said('handoff.urgent'));
    }),
    nextSteps: enqueueActions(({ context, enqueue }) => {
      const route = context.route ?? recommendRoute(context);
      enqueue.emit(
        out({
          kind: 'nextSteps',
          recommended: route.recommended,
          extras: route.extras,
          ...(route.nation ? { nation: route.nation } : {}),
          ...(context.route?.chosen ? { chosen: context.route.chosen } : {}),
        }),
      );
    }),
    deleteData: emit((_, params: { includeShared: boolean }) => out({ kind: 'deleteData', includeShared: params.includeShared })),
    reset: assign(() => ({ ...initialContext(), step: 'safety' })),
    goBack: enqueueActions(({ context, enqueue }) => {
      const previous = context.trail[context.trail.length - 2];
      if (previous) enqueue.assign({ step: previous, trail: context.trail.slice(0, -2), editing: undefined });
    }),
  },
});
