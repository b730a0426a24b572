/**
 * "Want to know more about any of these?" - after the tailored explanations: the topics not shown
 * yet, and a way to move on. A topic chosen is shown (short) and the list offered again.
 */
import { MORE_TOPICS, type MoreTopic } from '../topics';
import { defineQuestion } from './question';

const MOVE_ON = 'moveOn';

export const moreTopics = defineQuestion({
  id: 'moreTopics',
  kind: 'single',
  choices: [...MORE_TOPICS, MOVE_ON],
  noSkip: true,
  // Topics already shown in this conversation are not offered again.
  choicesNow: (view) => [...MORE_TOPICS.filter((topic) => !view.topicsShown.includes(topic)), MOVE_ON],
  flow: {
    next: 'options',
    branches: [{ choice: MOVE_ON, go: 'options' }, ...MORE_TOPICS.map((topic) => ({ choice: topic, go: 'moreTopics' as const }))],
    topicOn: Object.fromEntries(MORE_TOPICS.map((topic) => [topic, topic])) as Record<MoreTopic, MoreTopic>,
  },
});
