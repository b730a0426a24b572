/**
 * Content topics: explanations the bot gives at the explain step, or at any time when asked
 * ("what is cyberstalking?"). Each topic's text is the locale key topics.<id>.text (an array of
 * short messages); the words that ask for it are topics.<id>.asks ("|"-separated).
 */
export const TOPICS = [
  'four',
  'stalkingVsHarassment',
  'onlineThreats',
  'cyberStalking',
  'tracking',
  'evidence',
  'deviceSafety',
  'notYourFault',
] as const;
export type TopicId = (typeof TOPICS)[number];
