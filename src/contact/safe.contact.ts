/**
 * The person's own words for how and when it is safe to contact them ("text only, after 6pm"),
 * read as a rule for messages the bot sends on its own (news of a shared summary): send now, keep
 * for later, or never. Anything not understood keeps the message for later: a message that
 * arrives unexpectedly can give a person away, so only words fully understood allow one now.
 */
import { localTime } from '../services';
import * as words from './en-GB';

/** Minutes after midnight on the local clock; `to` is exclusive and may be 24 * 60. */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface SafeContact {
  /** No words given, or words that say not to contact them. */
  never: boolean;
  /** They named ways of contact, and none of them is a message (calls or email only). */
  notByMessage: boolean;
  /** Times of day they said are safe (any of them); waking hours when no time given; empty: any time. */
  windows: TimeWindow[];
  /** Days they said are safe (0 = Monday); empty: no day given. */
  days: number[];
  /** Words left that are not understood ("when he's at work"). */
  unclear: string[];
}

export type MessageTiming = 'now' | 'later' | 'never';

const DAY = 24 * 60;
/**
 * Waking hours: where their words leave an end open ("after 6pm", "not before 9", or no time at
 * all), a message still never arrives at night. Only "any time" (or a time they name) goes beyond.
 */
const WAKING: TimeWindow = { from: 8 * 60, to: 22 * 60 };

