/** "Have you kept any evidence?" */
import { defineQuestion } from './question';
import { notSureWith, pick, recordsChoice } from './recording';

type EvidenceValue = 'yes' | 'some' | 'no';

export const evidence = defineQuestion<'evidence', EvidenceValue>({
  id: 'evidence',
  kind: 'single',
  choices: ['yes', 'some', 'no', 'notSure', 'skip'],
  ownWording: ['yes', 'no'],
  ...recordsChoice('evidence', (choice) => pick(['yes', 'some', 'no'] as const, choice)),
  recordUnclear: (answers, words) => ({ ...answers, evidence: notSureWith(words) }),
  summary: { line: 'evidence', corrects: true, word: (value, tr) => tr.t(`summary.values.evidence.${value}`) },
  // Nothing kept ("I deleted them"): that's OK - they can still report, and keep what comes from now.
  flow: { next: 'police', endsLine: true, topicOn: { no: 'nothingKept' } },
});
