/** "Tell me what has been happening" - in their own words; skipped when they already told it. */
import { hasAnyFact } from '../facts';
import { defineQuestion } from './question';
import { singleChoice } from './recording';

export const story = defineQuestion({
  id: 'story',
  kind: 'text',
  choices: ['skip'],
  recordChoice: (answers, choice) => (singleChoice(choice) === 'skip' ? answers : undefined),
  // "ok", "idk", "not now" are not a story: ask again, then move on without one.
  readText: (answers, facts, text) =>
    hasAnyFact(facts) || text.trim().split(/\s+/).length >= 3 ? { ...answers, story: text } : undefined,
  textAck: 'story.thanks',
  summary: { line: 'story', corrects: true },
  flow: { next: 'who', endsLine: true, skipWhenStory: true },
});
