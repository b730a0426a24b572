/** "How often does it happen?" - a band, or a count read from their words by the frequency parser. */
import { FREQUENCY_BANDS, type Frequency, type FrequencyBand } from '../facts';
import { defineQuestion } from './question';
import { bandQuestion, readsFact } from './recording';
import { frequencyWords } from './words';

export type HowOftenValue = { band: FrequencyBand; frequency?: Frequency };

export const howOften = defineQuestion<'howOften', HowOftenValue>({
  ...bandQuestion('howOften', FREQUENCY_BANDS),
  ...readsFact({ answer: 'howOften', fact: 'frequency', value: (frequency) => ({ band: frequency.band, frequency }), word: frequencyWords, line: 'howOften' }),
  flow: { next: 'riskConsent', endsLine: true },
});
