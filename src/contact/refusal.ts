/**
 * Words that rule out being contacted at all, said where they are asked for a safe way to be
 * contacted (the adapter reads them there only: src/adapter/activity.events.ts). Two tiers:
 * - the plain ones, read as they stand: "no", "nobody", "please don't contact me, I'll ring you", "I don't want to be
 *   contacted", "it isn't safe for anyone to contact me";
 * - the wider ones, read only when nothing in the answer leaves a way, a time or an address open: contact itself
 *   negated however it is said ("nobody should contact me", "I do not wish to be contacted by anyone"), a bare
 *   refusal first ("no. if he sees a missed call he will know"), "I'll get in touch myself".
 * A way or a time named with the refusal ("don't contact me at home", "don't call, text is fine", "no calls after 6")
 * is a way to reach them, not a refusal.
 * (src/contact/safe.contact.ts reads the same words more widely, as "never" for the bot's own
 * messages: there any doubt means no message.) Both read the words through the same normalisation.
 */
import { givesAnAddress } from './address';
import { namesATimeOrDay, normaliseContactWords } from './safe.contact';

/** The whole answer is a refusal: "no", "nobody", "no contact please", "not safe". */
const WHOLE_REFUSAL = /^(?:no|nope|none|nobody|no one|noone|nothing|never|not safe|no way|no contact|no contact please|please no contact|no thanks|no thank you|no please|none please|nobody please)$/;

/** Words after a refusal that keep it whole: "... in any way", "... by anyone", "... at all, thank you". */
const WHOLLY = String.raw`(?: (?:in any way|any way|by any means|by anyone|by anybody|by you|by the team|from anyone|from anybody|from you|from the team|from them|at all|whatsoever|thank you|thanks|please|at the moment|at the minute|at this time(?! of)|at this point|at present|right now|for now|just now))*`;
/** A qualifier after the refusal: then it rules out one way or time, not contact. Uses capture group 1 (an atomic
 * WHOLLY): put it once in a pattern with no capture group of its own. */
const QUALIFIED = String.raw`(?=(${WHOLLY}))\1(?!(?: me)? (?:by|on|via|through|at|in|after|before|during|between|until|till|til|yet|unless|except|if|when|while|from|apart|other than|outside)\b)`;

/** "don't contact me", "please do not get in touch with me", "never call or text me", "...me at all", "... in any way" (all of it). */
const DO_NOT_CONTACT = new RegExp(
  String.raw`\b(?:dont|do not|never|please dont|please do not|pls dont)(?: ever)? (?:contact|get in touch with|call or text|text or call|call or message|message or call|reach out to|try to contact) me(?: at all| in any way| any way| by any means| whatsoever)?\b${QUALIFIED}`,
);

