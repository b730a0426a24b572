/**
 * The order of the questions and the state that asks each one. The machine is generated from
 * this table so the flow reads top to bottom in one place.
 */
import type { QuestionId } from '../dialogs/questions';
import type { SummaryLineId } from '../dialogs/summary';

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

/**
 * Where each question goes next, when no special rule applies. `endsLine` marks the question
 * that completes a summary line: when the person is correcting that line, it returns to the summary.
 */
export const FLOW = {
  safety: { next: 'story' },
  story: { next: 'who', endsLine: true },
  who: { next: 'what', endsLine: true },
  what: { next: 'since', endsLine: true },
  since: { next: 'howOften', endsLine: true },
  howOften: { next: 'riskConsent', endsLine: true },
  riskConsent: { next: 'risk.frightened' },
  'risk.frightened': { next: 'risk.threats' },
  'risk.threats': { next: 'risk.propertyDamage' },
  'risk.threatSoon': { next: 'risk.propertyDamage' },
  'risk.propertyDamage': { next: 'risk.violence' },
  'risk.violence': { next: 'risk.loitering' },
  'risk.loitering': { next: 'risk.othersInvolved' },
  'risk.othersInvolved': { next: 'risk.escalating' },
  'risk.escalating': { next: 'evidence', endsLine: true },
  evidence: { next: 'police', endsLine: true },
  police: { next: 'explain', endsLine: true },
  crimeRef: { next: 'explain', endsLine: true },
  options: { next: 'summaryReview', endsLine: true },
  contactSafe: { next: 'shareTranscript' },
  shareTranscript: { next: 'handoff' },
} as const satisfies Partial<Record<QuestionId, { next: QuestionId | 'explain' | 'handoff'; endsLine?: boolean }>>;

export type FlowQuestion = keyof typeof FLOW;
export const FLOW_QUESTIONS = Object.keys(FLOW) as FlowQuestion[];

/** Which question a summary line is corrected at. */
export const LINE_QUESTION: Record<SummaryLineId, QuestionId> = {
  story: 'story',
  relationship: 'who',
  behaviours: 'what',
  since: 'since',
  howOften: 'howOften',
  risk: 'risk.frightened',
  moments: 'summaryReview',
  evidence: 'evidence',
  police: 'police',
  route: 'options',
};

/** Every question the conversation can resume at (after help, an emergency, "go back"...). */
export const RESUMABLE: readonly QuestionId[] = [
  ...FLOW_QUESTIONS,
  'summaryReview',
  'summaryLine',
  'lineAction',
  'consent',
  'afterEnd',
];
