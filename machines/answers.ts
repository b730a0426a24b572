/**
 * Pure functions that turn a choice or understood facts into answers. The machine's actions
 * call these; tests call them directly.
 */
import {
  BEHAVIOURS,
  FREQUENCY_BANDS,
  RELATIONSHIPS,
  SINCE_BANDS,
  type Behaviour,
  type UnderstoodFacts,
} from '../dialogs/facts';
import { crimeReferenceIn } from '../dialogs/crime.reference';
import { RISK_FACTORS, getQuestion, type QuestionId, type RiskFactor } from '../dialogs/questions';
import { highRiskKinds, type HighRiskKind } from '../dialogs/safety';
import { isSummaryLineId, type SummaryLineId } from '../dialogs/summary';
import type { Answer, Answers, Params, TriageContext } from './triage.types';

type NoAnswer = 'notSure' | 'skipped' | 'preferNotToSay';

const NO_ANSWER: Record<string, NoAnswer> = {
  skip: 'skipped',
  notSure: 'notSure',
  preferNotToSay: 'preferNotToSay',
};

function pick<T extends string>(allowed: readonly T[], choice: string, words?: string): Answer<T> | undefined {
  const status = NO_ANSWER[choice];
  if (status) return words ? { status, words } : { status };
  return (allowed as readonly string[]).includes(choice) ? { status: 'given', value: choice as T } : undefined;
}

function asList(choice: string | string[]): string[] {
  return Array.isArray(choice) ? choice : choice.split(',').map((c) => c.trim()).filter(Boolean);
}

export function riskFactorOf(question: QuestionId): RiskFactor | undefined {
  const factor = question.startsWith('risk.') ? question.slice(5) : undefined;
  return RISK_FACTORS.find((f) => f === factor);
}

/**
 * Records a choice for a question. Returns the new answers, or undefined when the choice is not
 * one this question offers (the caller re-asks).
 */
export function applyChoice(answers: Answers, question: QuestionId, choice: string | string[]): Answers | undefined {
  const single = Array.isArray(choice) ? (choice.length === 1 ? choice[0]! : '') : choice;
  const factor = riskFactorOf(question);
  if (factor) {
    const answer = pick(['yes', 'no'] as const, single);
    return answer && { ...answers, risk: { ...answers.risk, [factor]: answer } };
  }
  switch (question) {
    case 'safety': {
      const answer = pick(['safe', 'notSafe'] as const, single);
      return answer && { ...answers, safety: answer };
    }
    case 'story':
      return single === 'skip' ? answers : undefined;
    case 'who': {
      const answer = pick(RELATIONSHIPS, single);
      return answer && { ...answers, relationship: answer };
    }
    case 'what': {
      const list = asList(choice);
      if (list.length === 1 && NO_ANSWER[list[0]!]) return { ...answers, behaviours: { status: NO_ANSWER[list[0]!]! } };
      const known = list.filter((c): c is Behaviour => (BEHAVIOURS as readonly string[]).includes(c));
      if (known.length === 0 || known.length !== list.length) return undefined;
      const ordered = BEHAVIOURS.filter((b) => known.includes(b));
      return { ...answers, behaviours: { status: 'given', value: ordered } };
    }
    case 'since': {
      const status = NO_ANSWER[single];
      if (status) return { ...answers, since: { status } };
      const band = SINCE_BANDS.find((b) => b === single);
      return band && { ...answers, since: { status: 'given', value: { band } } };
    }
    case 'howOften': {
      const status = NO_ANSWER[single];
      if (status) return { ...answers, howOften: { status } };
      const band = FREQUENCY_BANDS.find((b) => b === single);
      return band && { ...answers, howOften: { status: 'given', value: { band } } };
    }
    case 'riskConsent':
      return single === 'yes' || single === 'skip' ? { ...answers, riskConsent: single === 'yes' } : undefined;
    case 'evidence': {
      const answer = pick(['yes', 'some', 'no'] as const, single);
      return answer && { ...answers, evidence: answer };
    }
    case 'police': {
      const answer = pick(['reported', 'notReported'] as const, single);
      return answer && { ...answers, police: answer };
    }
    case 'crimeRef':
    case 'contactSafe':
      return single === 'skip' ? answers : undefined;
    case 'summaryLine':
      return isSummaryLineId(single) || single === 'cancel' ? answers : undefined;
    case 'shareTranscript':
      return single === 'yes' || single === 'no' ? { ...answers, shareTranscript: single === 'yes' } : undefined;
    default:
      // Questions whose answer is a decision, not data (options, consent...): valid if offered.
      return (getQuestion(question).choices as readonly string[]).includes(single) ? answers : undefined;
  }
}

