/**
 * Every question the bot asks, as data: its id, the kind of answer, the choices offered, the
 * free-text parser that reads a typed answer, and the summary line it fills.
 *
 * Locale keys follow one convention (checked by test/locales.test.ts):
 *   questions.<id>.prompt             the question
 *   questions.<id>.reask              a gentle second try when a typed answer was not understood
 *   questions.<id>.confirm            "It sounds like {{value}} - is that right?" (questions with a parser)
 *   questions.<id>.choices.<choice>   a choice's label
 *   questions.<id>.synonyms.<choice>  extra words that pick a choice (optional, "|"-separated)
 *   questions.<id>.means.<choice>     words that, after a leading yes or no, point to a choice
 *                                     (optional; "no, I'm safe" is a contradiction, not "no")
 *   common.choices.<choice>           labels shared by all questions (skip, notSure, preferNotToSay, yes, no)
 */
import { BEHAVIOURS, FREQUENCY_BANDS, RELATIONSHIPS, SINCE_BANDS } from './facts';

/** The free-text readers in src/understanding a question can use. */
export type ParserId = 'relationship' | 'behaviours' | 'startDate' | 'frequency';

export type QuestionKind = 'single' | 'multi' | 'text';

/** Choices offered when confirming a fact understood from the person's words. */
export const CONFIRM_CHOICES = ['yes', 'no', 'notSure', 'skip'] as const;

/** Answers every question accepts; their labels live under common.choices. */
export const COMMON_CHOICES = ['skip', 'notSure', 'preferNotToSay', 'yes', 'no'] as const;
export type CommonChoice = (typeof COMMON_CHOICES)[number];

