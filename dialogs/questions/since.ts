/** "When did it start?" - a band, or a date read from their words by the start-date parser. */
import { SINCE_BANDS, type SinceBand, type StartDate } from '../facts';
import { defineQuestion } from './question';
import { bandQuestion, readsFact } from './recording';
import { startDateWords } from './words';

export type SinceValue = { band: SinceBand; date?: StartDate };

export const since = defineQuestion<'since', SinceValue>({
  ...bandQuestion('since', SINCE_BANDS),
  ...readsFact({
    answer: 'since',
    fact: 'startedOn',
    value: (date) => ({ band: date.band, date }),
    word: (value, tr) => (value.date ? startDateWords(value.date, tr) : tr.t(`facts.since.${value.band}`)),
    line: 'since',
  }),
  flow: { next: 'howOften', endsLine: true },
});