/** Lower case, no apostrophes ("dont"), punctuation as spaces, padded with one space each side (phrases match whole words). */
export function normaliseContactWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'/g, '')
    .replace(/(\d)\s*[.:]\s*(\d\d)/g, '$1:$2')
    .replace(/(\d)\s*[-\u2013\u2014]\s*(\d)/g, '$1 to $2')
    .replace(/[^\p{L}\p{N}:\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Any of the phrases as whole words in normalised words (`normaliseContactWords`). */
export const phraseRx = (list: readonly string[], flags = 'g') =>
  new RegExp(` (?:${[...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?= )`, flags);

const NEVER = phraseRx(words.NEVER, '');
const NOT_OTHER = phraseRx(words.NOT_OTHER_MEANS);
const MESSAGE = phraseRx(words.MESSAGE_MEANS);
const OTHER = phraseRx(words.OTHER_MEANS);
const ANY_TIME = phraseRx(words.ANY_TIME);
const PARTS = phraseRx(Object.keys(words.PARTS_OF_DAY));
const DAYS = phraseRx(Object.keys(words.DAYS));
const FILLER = new Set(words.FILLER);

const CLOCK = String.raw`(\d{1,2})(?::(\d\d))?\s?(am|pm)?|(noon|midday|midnight)`;
const RANGE = new RegExp(` (?:between |from )?(?:${CLOCK}) (?:and|to|till|until) (?:${CLOCK})(?= )`, 'g');
const NOT_BEFORE = new RegExp(` not before (?:${CLOCK})(?= )`, 'g');
const NOT_AFTER = new RegExp(` not after (?:${CLOCK})(?= )`, 'g');
const AFTER = new RegExp(` (?:after|from|past) (?:${CLOCK})(?: onwards)?(?= )`, 'g');
const BEFORE = new RegExp(` (?:before|until|till|up to) (?:${CLOCK})(?= )`, 'g');

/**
 * A clock time as minutes; an hour without am or pm is read as people say it ("after 6" is the
 * evening, "before 10" the morning). Undefined when it is not a time of day.
 */
function clock(hourText: string | undefined, minuteText: string | undefined, half: string | undefined, word: string | undefined): number | undefined {
  if (word) return word === 'midnight' ? DAY : 12 * 60;
  const hour = Number(hourText);
  const minutes = Number(minuteText ?? 0);
  if (!Number.isInteger(hour) || hour > 24 || minutes > 59) return undefined;
  let h = hour;
  if (half === 'pm' && hour < 12) h += 12;
  else if (half === 'am' && hour === 12) h = 0;
  else if (!half && hour >= 1 && hour <= 7) h += 12;
  return Math.min(h * 60 + minutes, DAY);
}

/** Reads the words; `undefined` or blank means they gave none. */
export function readSafeContact(text: string | undefined): SafeContact {
  const none: SafeContact = { never: true, notByMessage: false, windows: [], days: [], unclear: [] };
  if (!text || !text.trim()) return none;
  let rest = normaliseContactWords(text);
  const windows: TimeWindow[] = [];
  const days = new Set<number>();
  let messageMeans = false;
  let otherMeans = false;
  const take = (rx: RegExp, found: (match: RegExpExecArray) => void) => {
    rest = rest.replace(rx, (...args) => {
      found(args as unknown as RegExpExecArray);
      return ' ';
    });
  };
  take(NOT_OTHER, () => undefined);
  if (NEVER.test(rest)) return { ...none, unclear: [] };
  take(RANGE, (m) => {
    const from = clock(m[1], m[2], m[3], m[4]);
    let to = clock(m[5], m[6], m[7], m[8]);
    if (from === undefined || to === undefined) return;
    // "between 10 and 2": the end is in the afternoon.
    if (to <= from && !m[7] && to + 12 * 60 <= DAY) to += 12 * 60;
    windows.push({ from, to });
  });
  const after = (m: RegExpExecArray) => {
    const from = clock(m[1], m[2], m[3], m[4]);
    if (from !== undefined) windows.push({ from, to: from < WAKING.to ? WAKING.to : DAY });
  };
  const before = (m: RegExpExecArray) => {
    const to = clock(m[1], m[2], m[3], m[4]);
    if (to !== undefined) windows.push({ from: to > WAKING.from ? WAKING.from : 0, to });
  };
  // "not after 8pm" is before 8pm: the negated forms first.
  take(NOT_BEFORE, after);
  take(NOT_AFTER, before);
  take(AFTER, after);
  take(BEFORE, before);
  take(PARTS, (m) => {
    const part = words.PARTS_OF_DAY[m[0].trim()];
    if (part) windows.push({ from: part[0], to: part[1] });
  });
  take(DAYS, (m) => {
    for (const d of words.DAYS[m[0].trim()] ?? []) days.add(d);
  });
  let anyTime = false;
  take(ANY_TIME, () => {
    anyTime = true;
  });
  take(MESSAGE, () => {
    messageMeans = true;
  });
  take(OTHER, () => {
    otherMeans = true;
  });
  const unclear = rest.split(' ').filter((w) => w && !FILLER.has(w));
  if (windows.length === 0 && !anyTime) windows.push(WAKING);
  return { never: false, notByMessage: otherMeans && !messageMeans, windows, days: [...days].sort(), unclear };
}

/** The words name a time of day, a day or "any time" ("after 6", "evenings", "weekdays", "whenever"). */
export function namesATimeOrDay(text: string): boolean {
  const normalised = normaliseContactWords(text);
  return [RANGE, NOT_BEFORE, NOT_AFTER, AFTER, BEFORE, PARTS, DAYS, ANY_TIME].some((rx) => {
    rx.lastIndex = 0;
    const found = rx.test(normalised);
    rx.lastIndex = 0;
    return found;
  });
}

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/**
 * When a message the person did not ask for may reach them: now only if their words allow a
 * message at this local time and day; never if they gave no way, or said not to; else later
 * (when they next write to us themselves).
 */
export function messageTiming(contact: SafeContact, now: Date, timeZone: string): MessageTiming {
  if (contact.never) return 'never';
  if (contact.notByMessage || contact.unclear.length > 0) return 'later';
  const local = localTime(now, timeZone);
  if (contact.days.length > 0 && !contact.days.includes(WEEKDAY_INDEX[local.weekday])) return 'later';
  if (contact.windows.length > 0 && !contact.windows.some((w) => local.minutes >= w.from && local.minutes < w.to)) return 'later';
  return 'now';
}