export const RISK_FACTORS = [
  'frightened',
  'threats',
  'threatSoon',
  'propertyDamage',
  'violence',
  'loitering',
  'othersInvolved',
  'escalating',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export interface QuestionDef {
  id: string;
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
}

const YES_NO_NOT_SURE = ['yes', 'no', 'notSure', 'skip'] as const;

/** "Is this happening now, or could they come back soon?" */
export const HARM_CHECK_CHOICES = ['now', 'soon', 'notNow', 'notSure'] as const;
export type HarmCheckChoice = (typeof HARM_CHECK_CHOICES)[number];

function riskQuestion<F extends RiskFactor>(factor: F) {
  return { id: `risk.${factor}` as const, kind: 'single', choices: YES_NO_NOT_SURE } satisfies QuestionDef;
}

export const QUESTIONS = {
  safety: { id: 'safety', kind: 'single', choices: ['safe', 'notSafe', 'notSure'], noSkip: true, yesNo: { yes: 'safe', no: 'notSafe' } },
  story: { id: 'story', kind: 'text', choices: ['skip'] },
  who: {
    id: 'who',
    kind: 'single',
    choices: [...RELATIONSHIPS, 'preferNotToSay', 'skip'],
    parser: 'relationship',
  },
  what: { id: 'what', kind: 'multi', choices: [...BEHAVIOURS, 'notSure', 'skip'], parser: 'behaviours' },
  since: { id: 'since', kind: 'single', choices: [...SINCE_BANDS, 'notSure', 'skip'], parser: 'startDate' },
  howOften: {
    id: 'howOften',
    kind: 'single',
    choices: [...FREQUENCY_BANDS, 'notSure', 'skip'],
    parser: 'frequency',
  },
  riskConsent: { id: 'riskConsent', kind: 'single', choices: ['yes', 'skip'], noSkip: true },
  'risk.frightened': riskQuestion('frightened'),
  'risk.threats': riskQuestion('threats'),
  'risk.threatSoon': riskQuestion('threatSoon'),
  'risk.propertyDamage': riskQuestion('propertyDamage'),
  'risk.violence': riskQuestion('violence'),
  'risk.loitering': riskQuestion('loitering'),
  'risk.othersInvolved': riskQuestion('othersInvolved'),
  'risk.escalating': riskQuestion('escalating'),
  evidence: { id: 'evidence', kind: 'single', choices: ['yes', 'some', 'no', 'notSure', 'skip'] },
  police: { id: 'police', kind: 'single', choices: ['reported', 'notReported', 'preferNotToSay', 'skip'] },
  crimeRef: { id: 'crimeRef', kind: 'text', choices: ['skip'] },
  options: {
    id: 'options',
    kind: 'single',
    choices: ['helpline', 'police', 'otherService', 'justInfo', 'notSure'],
    noSkip: true,
  },
  summaryReview: { id: 'summaryReview', kind: 'single', choices: ['looksRight', 'change'], noSkip: true },
  /** Choices are the summary's line ids plus "cancel", set per conversation. */
  summaryLine: { id: 'summaryLine', kind: 'single', choices: ['cancel'], noSkip: true },
  lineAction: { id: 'lineAction', kind: 'single', choices: ['change', 'remove', 'cancel'], noSkip: true },
  consent: { id: 'consent', kind: 'single', choices: ['share', 'keep', 'delete'], noSkip: true },
  contactSafe: { id: 'contactSafe', kind: 'text', choices: ['skip'] },
  shareTranscript: { id: 'shareTranscript', kind: 'single', choices: ['yes', 'no'], noSkip: true },
  /** After emergency guidance. 'gone': they have gone (offered after an emergency, not a crisis). */
  carryOn: { id: 'carryOn', kind: 'single', choices: ['yes', 'gone', 'no'], noSkip: true, wholeReplyOnly: true },
  /** After serious harm described with no time given ("he tried to strangle me"), from any step. */
  harmCheck: {
    id: 'harmCheck',
    kind: 'single',
    choices: HARM_CHECK_CHOICES,
    noSkip: true,
    yesNo: { yes: 'now', no: 'notNow' },
  },
  afterEnd: { id: 'afterEnd', kind: 'single', choices: ['restart', 'deleteConversation'], noSkip: true },
} as const satisfies Record<string, QuestionDef>;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

export function riskQuestionId(factor: RiskFactor): QuestionId {
  return `risk.${factor}`;
}

export function getQuestion(id: QuestionId): QuestionDef {
  return QUESTIONS[id];
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(QUESTIONS, value);
}

export function isCommonChoice(choice: string): choice is CommonChoice {
  return (COMMON_CHOICES as readonly string[]).includes(choice);
}

/** The locale key that labels a choice of a question. */
export function choiceLabelKey(question: QuestionId, choice: string): string {
  return isCommonChoice(choice) && !questionOwnsChoice(question, choice)
    ? `common.choices.${choice}`
    : `questions.${question}.choices.${choice}`;
}

/** Some questions give a common choice their own wording (e.g. "yes" at carryOn). */
const OWN_WORDING: Partial<Record<QuestionId, readonly string[]>> = {
  safety: ['notSure'],
  harmCheck: ['notSure'],
  riskConsent: ['yes', 'skip'],
  carryOn: ['yes', 'no'],
  shareTranscript: ['yes', 'no'],
  evidence: ['yes', 'no'],
};

function questionOwnsChoice(question: QuestionId, choice: string): boolean {
  return OWN_WORDING[question]?.includes(choice) ?? false;
}

/** The choices a leading "yes" and a leading "no" pick at a question, when it offers them. */
export function yesNoChoices(id: QuestionId, mode: 'ask' | 'confirm'): { yes?: string; no?: string } {
  if (mode === 'confirm') return { yes: 'yes', no: 'no' };
  const q = getQuestion(id);
  const has = (c: string | undefined) => (c !== undefined && q.choices.includes(c) ? c : undefined);
  return { yes: has(q.yesNo?.yes ?? 'yes'), no: has(q.yesNo?.no ?? 'no') };
}

export const questionKeys = (id: QuestionId) => ({
  prompt: `questions.${id}.prompt`,
  reask: `questions.${id}.reask`,
  confirm: `questions.${id}.confirm`,
});
