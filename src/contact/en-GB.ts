/**
 * The words a person uses for how and when they may be contacted (en-GB). Phrases are matched on
 * whole words after normalisation (lower case, plain apostrophes, "dont" for "don't").
 */

/** Any of these anywhere: do not contact them at all. */
export const NEVER = [
  'dont contact', 'do not contact', 'no contact', 'never contact', 'not contact',
  'dont message', 'do not message', 'never message', 'no messages',
  'dont text', 'do not text', 'never text', 'no texts', 'no texting',
  'dont get in touch', 'do not get in touch', 'not safe', 'never safe', 'isnt safe', 'is not safe',
  'ill call', 'i will call', 'ill ring', 'i will ring', 'ill phone', 'i will phone',
  'ill contact', 'i will contact', 'ill get in touch', 'i will get in touch', 'ill be in touch',
  'nobody', 'no one', 'noone', 'none', 'no', 'nope', 'nothing',
];

/** Ways they rule out that are not a message ("text only, no calls"): nothing about messages. */
export const NOT_OTHER_MEANS = [
  'no calls', 'no phone calls', 'no calling', 'dont call', 'do not call', 'never call', 'not call', 'dont ring', 'do not ring',
  'never ring', 'no ringing', 'no voicemail', 'no voicemails', 'dont leave a voicemail', 'do not leave a voicemail',
  'no emails', 'no email', 'dont email', 'do not email', 'no letters', 'dont write', 'do not write',
];

/** Ways of contact that put a message in front of them: a bot message in their chat is one. */
export const MESSAGE_MEANS = ['text', 'texts', 'texting', 'sms', 'message', 'messages', 'messaging', 'chat', 'here', 'this chat', 'online', 'whatsapp'];

/**
 * The chat itself named as the place ("any time, here in this chat", "on here"): in a web chat it
 * reaches them, so no number or email is asked for (address.ts).
 */
export const THIS_CHAT = [
  'this chat', 'the chat', 'in chat', 'on here', 'in here', 'here in', 'here on', 'here is fine', 'here is best', 'here is safest', 'here is safe', 'here is ok', 'here is okay', 'here is good', 'here is better', 'here is the only', 'here only', 'only here', 'just here',
  // a reply asked for here ("reply here, not email", "message me back here"), and the chat named by the site
  'reply here', 'replies here', 'respond here', 'answer here', 'message me here', 'message me back here', 'contact me here', 'reach me here',
  'talk to me here', 'chat to me here', 'reply to me here', 'get back to me here', 'back to me here', 'talking here', 'talk here',
  'here please', 'here pls', 'here thanks',
  'this website', 'your website', 'the website', 'this site', 'your site', 'web chat', 'webchat', 'website chat', 'live chat', 'chat window', 'this window', 'same window', 'this page', 'this conversation',
  'log back in', 'log in again', 'come back on here',
];

/** The whole answer, or its first word, is "here" ("here", "here. after 9pm"; not "here is my ..."). */
export const HERE_FIRST = /^ here (?!(?:is|are|s|its|it is|my|the|whats|what|you go)\b)/;

/** Ways of contact that are not a message in the chat. */
export const OTHER_MEANS = ['call', 'calls', 'calling', 'ring', 'ringing', 'phone call', 'phone calls', 'phone', 'email', 'emails', 'e-mail', 'letter', 'letters', 'post', 'voicemail'];

/** Words that add nothing to how or when ("text is fine", "best by text please"). */
export const FILLER = [
  'safe', 'safest', 'is', 'its', 'it', 'ok', 'okay', 'fine', 'best', 'better', 'please', 'only', 'just', 'on', 'at',
  'in', 'the', 'a', 'an', 'me', 'my', 'to', 'you', 'can', 'could', 'contact', 'contacting', 'by', 'via', 'or', 'and', 'but',
  'way', 'ways', 'prefer', 'preferably', 'ideally', 'good', 'would', 'be', 'with', 'for', 'of', 'time', 'times', 'i',
  'am', 'm', 'is', 'are', 'that', 'this', 'thanks', 'thank', 'ta', 'x', 'also', 'either', 'any', 'day', 'days', 'every',
  'mobile', 'number', 'same', 'use', 'send', 'through', 'from', 'on my', 'is best', 'works', 'work for me', 'then', 'yes',
];

/** "any time", "whenever": no time limit. */
export const ANY_TIME = ['any time', 'anytime', 'whenever', 'all day', 'any day', 'all the time', 'day or night'];

/** Parts of the day, as windows on the local clock (minutes after midnight, end exclusive). */
export const PARTS_OF_DAY: Record<string, [number, number]> = {
  morning: [8 * 60, 12 * 60],
  mornings: [8 * 60, 12 * 60],
  lunchtime: [12 * 60, 14 * 60],
  lunch: [12 * 60, 14 * 60],
  afternoon: [12 * 60, 17 * 60],
  afternoons: [12 * 60, 17 * 60],
  evening: [17 * 60, 21 * 60],
  evenings: [17 * 60, 21 * 60],
  daytime: [9 * 60, 17 * 60],
  'during the day': [9 * 60, 17 * 60],
  'in the day': [9 * 60, 17 * 60],
  'working hours': [9 * 60, 17 * 60],
  'office hours': [9 * 60, 17 * 60],
};

/** Days named, as weekday indexes (0 = Monday). */
export const DAYS: Record<string, number[]> = {
  weekdays: [0, 1, 2, 3, 4],
  weekday: [0, 1, 2, 3, 4],
  'week days': [0, 1, 2, 3, 4],
  'monday to friday': [0, 1, 2, 3, 4],
  'mon to fri': [0, 1, 2, 3, 4],
  'mon fri': [0, 1, 2, 3, 4],
  'not weekends': [0, 1, 2, 3, 4],
  'not at weekends': [0, 1, 2, 3, 4],
  'not on weekends': [0, 1, 2, 3, 4],
  'not at the weekend': [0, 1, 2, 3, 4],
  weekends: [5, 6],
  weekend: [5, 6],
  'the weekend': [5, 6],
  monday: [0], mondays: [0], tuesday: [1], tuesdays: [1], wednesday: [2], wednesdays: [2], thursday: [3], thursdays: [3],
  friday: [4], fridays: [4], saturday: [5], saturdays: [5], sunday: [6], sundays: [6],
};
