/** "Have you reported it to the police?" - reported goes on to the crime reference. */
import { defineQuestion, notSureWith, pick } from './question';

type PoliceValue = 'reported' | 'notReported';

export const police = defineQuestion<'police', PoliceValue>({
  id: 'police',
  kind: 'single',
  choices: ['reported', 'notReported', 'preferNotToSay', 'skip'],
  recordChoice(answers, choice) {
    const answer = pick(['reported', 'notReported'] as const, choice);
    return answer && { ...answers, police: answer };
  },
  recordUnclear: (answers, words) => ({ ...answers, police: notSureWith(words) }),
  summary: { line: 'police', corrects: true, word: (value, tr) => tr.t(`summary.values.police.${value}`) },
  flow: { next: 'explain', endsLine: true, branches: [{ choice: 'reported', go: 'crimeRef' }] },
});