/** "I don't want to be contacted", "I do not want anyone to contact me", "I'd prefer not to be contacted". */
const DO_NOT_WANT = new RegExp(
  String.raw`\b(?:i (?:dont|do not) (?:want|need)|(?:id|i would) (?:prefer|rather) not) (?:to be contacted|be contacted|any contact|contact|anyone to contact me|you to contact me|them to contact me|to be called or texted)\b${QUALIFIED}`,
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

/**
 * The answer opens with a bare refusal, its own sentence or clause ("no. if he sees a missed call he will know",
 * "nobody. not safe", "No contact please, I just wanted the info", "Sorry, no. ..."): read on the words as typed,
 * where the full stop or comma still ends it ("no calls, text after 6" opens with a way, not a bare "no").
 */
const OPENS_WITH_REFUSAL =
  /^(?:(?:sorry|thanks|thank you|ok|okay|um|erm|honestly)\W+)?(?:no|nope|nah|none|nobody|no one|noone|never|no way|no thanks|no thank you|no sorry|sorry no|nah im ok|no im ok|not at all|(?:you|they|the team) (?:cant|cannot|can not)|no contact(?: please)?|please no contact|dont|please dont|do not|please do not|not safe|its not safe|it isnt safe)(?: (?:please|pls|thanks|thank you|sorry))?\s*[.,!;:\-\u2013\u2014]/;

/**
 * They will be the one to make contact: "I'll ring the helpline myself when I can", "I'll reach out when I'm ready",
 * "I'll be the one calling", "best if I'm the one to ring", "I'll find you", "me to you only". A day or time said with
 * it is for their own call ("I shall telephone you myself on Thursday"), not one the team could use.
 */
const THEY_WILL_CONTACT = new RegExp(
  String.raw`\b(?:(?:ill|i will|i ll|i shall|im going to|i am going to|id prefer to|i would prefer to) (?:be the one (?:to |who )?)?(?:ring|call|phone|telephone|contact|get in touch|reach out|reach back out|be in touch|come back|come to you|get back to (?:you|u)|message you|email you|find you|find u|search for you|make the call|make contact|makes contact|sort it)|(?:ill be|i will be|im|i am) the one (?:to |who )?(?:call|calling|calls|ring|ringing|rings|phone|get in touch|gets in touch|make contact|makes contact|making contact|reach out|reaching out)|me to you only|i know where to find you|i know the number)\b`,
);

/**
 * The team told to do nothing, without the word contact: "Safest is you don't", "Leave me be for now", "You won't be
 * able to, sorry", "nothing from your side", "it's a no from me", "no way is safe", "none of them", "zero contact".
 */
const TEAM_TOLD_NOT_TO = new RegExp(
  String.raw`\b(?:(?:safest|best) (?:is|if) (?:that )?you dont|(?:you|the team) (?:wont|cant|cannot) be able to|leave (?:it|me be|me alone)|nothing from your (?:side|end)|best (?:thing you can do )?is nothing|(?:id|i would) rather (?:the team|you) didnt|(?:please )?dont try\b(?! (?:to )?(?:call|ring|phone))|a no from me|say none|no safe (?:time|way)|no way is safe|nothing is safe|nowhere is safe|really nowhere|none of (?:them|the ways|those|these)|cant be any of|zero contact|not possible for you to)\b`,
);

/** A way or a place of contact, as people name them one by one to rule them all out. */
const WAY_OR_PLACE = String.raw`(text|texts|txt|texting|call|calls|calling|phone|phones|mobile|landline|email|emails|letter|letters|post|home|work|person|door|mornings|evenings|weekends|weekdays)`;
/** "no texts", "not by phone", "not at home", "never on my mobile"; "texts no", "calls are out", "email isnt safe". */
const WAY_RULED_OUT = new RegExp(
  String.raw`\b(?:no|not|never|dont)(?: (?:by|on|at|via|in|to))?(?: my| the| a)? ${WAY_OR_PLACE}\b|\b${WAY_OR_PLACE} (?:(?:is|are|definitely) )?(?:no|out|not safe|isnt safe)\b`,
  'g',
);
/** Every way or place ruled out, one by one: three or more ("Texts no, calls no, emails no", "not by phone, not by text, not by email"). */
function everyWayRuledOut(text: string): boolean {
  const ways = new Set<string>();
  for (const m of text.matchAll(WAY_RULED_OUT)) ways.add((m[1] ?? m[2] ?? '').replace(/(?:ing|s)$/, ''));
  return ways.size >= 3;
}

/**
 * Contact itself ruled out, however it is said: a negation, then within a few words being contacted or reached
 * ("nobody should contact me", "no way is safe for me to be contacted right now", "I do not wish to be contacted by
 * anyone", "I am not want contact"), not followed by a way or a time it is limited to ("not at home", "by phone").
 * "not sure", "don't know", "don't mind" are no negation of it ("I don't mind how you contact me"), nor is someone
 * else's ("he won't be contacting me").
 */
const CONTACT_NEGATED = new RegExp(
  String.raw`(?<!\b(?:he|she|they|hes|shes|theyre|it) )\b(?:no|not|dont|do not|never|nobody|no one|noone|cant|cannot|wont|will not|rather not|prefer not|no way)\b(?! (?:sure|know|certain|mind|matter|worry)\b)(?: \w+){0,6}? (?:contact|contacted|contacting|get in touch|be in touch|reach me|be reached)(?: me)?\b${QUALIFIED}`,
);

/**
 * A way or a time left open beside it: "no, just text me", "no. email only", "nope, evenings are best", "you can
 * call after 6", a number or an email address. Then the words are a way to reach them, not a refusal.
 */
const LEAVES_A_WAY = new RegExp(
  [
    // not in a clause that rules it out ("nobody should contact me", "no one call me")
    String.raw`(?<!\b(?:dont|not|never|no|nobody|no one|noone|cant|wont|shouldnt)(?: \w+){0,6} )\b(?:text|txt|call|ring|phone|email|message|whatsapp|contact|reach|try) me\b`,
    String.raw`\b(?:is|are|s|be) (?:fine|ok|okay|best|better|safer|good|alright)\b`,
    // "text only", "email instead"; not a condition on their own call ("only if I message first", "me to you only")
    String.raw`(?<!\bme to you )\bonly\b(?! (?:if|when|after|once) i\b)|\b(?:instead|otherwise)\b`,
    String.raw`\byou (?:can|could|may)(?: always| also| just)? (?:text|txt|call|ring|phone|email|message|whatsapp|contact|reach|use|try|leave|get|write)`,
    String.raw`\bmy (?:number|mobile number|email|email address)\b`,
  ].join('|'),
);

/** A clause that opens with a way, as an instruction ("text first then i'll call back", "no - email, he can't see it"). */
const CLAUSE_OPENS_WITH_A_WAY =
  /(?:^|[.,;:!?\n-]\s*|\b(?:then|but)\s+)(?:text|txt|texts|call|calls|ring|phone|email|emails|message|messages|whatsapp|sms)\b(?!\s*(?:(?:is|are|definitely)\s+)?(?:no|not|out|isnt|arent|isn't|aren't)\b)/;

/** The words as typed with their apostrophes dropped ("don't" -> "dont"), punctuation kept: where clauses end. */
const withoutApostrophes = (typed: string): string => typed.replace(/[\u2018\u2019\u02bc'`]/g, '');

/** Whether anything in the answer leaves a way, a time or an address open (see LEAVES_A_WAY). */
function leavesAWayOpen(words: string, text: string, theyWillContact: boolean): boolean {
  const typed = words.toLowerCase();
  // clauses kept apart ("no, just text me": the "no" does not rule out the texts)
  const clauses = withoutApostrophes(typed).replace(/[.,;:!?\n\u2013\u2014]|\s-\s/g, ' | ').replace(/\s+/g, ' ');
  // a day or time beside their own call is for that call ("I'll ring you on Thursday"), and times ruled out are not
  // left open ("not mornings, not evenings")
  const timeLeftOpen = !theyWillContact && namesATimeOrDay(text.replace(WAY_RULED_OUT, ' '));
  return LEAVES_A_WAY.test(clauses) || CLAUSE_OPENS_WITH_A_WAY.test(typed) || timeLeftOpen || givesAnAddress(words);
}

/**
 * `asked`: 'way' at "How and when can the team safely contact you?"; 'address' at the follow-up asking for a
 * number or email, where an answer opening with "no" says no number (that question's skip), not no contact.
 */
export function refusesContact(words: string, asked: 'way' | 'address' = 'way'): boolean {
  const text = normaliseContactWords(words).trim();
  if (WHOLE_REFUSAL.test(text) || DO_NOT_CONTACT.test(text) || DO_NOT_WANT.test(text) || NOBODY_BY_ANY_WAY.test(text) || NOT_SAFE_TO_CONTACT.test(text)) return true;
  const opensWithRefusal = asked === 'way' && OPENS_WITH_REFUSAL.test(withoutApostrophes(words.trim().toLowerCase()));
  const theyWillContact = THEY_WILL_CONTACT.test(text);
  if (!opensWithRefusal && !theyWillContact && !CONTACT_NEGATED.test(text) && !TEAM_TOLD_NOT_TO.test(text) && !everyWayRuledOut(text)) return false;
  return !leavesAWayOpen(words, text, theyWillContact);
}

/** How sure the reading of contact words is: a refusal, maybe one (then the person is asked), or none. */
export type ContactRefusalReading = 'refuses' | 'check' | 'no';

/** Plain and short: the whole answer is a refusal and nothing else ("no", "nobody", "please don't contact me"). */
const SHORT_ANSWER_WORDS = 6;

/**
 * Words that may rule contact out, left once the ways and places ruled out one by one are taken away ("no calls",
 * "not at home", "don't text" limit a way; a "no", "nobody", "none", "leave it", "I'll ..." left over may not):
 * then the person is asked rather than guessed about.
 */
const MAY_RULE_OUT = new RegExp(
  String.raw`\b(?:no|not|dont|do not|never|nobody|no one|noone|none|nothing|nowt|naebody|naw|nae|zero|dnc|rather not|rather (?:you|u) didnt|prefer not|leave (?:it|me)|cant|cannot|wont|danger|dangerous|unsafe|only i)\b|${THEY_WILL_CONTACT.source}`,
);
const WAY_LIMITED = new RegExp(String.raw`\b(?:no|not|never|dont|do not)(?: (?:by|on|at|via|in|to|before|after|during|between|until|till))?(?: my| the| a| any)? (?:${WAY_OR_PLACE.slice(1, -1)}|voicemails?|ringing|phoning|weekend|morning|evening|night|nights|\d{1,2}(?::\d\d)?\s?(?:am|pm)?)\b`, 'g');

/**
 * The contact words read for the machine: 'refuses' when they plainly rule contact out and say nothing else; 'check'
 * when they may (read as a refusal by the wider readings, or holding words that may rule contact out beyond a way or a
 * time, with no way, time or address left open) - the person is then asked, never guessed about; 'no' otherwise.
 */
export function readContactRefusal(words: string, asked: 'way' | 'address' = 'way'): ContactRefusalReading {
  const text = normaliseContactWords(words).trim();
  const refused = refusesContact(words, asked);
  if (refused && text.split(' ').length <= SHORT_ANSWER_WORDS && !givesAnAddress(words)) return 'refuses';
  if (refused) return 'check';
  const mayRuleOut = MAY_RULE_OUT.test(text.replace(WAY_LIMITED, ' '));
  return mayRuleOut && !leavesAWayOpen(words, text, THEY_WILL_CONTACT.test(text)) ? 'check' : 'no';
}
