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

/** "don't contact me", "please do not get in touch with me", "never call or text me", "...me at all" (all of it). */
const DO_NOT_CONTACT = new RegExp(
  String.raw`\b(?:dont|do not|never|please dont|please do not|pls dont)(?: ever)? (?:contact|get in touch with|call or text|text or call|call or message|message or call|reach out to|try to contact) me(?: at all)?\b${QUALIFIED}`,
);

/** "I don't want to be contacted", "I do not want anyone to contact me". */
const DO_NOT_WANT = new RegExp(
  String.raw`\bi (?:dont|do not) (?:want|need) (?:to be contacted|any contact|contact|anyone to contact me|you to contact me|them to contact me|to be called or texted)\b${QUALIFIED}`,
);

const WAYS = '(?:calling|ringing|texting|messaging|emailing)';
/**
 * Every way ruled out for anyone: "i dont want anyone contacting me", "... calling or texting or emailing me" (two
 * ways or more, and no way then said to be fine: not "i dont want anyone calling me, texts are fine").
 */
const NOBODY_BY_ANY_WAY = new RegExp(
  String.raw`\bi (?:dont|do not) want (?:anyone|anybody|you|them) (?:contacting|${WAYS}(?:,? (?:or|and) ${WAYS})+) me\b${QUALIFIED}(?!.*\b(?:fine|ok|okay|only|use|instead|but)\b)`,
);

/** Contact itself said not to be safe: "it isn't safe for anyone to contact me", "id rather you didnt" (not "not safe to call, text only"). */
const NOT_SAFE_TO_CONTACT = new RegExp(
  String.raw`\b(?:(?:it )?(?:isnt|is not|not) safe (?:for (?:anyone|anybody|you|them) )?to (?:contact|get in touch with|reach) me(?: (?:at the moment|at present|right now|now|at all))?\b${QUALIFIED}|id rather you didnt\b|i would rather you didnt\b)`,
);

export function refusesContact(words: string): boolean {
  const text = normaliseContactWords(words).trim();
  return WHOLE_REFUSAL.test(text) || DO_NOT_CONTACT.test(text) || DO_NOT_WANT.test(text) || NOBODY_BY_ANY_WAY.test(text) || NOT_SAFE_TO_CONTACT.test(text);
}
