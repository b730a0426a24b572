/** "What have they been doing?" - several behaviours; read from their words by the behaviours parser. */
import { BEHAVIOURS, type Behaviour, type UnderstoodFacts } from '../facts';
import type { Answers } from '../../machines/triage.types';
import { acceptFacts, defineQuestion, noAnswerOf, notSureWith } from './question';
import { behaviourList } from './words';

const readText = (answers: Answers, facts: UnderstoodFacts): Answers | undefined =>
  facts.behaviours && facts.behaviours.value.length > 0
    ? { ...answers, behaviours: { status: 'given', value: facts.behaviours.value, words: facts.behaviours.text } }
    : undefined;

const isBehaviour = (choice: string): choice is Behaviour => (BEHAVIOURS as readonly string[]).includes(choice);

export const what = defineQuestion<'what', Behaviour[]>({
  id: 'what',
  kind: 'multi',
  choices: [...BEHAVIOURS, 'notSure', 'skip'],
  parser: 'behaviours',
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
  readText,
  recordUnclear: (answers, words) => ({ ...answers, behaviours: notSureWith(words) }),
  prefill: {
    find: ({ prefill, answers }) => (answers.behaviours ? undefined : prefill.behaviours?.value),
    accept: acceptFacts('behaviours', readText),
    // The understood behaviours stay ticked on the list the person now corrects.
    onNo: 'keep',
    drop: ({ behaviours: _dropped, ...rest }) => rest,
    word: behaviourList,
  },
  summary: { line: 'behaviours', corrects: true, word: behaviourList },
  flow: { next: 'since', endsLine: true },
});