/**
 * Records a typed answer for a question from the facts understood in it. Returns undefined when
 * the words don't answer this question.
 */
export function applyFacts(answers: Answers, question: QuestionId, facts: UnderstoodFacts, text: string): Answers | undefined {
  switch (question) {
    case 'story':
      // "ok", "idk", "not now" are not a story: ask again, then move on without one.
      return hasAnyFact(facts) || text.trim().split(/\s+/).length >= 3 ? { ...answers, story: text } : undefined;
    case 'crimeRef': {
      // "2" (meant for the question before) is not a reference: asked again, never stored as one.
      const reference = crimeReferenceIn(text);
      return reference ? { ...answers, crimeRef: reference } : undefined;
    }
    case 'contactSafe':
      return { ...answers, contactSafe: text };
    case 'who':
      return facts.relationship
        ? { ...answers, relationship: { status: 'given', value: facts.relationship.value, words: facts.relationship.text } }
        : undefined;
    case 'what':
      return facts.behaviours && facts.behaviours.value.length > 0
        ? { ...answers, behaviours: { status: 'given', value: facts.behaviours.value, words: facts.behaviours.text } }
        : undefined;
    case 'since':
      return facts.startedOn
        ? {
            ...answers,
            since: {
              status: 'given',
              value: { band: facts.startedOn.value.band, date: facts.startedOn.value },
              words: facts.startedOn.text,
            },
          }
        : undefined;
    case 'howOften':
      return facts.frequency
        ? {
            ...answers,
            howOften: {
              status: 'given',
              value: { band: facts.frequency.value.band, frequency: facts.frequency.value },
              words: facts.frequency.text,
            },
          }
        : undefined;
    default:
      return undefined;
  }
}

/** Records "not sure" for a question whose typed answer was not understood twice, keeping the words. */
export function applyUnclear(answers: Answers, question: QuestionId, text: string): Answers {
  const words = text.slice(0, 500);
  const factor = riskFactorOf(question);
  if (factor) return { ...answers, risk: { ...answers.risk, [factor]: { status: 'notSure', words } } };
  const notSure = { status: 'notSure' as const, words };
  switch (question) {
    case 'who':
      return { ...answers, relationship: notSure };
    case 'what':
      return { ...answers, behaviours: notSure };
    case 'since':
      return { ...answers, since: notSure };
    case 'howOften':
      return { ...answers, howOften: notSure };
    case 'evidence':
      return { ...answers, evidence: notSure };
    case 'police':
      return { ...answers, police: notSure };
    default:
      return answers;
  }
}

/**
 * Risk questions already answered by what the person described: a behaviour they chose or told us
 * about, or a detector rule that fired on their words ("I'm so scared of him").
 */
const RISK_EVIDENCE: Partial<Record<RiskFactor, { behaviours?: Behaviour[]; rules?: string[]; highRisk?: HighRiskKind[] }>> = {
  frightened: { rules: ['risk.fearOfHarm'] },
  threats: { behaviours: ['threats'], rules: ['risk.threats'], highRisk: ['threatToKill'] },
  propertyDamage: { behaviours: ['propertyDamage'], rules: ['risk.propertyDamage'] },
  loitering: { behaviours: ['turningUp', 'following'], rules: ['risk.loitering'] },
  violence: { rules: ['risk.violencePast'], highRisk: ['strangulation'] },
  escalating: { rules: ['risk.escalating'] },
};

function riskPrefill(context: TriageContext, factor: RiskFactor): Params | undefined {
  if (context.answers.risk[factor]) return undefined;
  const evidence = RISK_EVIDENCE[factor];
  if (!evidence) return undefined;
  const told = context.answers.behaviours?.status === 'given' ? context.answers.behaviours.value : [];
  const understood = context.prefill.behaviours?.value ?? [];
  const byBehaviour = evidence.behaviours?.some((b) => told.includes(b) || understood.includes(b)) ?? false;
  // Every recorded verdict: risky words, and the rules behind emergency and serious-harm moments.
  const rules = [...context.riskRules, ...context.moments.map((m) => m.reason)];
  const byRule = evidence.rules?.some((r) => rules.includes(r)) ?? false;
  const byKind = evidence.highRisk?.some((k) => highRiskKinds(rules).includes(k)) ?? false;
  return byBehaviour || byRule || byKind ? { factor } : undefined;
}

