/**
 * Whether contact words hold a way to reach the person: a phone number, an email address, or the
 * chat itself ("here in this chat": the news of a shared summary is told there). On a
 * channel with no address of its own (web chat), "text only, after 6pm" says how but not where:
 * the team could not text them, so the bot asks once for a number or email (dialogs/questions/ending.ts).
 */
import { normaliseContactWords, phraseRx } from './safe.contact';
import * as contactWords from './en-GB';

/** An email address as typed ("name@example.co.uk", "name at gmail dot com" is not read). */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** At least nine digits with the spaces, dashes, dots and brackets people put in numbers (UK numbers have 10 or 11). */
const PHONE = /(?:\+|\b)\d(?:[\s().-]*\d){8,}/;

/** The chat itself ("any time, here in this chat", "on here"): in a web chat, news is told there (src/adapter/handoff.news.ts). */
const THIS_CHAT = phraseRx(contactWords.THIS_CHAT, '');

export function givesAnAddress(words: string): boolean {
  const normalised = normaliseContactWords(words);
  return EMAIL.test(words) || PHONE.test(words) || PHONE.test(normalised) || THIS_CHAT.test(normalised) || contactWords.HERE_FIRST.test(normalised);
}
