/** "When did it start?" - a band, or a date read from their words by the start-date parser. */
import { SINCE_BANDS, type SinceBand, type StartDate, type UnderstoodFacts } from '../facts';
import type { Answers } from '../../machines/triage.types';
import type { Translator } from '../../src/i18n';
import { acceptFacts, defineQuestion, notSureWith, pickBand } from './question';
import { startDateWords } from './words';

export type SinceValue = { band: SinceBand; date?: StartDate };

const readText = (answers: Answers, facts: UnderstoodFacts): Answers | undefined =>
  facts.startedOn
    ? {
        ...answers,
        since: { status: 'given', value: { band: facts.startedOn.value.band, date: facts.startedOn.value }, words: facts.startedOn.text },
      }
    : undefined;

const word = (value: SinceValue, tr: Translator) => (value.date ? startDateWords(value.date, tr) : tr.t(`facts.since.${value.band}`));

export const since = defineQuestion<'since', SinceValue>({
  id: 'since',
  kind: 'single',
  choices: [...SINCE_BANDS, 'notSure', 'skip'],
  parser: 'startDate',
  recordChoice(answers, choice) {
    const answer = pickBand(SINCE_BANDS, choice);
    return answer && { ...answers, since: answer };
  },
  readText,
  recordUnclear: (answers, words) => ({ ...answers, since: notSureWith(words) }),
  prefill: {
    find: ({ prefill, answers }) =>
      prefill.startedOn && !answers.since ? { band: prefill.startedOn.value.band, date: prefill.startedOn.value } : undefined,
    accept: acceptFacts('since', readText),
    onNo: 'drop',
    drop: ({ startedOn: _dropped, ...rest }) => rest,
    word,
  },
  summary: { line: 'since', corrects: true, word },
  flow: { next: 'howOften', endsLine: true },
});
