/**
 * What one question module holds: everything about the question in one place. Generic code (the
 * machine's actions, the renderers, the summary) loops over the modules in `./index.ts` and asks
 * them; nothing outside a module switches on a question's id.
 */
import type { Nation, UnderstoodFacts } from '../facts';
import type { SummaryLineId } from '../summary';
import type { TopicId } from '../topics';
import type { Answer, Answers, TriageContext } from '../../machines/triage.types';
import type { CopyKey, Translator } from '../../src/i18n';

/** The free-text readers in src/understanding a question can use. */
export type ParserId = 'relationship' | 'behaviours' | 'startDate' | 'frequency';

export type QuestionKind = 'single' | 'multi' | 'text';

/** What the conversation looks like now, for questions whose choices depend on it. */
export interface ConversationView {
  /** The summary lines the person can change or remove. */
  editableLines: readonly SummaryLineId[];
  /** The latest urgent guidance shown (emergency when none). */
  urgentLevel: 'emergency' | 'crisis';
  /** The summary line being corrected, if any. */
  editing?: SummaryLineId;
  /** The topics explained so far in this conversation. */
  topicsShown: readonly TopicId[];
  /** Where they said they live, if they did (the services differ by nation). */
  nation?: Nation;
}

/** Facts from contact words a flow branch can be taken on (the adapter's reading: src/contact/). */
export type ContactFact = 'contactHasNoAddress' | 'contactMaybeRefused';

/** Where a flow question can lead: another question, the explanations, the hand-off, or emergency guidance. */
export type FlowTarget<Id extends string = string> = Id | 'explain' | 'handoff' | 'emergency';

/**
 * A way out of a flow question taken before its `next`: on a choice (or on any answer when
 * `choice` is left out). `alarm` raises emergency guidance with that reason, `resumeAt` is where
 * the questions carry on afterwards, `briefLines` says the short 999 lines first.
 */
export interface FlowBranch<Id extends string = string> {
  choice?: string;
  go: FlowTarget<Id>;
  alarm?: string;
  resumeAt?: Id;
  briefLines?: true;
  /** Record the route the person chose at the options step. */
  chooseRoute?: true;
  /** Taken when the typed answer carries these facts (instead of on a choice): the adapter's reading of contact words. */
  whenFacts?: readonly ContactFact[];
}

export interface QuestionFlow<Id extends string = string> {
  /** The question asked next, when no branch applies. */
  next?: FlowTarget<Id>;
  /**
   * For a new question: it comes straight after this one, and goes on to where that one went.
   * The question before it is not edited.
   */
  after?: Id;
  branches?: readonly FlowBranch<Id>[];
  /** The question completes a summary line: while that line is corrected, it returns to the summary. */
  endsLine?: true;
  /** Skip the question when the person already told their story. */
  skipWhenStory?: true;
  /** Said when the question is entered, before it is asked (e.g. the recommended route). */
  entry?: 'recommend' | 'removedWordsNote';
  /**
   * A second reply that can't be read keeps the words as the story, records the question's
   * `recordNotAnswered`, says this copy key and moves on (the safety question). Default: noted as
   * "not sure" with the words.
   */
  notAnswered?: { say: CopyKey };
  /**
   * A topic explained when the answer is this choice, before whatever comes next (evidence "no":
   * it's OK to have deleted things; the "Want to know more?" list: the topic chosen).
   */
  topicOn?: Readonly<Partial<Record<string, TopicId>>>;
}

/**
 * A fact understood from the person's words that the question confirms instead of asking
 * ("It sounds like this is your ex-partner - is that right?").
 */
export interface Prefill<Value> {
  /** The fact waiting for this question, when there is one and the question is unanswered. */
  find(context: TriageContext): Value | undefined;
  /** The answers once the person said yes. */
  accept(context: TriageContext): Answers;
  /**
   * What "no" does: 'drop' forgets the fact and asks properly; 'keep' asks properly with the fact
   * still shown (ticked behaviours); 'answer' - "no" is the answer itself (risk questions).
   */
  onNo: 'drop' | 'keep' | 'answer';
  /** Forgets the fact (the person said it was wrong). */
  drop?(prefill: UnderstoodFacts): UnderstoodFacts;
  /** Typed words that give evidence for it answer "yes" while the question is asked. */
  typedEvidenceAnswers?: true;
  /** The fact in words, for `questions.<id>.confirm`'s {{value}} (empty when the copy needs none). */
  word(value: Value, tr: Translator): string;
}

/** How a question's answer reads in the summary. */
export interface SummaryWording<Value> {
  /** The summary line this question fills (and is corrected at, when `corrects`). */
  line: SummaryLineId;
  /** Corrected at this question when the person changes the line. */
  corrects?: true;
  word?(value: Value, tr: Translator): string;
}

export interface Question<Id extends string = string, Value = unknown> {
  id: Id;
  kind: QuestionKind;
  /** Choice ids in display order. Common choices are labelled from common.choices. */
  choices: readonly string[];
  /** Reads a typed answer into a fact; questions without one match typed words to choices only. */
  parser?: ParserId;
  /** Questions that never offer a "skip" button (they have their own way out). */
  noSkip?: boolean;
  /**
   * The choices a reply starting with "yes" or "no" picks ("yeah he said he'd kill me"). Default:
   * the question's own 'yes' and 'no' choices, when it offers them.
   */
  yesNo?: { yes?: string; no?: string };
  /**
   * Only a typed reply that is wholly one of the choices picks it: no leading yes/no reading.
   * For decisions where a guess could send someone in danger back to the questions.
   */
  wholeReplyOnly?: boolean;
  /**
   * Its choices name parts of the conversation (the summary's lines), never an answer about
   * safety: a lone danger word that is one of them ("police" for the Police line) picks it, with
   * the short 999 line first, instead of the full emergency guidance and a safety moment.
   */
  namesParts?: true;
  /** Common choices this question words itself (questions.<id>.choices.<choice>). */
  ownWording?: readonly string[];
  /** Fewer choices than `choices` when the conversation calls for it (undefined: all of them). */
  choicesNow?(view: ConversationView): readonly string[] | undefined;
  /** Choices shown already ticked on a multi-select (what was understood from their words). */
  preselect?(context: TriageContext): readonly string[] | undefined;
  /**
   * Records a choice. Undefined when the choice is not one this question takes (the caller
   * re-asks). `facts`: what else typed words that picked it said. Default: a decision, not data -
   * valid when offered, answers unchanged.
   */
  recordChoice?(answers: Answers, choice: string | string[], facts?: UnderstoodFacts, words?: string): Answers | undefined;
  /** Records a typed answer; undefined when the words don't answer the question. */
  readText?(answers: Answers, facts: UnderstoodFacts, text: string): Answers | undefined;
  /** Records a second reply that was not understood (default: nothing recorded). */
  recordUnclear?(answers: Answers, words: string): Answers;
  /** Records a question asked twice and not answered (see `flow.notAnswered`). */
  recordNotAnswered?(answers: Answers, words: string | undefined): Answers;
  /** Said after a typed answer is recorded (a copy key). */
  textAck?: CopyKey;
  prefill?: Prefill<Value>;
  summary?: SummaryWording<Value>;
  /** Where the question sits in the conversation, for questions in the main flow. */
  flow?: QuestionFlow;
}

/** Declares a question module, keeping its literal id and value type. */
export function defineQuestion<const Id extends string, Value = never>(question: Question<Id, Value>): Question<Id, Value> {
  return question;
}
