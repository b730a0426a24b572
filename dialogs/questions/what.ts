/** "What have they been doing?" - several behaviours; read from their words by the behaviours parser. */
import { BEHAVIOURS, type Behaviour } from '../facts';
import { defineQuestion } from './question';
import { noAnswerOf, readsFact } from './recording';
import { behaviourList } from './words';

const isBehaviour = (choice: string): choice is Behaviour => (BEHAVIOURS as readonly string[]).includes(choice);

export const what = defineQuestion<'what', Behaviour[]>({
  id: 'what',
  kind: 'multi',
  choices: [...BEHAVIOURS, 'notSure', 'skip'],
  // What was already understood from their words starts ticked.
  preselect: ({ answers, prefill }) => (answers.behaviours ? undefined : prefill.behaviours?.value),
  recordChoice(answers, choice, facts) {
    const list = Array.isArray(choice) ? choice : choice.split(',').map((c) => c.trim()).filter(Boolean);
    const status = list.length === 1 ? noAnswerOf(list[0]!) : undefined;
    if (status) return { ...answers, behaviours: { status } };
    const known = list.filter(isBehaviour);
    if (known.length === 0 || known.length !== list.length) return undefined;
    // Typed "2, 6 and he threatened me": the behaviours understood in the words count too.
    const all = new Set([...known, ...(facts?.behaviours?.value ?? [])]);
    return { ...answers, behaviours: { status: 'given', value: BEHAVIOURS.filter((b) => all.has(b)) } };
  },
  ...readsFact({
    answer: 'behaviours',
    fact: 'behaviours',
    value: (behaviours) => behaviours,
    usable: (behaviours) => behaviours.length > 0,
    word: behaviourList,
    // The understood behaviours stay ticked on the list the person now corrects.
    onNo: 'keep',
    line: 'behaviours',
  }),
  flow: { next: 'since', endsLine: true },
});
