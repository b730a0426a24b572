/** "Do you have a crime reference number?" - only a reference-shaped reply is kept. */
import { crimeReferenceIn } from '../crime.reference';
import { defineQuestion } from './question';
import { singleChoice } from './recording';

export const crimeRef = defineQuestion({
  id: 'crimeRef',
  kind: 'text',
  choices: ['skip'],
  recordChoice: (answers, choice) => (singleChoice(choice) === 'skip' ? answers : undefined),
  // "2" (meant for the question before) is not a reference: asked again, never stored as one.
  readText(answers, _facts, text) {
    const reference = crimeReferenceIn(text);
    return reference ? { ...answers, crimeRef: reference } : undefined;
  },
  flow: { next: 'explain', endsLine: true },
});
