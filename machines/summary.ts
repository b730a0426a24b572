/**
 * Builds the structured summary from the conversation's context. Pure: src/summary words it.
 */
import type { SummaryLineId } from '../dialogs/summary';
import { highRiskOf, riskFactorsPresent } from './route';
import type { Answer, SummaryData, SummaryLine, TriageContext } from './triage.types';

function worthShowing<T>(answer: Answer<T> | undefined): answer is Answer<T> {
  return Boolean(answer && (answer.status === 'given' || answer.words));
}

export function buildSummary(context: TriageContext): SummaryData {
  const a = context.answers;
  const lines: SummaryLine[] = [];
  if (a.story) lines.push({ id: 'story', text: a.story });
  if (worthShowing(a.relationship)) lines.push({ id: 'relationship', answer: a.relationship });
  if (worthShowing(a.behaviours)) lines.push({ id: 'behaviours', answer: a.behaviours });
  if (worthShowing(a.since)) lines.push({ id: 'since', answer: a.since });
  if (worthShowing(a.howOften)) lines.push({ id: 'howOften', answer: a.howOften });
  if (Object.keys(a.risk).length > 0) lines.push({ id: 'risk', answers: a.risk });
  if (context.moments.length > 0) lines.push({ id: 'moments', moments: context.moments });
  if (worthShowing(a.evidence)) lines.push({ id: 'evidence', answer: a.evidence });
  if (worthShowing(a.police)) lines.push({ id: 'police', answer: a.police, ...(a.crimeRef ? { crimeRef: a.crimeRef } : {}) });
  if (a.more && Object.values(a.more).some(worthShowing)) lines.push({ id: 'more', answers: a.more });
  if (context.route?.chosen) lines.push({ id: 'route', chosen: context.route.chosen });

  return {
    lines,
    ...(context.route ? { route: context.route } : {}),
    moments: context.moments,
    riskFactorsPresent: riskFactorsPresent(context),
    riskRules: context.riskRules,
    highRisk: highRiskOf(context),
    ...(a.contactSafe ? { contactSafe: a.contactSafe } : {}),
    ...(a.contactSafe && a.contactRefused ? { contactRefused: true as const } : {}),
    ...(a.crimeRef ? { crimeRef: a.crimeRef } : {}),
  };
}

/** The line ids the person can change or remove right now. */
export function editableLines(context: TriageContext): SummaryLineId[] {
  return buildSummary(context).lines.map((line) => line.id);
}
