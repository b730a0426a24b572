/**
 * Typed words -> a global command ("help", "start again", "exit"...) or a question about a
 * content topic ("what is cyberstalking?"). Words live in the locale.
 */
import { COMMANDS, SMS_RESERVED_WORDS, type Command } from '../../dialogs/commands';
import { TOPICS, type TopicId } from '../../dialogs/topics';
import type { Translator } from '../i18n';
import { normaliseForMatch, normalisePhrase } from './choice.matcher';

export function matchCommand(text: string, tr: Translator): Command | undefined {
  const normalised = normaliseForMatch(text);
  if (!normalised || normalised.length > 60) return undefined;
  if ((SMS_RESERVED_WORDS as readonly string[]).includes(normalised)) return undefined;
  return COMMANDS.find((command) => tr.words(`commands.${command}.words`).map(normalisePhrase).includes(normalised));
}

/** The longest message read as a request for a person: longer ones are stories, read elsewhere. */
const PERSON_REQUEST_MAX_WORDS = 14;

/**
 * A short request for a person in everyday words ("i want to talk to a real person pleese", "can i speak to a human", "i
 * dont want these questions i want a person"): a request (`commands.person.leads`) then who (`commands.person.asks`). The
 * caller asks only when the safety check found nothing, so danger said with it is never lost.
 */
export function asksForPerson(text: string, tr: Translator): boolean {
  const normalised = normaliseForMatch(text);
  if (!normalised || normalised.split(' ').length > PERSON_REQUEST_MAX_WORDS) return false;
  const leads = tr.words('commands.person.leads').map(normalisePhrase);
  const asks = tr.words('commands.person.asks').map(normalisePhrase);
  const padded = ` ${normalised} `;
  return asks.some((ask) => {
    const at = padded.indexOf(` ${ask} `);
    return at >= 0 && leads.some((lead) => padded.slice(0, at + 1).includes(` ${lead} `));
  });
}

/**
 * An SMS opt-out word on its own (STOP, STOPALL, END, QUIT, CANCEL, UNSUBSCRIBE, REVOKE, OPTOUT),
 * as carriers and Twilio read them: the whole message, any case, surrounding punctuation ignored.
 */
export function isSmsOptOut(text: string): boolean {
  const word = text.trim().toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return (SMS_RESERVED_WORDS as readonly string[]).includes(word);
}

const QUESTION_START = /^(?:what|whats|what's|is|am|are|how|does|do|can|could|should|why|tell me)\b/;

/** A short question that asks about a topic. Long messages are stories, read elsewhere. */
export function matchTopic(text: string, tr: Translator): TopicId | undefined {
  const normalised = normaliseForMatch(text);
  if (!normalised || normalised.split(' ').length > 12) return undefined;
  const asksSomething = text.includes('?') || QUESTION_START.test(normalised);
  return TOPICS.find((topic) =>
    tr
      .words(`topics.${topic}.asks`)
      .map(normalisePhrase)
      .some((phrase) => normalised === phrase || (asksSomething && normalised.includes(phrase))),
  );
}
