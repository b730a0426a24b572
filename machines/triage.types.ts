/**
 * The triage machine's contract with the rest of the program: the events it accepts, the
 * context it keeps and the outputs (intents, as data) it emits. src/ builds events and renders
 * outputs; nothing here does I/O.
 */
import type { Command } from '../dialogs/commands';
import type {
  Behaviour,
  Frequency,
  FrequencyBand,
  Nation,
  Relationship,
  SafetyLevel,
  SafetyVerdict,
  SinceBand,
  StartDate,
  UnderstoodFacts,
} from '../dialogs/facts';
import type { ConfirmFact, HarmCheckChoice, QuestionId, RiskFactor } from '../dialogs/questions';
import type { HighRiskKind } from '../dialogs/safety';
import type { ExtraService, RouteChoice, RouteId, RoutePlan } from '../dialogs/routes';
import type { SummaryLineId } from '../dialogs/summary';
import type { TopicId } from '../dialogs/topics';
import type { CopyKey } from '../dialogs/copy.keys';

// ---------------------------------------------------------------- events

/** ISO 8601 timestamp of the event (the adapter stamps it; the machine never reads a clock). */
type Stamped = { at: string };

export type UserEvent =
  | ({ type: 'user.join' } & Stamped)
  /**
   * Typed words that are not simply a choice. `mixed`: they start with yes or no and then say the
   * opposite ("no, I'm safe at the moment"), so the question is clarified, never guessed.
   */
  | ({ type: 'user.text'; text: string; safety: SafetyVerdict; facts: UnderstoodFacts; mixed?: true; cannotSpeak?: true } & Stamped)
  /**
   * A button, or typed words that picked an offered choice (then `facts` holds what else they said,
   * and `safety` the detector's verdict on them: "yes he threatened to kill me" is a risk too).
   * `cannotSpeak` (on both): the words say they can't speak ("I can't talk, he'll hear me").
   */
  | ({
      type: 'user.choice';
      question: QuestionId;
      choice: string | string[];
      facts?: UnderstoodFacts;
      safety?: SafetyVerdict;
      /** Typed words that say more than the choice ("yes he said he'd burn my car"): kept where the question records them. */
      words?: string;
      cannotSpeak?: true;
    } & Stamped)
  | ({ type: 'user.command'; command: Command } & Stamped)
  | ({ type: 'user.topic'; topic: TopicId } & Stamped)
  /** Something we can't read: an attachment only, or a malformed card submission. */
  | ({ type: 'user.unreadable'; reason: 'attachment' | 'badSubmission' } & Stamped);

/** Raised by the conversation once a user event has passed the safety gate. Steps handle these. */
export type AnswerEvent =
  | ({ type: 'answer.text'; text: string; facts: UnderstoodFacts; mixed?: true } & Stamped)
  | ({ type: 'answer.choice'; question: QuestionId; choice: string | string[]; facts?: UnderstoodFacts; words?: string } & Stamped);

export type TriageEvent = UserEvent | AnswerEvent;

// ---------------------------------------------------------------- answers

/**
 * Any answer: a value, or the person's choice not to give one. `words` keeps what they typed.
 * `notAnswered`: asked twice and not answered (e.g. a story typed instead); never "not sure".
 */
export type Answer<T> =
  | { status: 'given'; value: T; words?: string; confirmed?: boolean }
  | { status: 'notSure' | 'skipped' | 'preferNotToSay' | 'notAnswered'; words?: string };

export type RiskAnswer = Answer<'yes' | 'no'>;

export interface Answers {
  safety?: Answer<'safe' | 'notSafe'>;
  story?: string;
  relationship?: Answer<Relationship>;
  behaviours?: Answer<Behaviour[]>;
  since?: Answer<{ band: SinceBand; date?: StartDate }>;
  howOften?: Answer<{ band: FrequencyBand; frequency?: Frequency }>;
  riskConsent?: boolean;
  risk: Partial<Record<RiskFactor, RiskAnswer>>;
  evidence?: Answer<'yes' | 'some' | 'no'>;
  police?: Answer<'reported' | 'notReported'>;
  crimeRef?: string;
  contactSafe?: string;
  /** Their contact words rule contact out ("please don't contact me, I'll ring you"). */
  contactRefused?: true;
  /** The person agreed that the conversation itself is shared with the summary. */
  shareTranscript?: boolean;
  /**
   * Answers to questions added as modules with no field of their own here, by question id
   * (dialogs/questions/question.ts `recordsOwnAnswer`). The summary shows them on one line.
   */
  more?: Partial<Record<string, Answer<string>>>;
}

/** An emergency, crisis or serious-harm moment, kept for the summary. */
export interface SafetyMoment {
  at: string;
  level: SafetyLevel;
  /** The detector rule, the choice or the command that raised it. */
  reason: string;
  /** For serious harm (level 'harm'): their answer to "is this happening now, or could they come back soon?". */
  check?: HarmCheckChoice;
}

