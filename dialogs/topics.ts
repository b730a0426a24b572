/**
 * Content topics: short explanations the bot gives at the explain step, from the "Want to know
 * more?" list, or at any time when asked ("what is cyberstalking?"). Each topic's text is the
 * locale key topics.<id>.text (its paragraphs, sent as one message); the words that ask for it
 * are topics.<id>.asks ("|"-separated); its label in the list is questions.moreTopics.choices.<id>.
 */
export const TOPICS = [
  'four',
  'stalkingVsHarassment',
  'onlineThreats',
  'cyberStalking',
  'tracking',
  'evidence',
  'nothingKept',
  'deviceSafety',
  'safetyPlanning',
  'reporting',
  'notYourFault',
] as const;
export type TopicId = (typeof TOPICS)[number];

/** The topics the "Want to know more about...?" list offers, in its order. */
export const MORE_TOPICS = [
  'cyberStalking',
  'onlineThreats',
  'tracking',
  'evidence',
  'deviceSafety',
  'safetyPlanning',
  'reporting',
] as const satisfies readonly TopicId[];
export type MoreTopic = (typeof MORE_TOPICS)[number];

/** At most this many explanations come unasked at the explain step (then the list). */
export const TAILORED_TOPICS = 2;

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}
