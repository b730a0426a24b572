/** "Who is doing this?" - read from their words by the relationship parser. */
import { RELATIONSHIPS, type Relationship } from '../facts';
import type { Answers } from '../../machines/triage.types';
import type { UnderstoodFacts } from '../facts';
import type { Translator } from '../../src/i18n';
import { acceptFacts, defineQuestion, notSureWith, pick } from './question';

const readText = (answers: Answers, facts: UnderstoodFacts): Answers | undefined =>
  facts.relationship
    ? { ...answers, relationship: { status: 'given', value: facts.relationship.value, words: facts.relationship.text } }
    : undefined;

const word = (value: Relationship, tr: Translator) => tr.t(`facts.relationship.${value}`);

export const who = defineQuestion<'who', Relationship>({
  id: 'who',
  kind: 'single',
  choices: [...RELATIONSHIPS, 'preferNotToSay', 'skip'],
  parser: 'relationship',
  recordChoice(answers, choice) {
    const answer = pick(RELATIONSHIPS, choice);
    return answer && { ...answers, relationship: answer };
  },
  readText,
  recordUnclear: (answers, words) => ({ ...answers, relationship: notSureWith(words) }),
  prefill: {
    find: ({ prefill, answers }) => (answers.relationship ? undefined : prefill.relationship?.value),
    accept: acceptFacts('relationship', readText),
    onNo: 'drop',
    drop: ({ relationship: _dropped, ...rest }) => rest,
    word,
  },
  summary: { line: 'relationship', corrects: true, word },
  flow: { next: 'what', endsLine: true },
});
