/**
 * Words that rule out being contacted at all, said where they are asked for a safe way to be
 * contacted (the adapter reads them there only: src/adapter/activity.events.ts): "please don't
 * contact me, I'll ring you", "no", "nobody", "I don't want to be contacted". Narrow on purpose: a way or a time named with the refusal ("don't contact me at
 * home", "don't call, text is fine", "no calls after 6") is a way to reach them, not a refusal.
 * (src/contact/safe.contact.ts reads the same words more widely, as "never" for the bot's own
 * messages: there any doubt means no message.) Both read the words through the same normalisation.
 */
import { normaliseContactWords } from './safe.contact';

/** The whole answer is a refusal: "no", "nobody", "no contact please", "not safe". */
const WHOLE_REFUSAL = /^(?:no|nope|none|nobody|no one|noone|nothing|never|not safe|no way|no contact|no contact please|please no contact|no thanks|no thank you|no please|none please|nobody please)$/;

/** A qualifier after the refusal: then it rules out one way or time, not contact. */
const QUALIFIED = String.raw`(?! (?:by|on|via|through|at|in|after|before|during|between|until|till|unless|except|if|when|while|from|apart|other than|outside)\b)`;

/** "don't contact me", "please do not get in touch with me", "never call or text me" (all of it). */
const DO_NOT_CONTACT = new RegExp(
  String.raw`\b(?:dont|do not|never|please dont|please do not|pls dont)(?: ever)? (?:contact|get in touch with|call or text|text or call|call or message|message or call|reach out to|try to contact) me\b${QUALIFIED}`,
);

/** "I don't want to be contacted", "I do not want anyone to contact me". */
const DO_NOT_WANT = new RegExp(
  String.raw`\bi (?:dont|do not) (?:want|need) (?:to be contacted|any contact|contact|anyone to contact me|you to contact me|them to contact me|to be called or texted)\b${QUALIFIED}`,
);

export function refusesContact(words: string): boolean {
  const text = normaliseContactWords(words).trim();
  return WHOLE_REFUSAL.test(text) || DO_NOT_CONTACT.test(text) || DO_NOT_WANT.test(text);
}
