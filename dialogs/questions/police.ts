/** "Have you reported it to the police?" - reported goes on to the crime reference. */
import { defineQuestion } from './question';
import { notSureWith, pick, recordsChoice } from './recording';

type PoliceValue = 'reported' | 'notReported';

export const police = defineQuestion<'police', PoliceValue>({
  id: 'police',
  kind: 'single',
  choices: ['reported', 'notReported', 'preferNotToSay', 'skip'],
  ...recordsChoice('police', (choice) => pick(['reported', 'notReported'] as const, choice)),
  recordUnclear: (answers, words) => ({ ...answers, police: notSureWith(words) }),
  summary: { line: 'police', corrects: true, word: (value, tr) => tr.t(`summary.values.police.${value}`) },
  flow: { next: 'explain', endsLine: true, branches: [{ choice: 'reported', go: 'crimeRef' }] },
});