/** Which prefilled fact a question can confirm, if any is waiting and the question is unanswered. */
export function prefillFor(context: TriageContext, question: QuestionId): Params | undefined {
  const { prefill, answers } = context;
  const factor = riskFactorOf(question);
  if (factor) return riskPrefill(context, factor);
  switch (question) {
    case 'who':
      return prefill.relationship && !answers.relationship ? { relationship: prefill.relationship.value } : undefined;
    case 'what':
      return prefill.behaviours && !answers.behaviours ? { behaviours: prefill.behaviours.value.join(',') } : undefined;
    case 'since':
      return prefill.startedOn && !answers.since
        ? { date: prefill.startedOn.value.iso, approximate: prefill.startedOn.value.approximate ? 1 : 0 }
        : undefined;
    case 'howOften': {
      const f = prefill.frequency?.value;
      if (!f || answers.howOften) return undefined;
      return { band: f.band, count: f.count ?? 0, per: f.per ?? '', approximate: f.approximate ? 1 : 0 };
    }
    default:
      return undefined;
  }
}

/** Accepts the waiting fact for a question as its answer. */
export function acceptPrefill(context: TriageContext, question: QuestionId): Answers {
  const factor = riskFactorOf(question);
  if (factor) {
    return { ...context.answers, risk: { ...context.answers.risk, [factor]: { status: 'given', value: 'yes', confirmed: true } } };
  }
  const answered = applyFacts(context.answers, question, context.prefill, '');
  return answered ? markConfirmed(answered, question) : context.answers;
}

function markConfirmed(answers: Answers, question: QuestionId): Answers {
  const key = ({ who: 'relationship', what: 'behaviours', since: 'since', howOften: 'howOften' } as const)[
    question as 'who' | 'what' | 'since' | 'howOften'
  ];
  const answer = key && answers[key];
  return answer && answer.status === 'given' ? { ...answers, [key]: { ...answer, confirmed: true } } : answers;
}

/** Forgets the waiting fact for a question (the person said it was wrong). */
export function dropPrefill(prefill: UnderstoodFacts, question: QuestionId): UnderstoodFacts {
  const key = ({ who: 'relationship', what: 'behaviours', since: 'startedOn', howOften: 'frequency' } as const)[
    question as 'who' | 'what' | 'since' | 'howOften'
  ];
  if (!key) return prefill;
  const { [key]: _dropped, ...rest } = prefill;
  return rest;
}

/** Merges newly understood facts into the prefill; newer facts win, behaviours accumulate. */
export function mergeFacts(prefill: UnderstoodFacts, facts: UnderstoodFacts): UnderstoodFacts {
  const merged: UnderstoodFacts = { ...prefill, ...facts };
  if (prefill.behaviours && facts.behaviours) {
    const all = new Set([...prefill.behaviours.value, ...facts.behaviours.value]);
    merged.behaviours = {
      value: BEHAVIOURS.filter((b) => all.has(b)),
      text: `${prefill.behaviours.text}; ${facts.behaviours.text}`,
    };
  }
  return merged;
}

export function hasAnyFact(facts: UnderstoodFacts): boolean {
  return Boolean(facts.relationship || facts.behaviours || facts.startedOn || facts.frequency);
}

/** Removes a summary line's data entirely, so it can never be shared. */
export function removeLine(
  context: TriageContext,
  line: SummaryLineId,
): Pick<TriageContext, 'answers' | 'route'> & Partial<Pick<TriageContext, 'riskRules' | 'moments'>> {
  const a = context.answers;
  const skipped = { status: 'skipped' as const };
  switch (line) {
    case 'story':
      return { answers: { ...a, story: undefined }, route: context.route };
    case 'relationship':
      return { answers: { ...a, relationship: skipped }, route: context.route };
    case 'behaviours':
      return { answers: { ...a, behaviours: skipped }, route: context.route };
    case 'since':
      return { answers: { ...a, since: skipped }, route: context.route };
    case 'howOften':
      return { answers: { ...a, howOften: skipped }, route: context.route };
    case 'risk':
      return { answers: { ...a, risk: {} }, riskRules: [], route: context.route };
    case 'moments':
      return { answers: a, moments: [], route: context.route };
    case 'evidence':
      return { answers: { ...a, evidence: skipped }, route: context.route };
    case 'police':
      return { answers: { ...a, police: skipped, crimeRef: undefined }, route: context.route };
    case 'route':
      return { answers: a, route: context.route && { recommended: context.route.recommended, extras: context.route.extras } };
  }
}
