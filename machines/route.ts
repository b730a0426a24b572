/**
 * Which route the options step recommends (CONVERSATION.md "Routing"). Pure and deterministic.
 */
import type { RiskFactor } from '../dialogs/questions';
import type { Behaviour } from '../dialogs/facts';
import { DOMESTIC_ABUSE_LINE, type ExtraService, type RouteId, type RoutePlan } from '../dialogs/routes';
import { highRiskKinds, type HighRiskKind } from '../dialogs/safety';
import type { TriageContext } from './triage.types';

/** Risk factors that, answered "yes", make police involvement the recommendation. */
const HIGH_RISK_FACTORS: readonly RiskFactor[] = [
  'frightened',
  'threats',
  'threatSoon',
  'propertyDamage',
  'violence',
  'escalating',
];

/** Moments that mean danger now: the route is 999 first. */
const DANGER_NOW_REASONS = ['safety.notSafe', 'risk.threatSoon', 'command.danger', 'harmCheck.now', 'harmCheck.soon'];

/** Every safety verdict recorded in the conversation: risky messages and the moments' rules. */
export function recordedRules(context: Pick<TriageContext, 'riskRules' | 'moments'>): string[] {
  return [...context.riskRules, ...context.moments.map((m) => m.reason)];
}

/** The always-high-risk kinds among the recorded verdicts (dialogs/safety.ts). */
export function highRiskOf(context: Pick<TriageContext, 'riskRules' | 'moments'>): HighRiskKind[] {
  return highRiskKinds(recordedRules(context));
}

export function riskFactorsPresent(context: Pick<TriageContext, 'answers'>): RiskFactor[] {
  return (Object.entries(context.answers.risk) as [RiskFactor, { status: string; value?: string }][])
    .filter(([, answer]) => answer.status === 'given' && answer.value === 'yes')
    .map(([factor]) => factor);
}

/**
 * Behaviours that are stalking risk signs (FACTS.md): police 101 and the helpline, not the
 * helpline alone. Following, turning up or loitering, getting others involved, tracking, threats,
 * damage, intimate images shared or threatened, and publishing where they live or how to reach
 * them (doxxing: it invites others to turn up or join in).
 */
const HIGH_RISK_BEHAVIOURS: readonly Behaviour[] = [
  'threats',
  'propertyDamage',
  'tracking',
  'following',
  'turningUp',
  'contactingOthers',
  'imageSharing',
  'personalDetails',
];

/** What they told us about the unwanted contact says high risk (moments aside). */
function highRiskAnswers(context: Pick<TriageContext, 'answers' | 'riskRules' | 'moments'>): boolean {
  const behaviours = context.answers.behaviours?.status === 'given' ? context.answers.behaviours.value : [];
  return (
    highRiskOf(context).length > 0 ||
    riskFactorsPresent(context).some((f) => HIGH_RISK_FACTORS.includes(f)) ||
    behaviours.some((b) => HIGH_RISK_BEHAVIOURS.includes(b)) ||
    context.riskRules.length > 0
  );
}

export function isHighRisk(context: Pick<TriageContext, 'answers' | 'riskRules' | 'moments'>): boolean {
  return highRiskAnswers(context) || context.moments.length > 0;
}

function hasToldAnything(context: Pick<TriageContext, 'answers'>): boolean {
  const a = context.answers;
  return Boolean(
    a.story ||
      a.relationship?.status === 'given' ||
      a.behaviours?.status === 'given' ||
      a.since?.status === 'given' ||
      a.howOften?.status === 'given' ||
      riskFactorsPresent(context).length > 0,
  );
}

export function recommendRoute(context: Pick<TriageContext, 'answers' | 'riskRules' | 'moments'> & Partial<Pick<TriageContext, 'prefill'>>): RoutePlan {
  const a = context.answers;
  const behaviours = a.behaviours?.status === 'given' ? a.behaviours.value : [];
  // Danger now: they said they are not safe, asked for emergency help, expect a threat to be acted
  // on soon, or any message in the conversation was an emergency (typed or chosen).
  const inDanger =
    (a.safety?.status === 'given' && a.safety.value === 'notSafe') ||
    context.moments.some((m) => m.level === 'emergency' || DANGER_NOW_REASONS.includes(m.reason)) ||
    context.moments.some((m) => m.level === 'harm' && (m.check === 'now' || m.check === 'soon'));
  // A crisis and nothing else that calls for the police: Samaritans lead, nothing else.
  const crisisAlone = !inDanger && context.moments.length > 0 && context.moments.every((m) => m.level === 'crisis') && !highRiskAnswers(context);

  const recommended: RouteId = inDanger
    ? 'emergency'
    : crisisAlone
      ? 'crisis'
      : isHighRisk(context)
      ? 'policeAndHelpline'
      : hasToldAnything(context)
        ? 'helpline'
        : 'information';

  const extras: ExtraService[] = [];
  // Paladin (advocacy for high-risk victims) whenever police are recommended, and always after a
  // high-risk verdict such as non-fatal strangulation or a threat to kill.
  if (recommended === 'emergency' || recommended === 'policeAndHelpline' || highRiskOf(context).length > 0) extras.push('paladin');
  // What they said about themselves in their own words, at any point (dialogs/facts.ts).
  const under18 = context.prefill?.age?.value === 'under18';
  const nation = context.prefill?.nation?.value;
  // Intimate images: the Revenge Porn Helpline is for adults; under 18, Childline and Report Remove.
  if (behaviours.includes('imageSharing')) extras.push(under18 ? 'reportRemove' : 'revengePorn');
  else if (under18) extras.push('childline');
  const relationship = a.relationship?.status === 'given' ? a.relationship.value : undefined;
  // Abuse by a partner, an ex or a family member is domestic abuse in law: the line for where they live.
  if (relationship === 'exPartner' || relationship === 'partner' || relationship === 'family') extras.push(DOMESTIC_ABUSE_LINE[nation ?? 'england']);
  if (recommended !== 'crisis' && context.moments.some((m) => m.level === 'crisis')) extras.push('samaritans');
  return { recommended, extras, ...(nation ? { nation } : {}) };
}