export interface TriageContext {
  answers: Answers;
  /** Facts found in free text that later questions confirm instead of asking again. */
  prefill: UnderstoodFacts;
  /** The step to resume (after help, an emergency, a stale button...). */
  step: QuestionId | 'start';
  /** Steps visited, for "go back". */
  trail: QuestionId[];
  /** Gentle re-asks used at the current step (one, then "not sure"). */
  unclear: number;
  moments: SafetyMoment[];
  /** Detector rules that marked a message as risky (not an emergency). */
  riskRules: string[];
  /** Set while the person corrects a summary line: the step returns to the summary. */
  editing?: SummaryLineId;
  route?: RoutePlan & { chosen?: RouteChoice };
  consent?: 'share' | 'keep' | 'delete';
  /** When the current conversation began (first event). */
  startedAt?: string;
  /**
   * Set when the person removes a summary line: the conversation still holds their words, so asking to share it
   * says so first. Never shared: staff are not told that something was removed.
   */
  removedFromSummary?: true;
  /** Topics explained so far (tailored, chosen from the list or asked for): not offered again. */
  topicsShown: TopicId[];
}

// ---------------------------------------------------------------- outputs

/** A fully structured summary: what the person reviews and, with consent, staff receive. */
export interface SummaryData {
  lines: SummaryLine[];
  route?: RoutePlan & { chosen?: RouteChoice };
  moments: SafetyMoment[];
  /** Risk factors answered "yes", plus detector risk rules, for staff. */
  riskFactorsPresent: RiskFactor[];
  riskRules: string[];
  /** Always high risk (dialogs/safety.ts): non-fatal strangulation, threats to kill. Empty when none. */
  highRisk: HighRiskKind[];
  contactSafe?: string;
  /** Their contact words rule contact out: do not contact them (the console says so, with the words). */
  contactRefused?: true;
  crimeRef?: string;
}

/** One reviewable line: id plus the data needed to word it in any locale. */
export type SummaryLine =
  | { id: 'story'; text: string }
  | { id: 'relationship'; answer: Answer<Relationship> }
  | { id: 'behaviours'; answer: Answer<Behaviour[]> }
  | { id: 'since'; answer: Answer<{ band: SinceBand; date?: StartDate }> }
  | { id: 'howOften'; answer: Answer<{ band: FrequencyBand; frequency?: Frequency }> }
  | { id: 'risk'; answers: Partial<Record<RiskFactor, RiskAnswer>> }
  | { id: 'moments'; moments: SafetyMoment[] }
  | { id: 'evidence'; answer: Answer<'yes' | 'some' | 'no'> }
  | { id: 'police'; answer: Answer<'reported' | 'notReported'>; crimeRef?: string }
  | { id: 'more'; answers: Partial<Record<string, Answer<string>>> }
  | { id: 'route'; chosen: RouteChoice };

export type Params = Record<string, string | number>;

export type Output =
  /** A message from the catalogue. `channel` variants are picked by the renderer. */
  | { kind: 'say'; key: CopyKey; params?: Params }
  /** Ask a question. `mode` picks the wording; `choices` overrides the question's own list. */
  | {
      kind: 'ask';
      question: QuestionId;
      /** `clarify`: the reply said both yes and no; a short check, then the question again. */
      mode: 'ask' | 'reask' | 'confirm' | 'clarify';
      /** At `confirm`: the understood fact, typed by its question (worded by the question's module). */
      confirm?: ConfirmFact;
      /** Choices shown already ticked on a multi-select (what was understood from their words). */
      selected?: readonly string[];
      choices?: readonly string[];
    }
  /**
   * Emergency guidance (999, Silent Solution, BSL, emergencySMS, Relay UK; crisis adds Samaritans).
   * The only output rendered with importance "high". The short 999 reminder for "not sure" is a
   * `say` ('emergency.brief'), not this.
   */
  | {
      kind: 'emergency';
      level: 'emergency' | 'crisis';
      reason: string;
      /** `repeat`: the short 999 and Silent Solution lines again, while staying with the person. */
      form?: 'repeat';
      /** They said they can't speak: the Silent Solution comes first. */
      silentFirst?: true;
      /** Their words also spoke of suicide or self-harm: Samaritans too. */
      withCrisis?: true;
    }
  /** A gentle 999 reminder after a risky (not urgent) message. */
  | { kind: 'riskReminder' }
  /** `outsideEnglandWales`: they said they live in Scotland or Northern Ireland (the topic's wording for there, if it has one). */
  | { kind: 'topic'; topic: TopicId; outsideEnglandWales?: true }
  | { kind: 'summary'; summary: SummaryData; purpose: 'review' | 'keep' }
  | { kind: 'handoff'; route: RouteId; summary: SummaryData; includeTranscript: boolean }
  /**
   * The recommended route and extra services, said at the options step (worded with the clock in
   * src/services: when the National Stalking Helpline is closed, what is open now leads).
   */
  | { kind: 'recommendation'; route: RoutePlan }
  /** What happens next for the route they chose, with opening hours (worded with the clock in src/). */
  | { kind: 'nextSteps'; recommended: RouteId; chosen?: RouteChoice; extras: ExtraService[]; nation?: Nation }
  /**
   * Delete this conversation's state and transcript. `includeShared`: also a shared summary staff
   * have not picked up yet ("delete my data"); "exit" and "delete this conversation" keep it.
   */
  | { kind: 'deleteData'; includeShared: boolean };
