/** "How often does it happen?" - a band, or a count read from their words by the frequency parser. */
import { FREQUENCY_BANDS, type Frequency, type FrequencyBand, type UnderstoodFacts } from '../facts';
import type { Answers } from '../../machines/triage.types';
import { acceptFacts, defineQuestion, notSureWith, pickBand } from './question';
import { frequencyWords } from './words';

export type HowOftenValue = { band: FrequencyBand; frequency?: Frequency };

const readText = (answers: Answers, facts: UnderstoodFacts): Answers | undefined =>
  facts.frequency
    ? {
        ...answers,
        howOften: { status: 'given', value: { band: facts.frequency.value.band, frequency: facts.frequency.value }, words: facts.frequency.text },
      }
    : undefined;

export const howOften = defineQuestion<'howOften', HowOftenValue>({
  id: 'howOften',
  kind: 'single',
  choices: [...FREQUENCY_BANDS, 'notSure', 'skip'],
  parser: 'frequency',
  recordChoice(answers, choice) {
    const answer = pickBand(FREQUENCY_BANDS, choice);
    return answer && { ...answers, howOften: answer };
  },
  readText,
  recordUnclear: (answers, words) => ({ ...answers, howOften: notSureWith(words) }),
  prefill: {
    find: ({ prefill, answers }) =>
      prefill.frequency && !answers.howOften ? { band: prefill.frequency.value.band, frequency: prefill.frequency.value } : undefined,
    accept: acceptFacts('howOften', readText),
    onNo: 'drop',
    drop: ({ frequency: _dropped, ...rest }) => rest,
    word: frequencyWords,
  },
  summary: { line: 'howOften', corrects: true, word: frequencyWords },
  flow: { next: 'riskConsent', endsLine: true },
});
