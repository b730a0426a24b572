/** "Who is doing this?" - read from their words by the relationship parser. */
import { RELATIONSHIPS, type Relationship } from '../facts';
import { defineQuestion } from './question';
import { pick, readsFact, recordsChoice } from './recording';

export const who = defineQuestion<'who', Relationship>({
  id: 'who',
  kind: 'single',
  choices: [...RELATIONSHIPS, 'preferNotToSay', 'skip'],
  ...recordsChoice('relationship', (choice) => pick(RELATIONSHIPS, choice)),
  ...readsFact({
    answer: 'relationship',
    fact: 'relationship',
    value: (relationship) => relationship,
    word: (value, tr) => tr.t(`facts.relationship.${value}`),
    line: 'relationship',
  }),
  flow: { next: 'what', endsLine: true },
});
