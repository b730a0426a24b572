/**
 * The risk questions, one per factor, all alike: yes / no / not sure. Each confirms instead of
 * asking when the person already described it (a behaviour they chose or told us about, or a
 * detector rule that fired on their words), and "no" to that confirmation is the answer itself.
 */
import type { Behaviour } from '../facts';
import { highRiskKinds, type HighRiskKind } from '../safety';
import type { TriageContext } from '../../machines/triage.types';
import { defineQuestion, type QuestionFlow } from './question';
import { notSureWith, pick } from './recording';

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
export type RiskQuestionId = `risk.${RiskFactor}`;

/** What already answers a risk question "yes, I think so - is that right?". */
interface RiskEvidence {
  behaviours?: Behaviour[];
  rules?: string[];
  highRisk?: HighRiskKind[];
}

function hasEvidence(context: TriageContext, evidence: RiskEvidence): boolean {
  const told = context.answers.behaviours?.status === 'given' ? context.answers.behaviours.value : [];
  const understood = context.prefill.behaviours?.value ?? [];
  const byBehaviour = evidence.behaviours?.some((b) => told.includes(b) || understood.includes(b)) ?? false;
  // Every recorded verdict: risky words, and the rules behind emergency and serious-harm moments.
  const rules = [...context.riskRules, ...context.moments.map((m) => m.reason)];
  const byRule = evidence.rules?.some((r) => rules.includes(r)) ?? false;
  const byKind = evidence.highRisk?.some((k) => highRiskKinds(rules).includes(k)) ?? false;
  return byBehaviour || byRule || byKind;
}

function riskQuestion<const F extends RiskFactor>(factor: F, flow: QuestionFlow<string>, evidence: RiskEvidence = {}) {
  return defineQuestion<`risk.${F}`, 'yes' | 'no'>({
    id: `risk.${factor}`,
    kind: 'single',
    choices: ['yes', 'no', 'notSure', 'skip'],
    // "yes he said he'd burn my car": the words are kept with the answer (the summary quotes them; a
    // caseworker review found staff given only "yes").
    recordChoice(answers, choice, _facts, words) {
      const answer = pick(['yes', 'no'] as const, choice);
      return answer && { ...answers, risk: { ...answers.risk, [factor]: words && answer.status === 'given' ? { ...answer, words: words.slice(0, 500) } : answer } };
    },
    recordUnclear: (answers, words) => ({ ...answers, risk: { ...answers.risk, [factor]: notSureWith(words) } }),
    prefill: {
      // The fact waiting is the answer "yes" (the confirmation names the factor in its own copy).
      find: (context) => (!context.answers.risk[factor] && hasEvidence(context, evidence) ? 'yes' : undefined),
      accept: ({ answers }) => ({ ...answers, risk: { ...answers.risk, [factor]: { status: 'given', value: 'yes', confirmed: true } } }),
      onNo: 'answer',
      // "It's getting worse, yeah": words that give evidence for this risk factor answer yes.
      typedEvidenceAnswers: true,
      word: () => '',
    },
    summary: {
      line: 'risk',
      ...(factor === 'frightened' ? { corrects: true as const } : {}),
      word: (value, tr) => tr.t(`facts.answer.${value}`),
    },
    flow,
  });
}

export const riskQuestions = [
  riskQuestion('frightened', { next: 'risk.threats' }, { rules: ['risk.fearOfHarm'] }),
  riskQuestion(
    'threats',
    { next: 'risk.propertyDamage', branches: [{ choice: 'yes', go: 'risk.threatSoon' }] },
    { behaviours: ['threats'], rules: ['risk.threats'], highRisk: ['threatToKill'] },
  ),
  riskQuestion('threatSoon', {
    next: 'risk.propertyDamage',
    branches: [
      { choice: 'notSure', go: 'risk.propertyDamage', briefLines: true },
      { choice: 'yes', go: 'emergency', resumeAt: 'risk.propertyDamage', alarm: 'risk.threatSoon' },
    ],
  }),
  riskQuestion('propertyDamage', { next: 'risk.violence' }, { behaviours: ['propertyDamage'], rules: ['risk.propertyDamage'] }),
  riskQuestion('violence', { next: 'risk.loitering' }, { rules: ['risk.violencePast'], highRisk: ['strangulation'] }),
  riskQuestion('loitering', { next: 'risk.othersInvolved' }, { behaviours: ['turningUp', 'following'], rules: ['risk.loitering'] }),
  riskQuestion('othersInvolved', { next: 'risk.escalating' }),
  riskQuestion('escalating', { next: 'evidence', endsLine: true }, { rules: ['risk.escalating'] }),
] as const;

/** The risk factor a question asks about, if it is a risk question. */
export function riskFactorOf(question: string): RiskFactor | undefined {
  const factor = question.startsWith('risk.') ? question.slice(5) : undefined;
  return RISK_FACTORS.find((f) => f === factor);
}
