/** "Have you kept any evidence?" */
import { defineQuestion, notSureWith, pick } from './question';

type EvidenceValue = 'yes' | 'some' | 'no';

export const evidence = defineQuestion<'evidence', EvidenceValue>({
  id: 'evidence',
  kind: 'single',
  choices: ['yes', 'some', 'no', 'notSure', 'skip'],
  ownWording: ['yes', 'no'],
  recordChoice(answers, choice) {
    const answer = pick(['yes', 'some', 'no'] as const, choice);
    return answer && { ...answers, evidence: answer };
  },
  recordUnclear: (answers, words) => ({ ...answers, evidence: notSureWith(words) }),
  summary: { line: 'evidence', corrects: true, word: (value, tr) => tr.t(`summary.values.evidence.${value}`) },
  flow: { next: 'police', endsLine: true },
});
