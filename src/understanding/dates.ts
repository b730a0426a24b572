/**
 * When it started. Uses @microsoft/recognizers-text-date-time 1.3.2 with the en-GB culture
 * (day-first: 03/04/2026 is 3 April) and fixes its quirks:
 *  - "since the 3rd of April" / "since March" return a past and a future candidate: take the past one;
 *  - "last Tuesday" resolves a week early: use the most recent Tuesday;
 *  - "since last March" / "last summer" pick the year before: use the most recent one that has passed;
 *  - "about" is dropped: hedges are read here and make the date approximate;
 *  - durations ("for about 6 months", "a couple of years") mean "started that long ago";
 *  - unresolved phrases (Easter, "since the autumn", "a fortnight ago", "since the 22nd") are computed here.
 * The reference date is injected; nothing here reads the clock. Never returns a future date.
 */
import { shareRepeatedExtraction } from './recognizer.memo';
import type { Found, SinceBand, StartDate } from '../../dialogs/facts';
import type { CompiledPhrases } from './phrases';
import type { HolidayDay } from './phrases/types';
import { clauseEnd, clauseStart, hedgeAfter, hedgeBefore, insideQuote, insideSingleQuote, originalText, overlaps, sentenceEnd, sentenceStart, type Normalised, type Span } from './normalise';
import { matchesIn } from './matches';
import { parseNumber } from './frequency';

/** The recognizer is slow on long text (3-4 ms per 100 characters of prose, up to 40 ms for dense numbers): it sees at most this much. */
export const MAX_RECOGNIZER_CHARS = 600;
const MAX_SEGMENT_CHARS = 120;
export const DEFAULT_TIME_ZONE = 'Europe/London';

// ---------------------------------------------------------------- calendar arithmetic (day numbers, UTC)

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const toIso = (dn: number) => new Date(dn * DAY_MS).toISOString().slice(0, 10);
const ymd = (dn: number) => {
  const d = new Date(dn * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** 0 = Sunday ... 6 = Saturday. */
const weekday = (dn: number) => (((dn + 4) % 7) + 7) % 7;

function addMonths(dn: number, months: number): number {
  const { y, m, d } = ymd(dn);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function subtractDuration(today: number, amount: number, unit: string): number | undefined {
  if (!(amount > 0) || !Number.isFinite(amount)) return undefined;
  switch (unit) {
    case 'Y':
      return addMonths(today, -Math.round(amount * 12));
    case 'M':
      return Number.isInteger(amount) ? addMonths(today, -amount) : today - Math.round(amount * 30.4);
    case 'W':
      return today - Math.round(amount * 7);
    case 'D':
      return today - Math.round(amount);
    default:
      return undefined;
  }
}

/** The day of `month` that is the `nth` `weekday` (0 = Sunday; nth -1 = the last). */
function nthWeekday(y: number, month: number, wd: number, nth: number): number {
  if (nth < 0) {
    const last = dayNumber(y, month, daysInMonth(y, month));
    return last - ((weekday(last) - wd + 7) % 7) + 7 * (nth + 1);
  }
  const first = dayNumber(y, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1);
}

/** A holiday's day in year `y`; with several days a year (half term), the latest not after `notAfter`. */
function latestHolidayDay(
  h: { month?: number; day?: number; easterOffset?: number; days?: readonly HolidayDay[] },
  y: number,
  notAfter: number | undefined,
): number | undefined {
  if (h.easterOffset !== undefined) return easterSunday(y) + h.easterOffset;
  if (h.days) {
    const all = h.days
      .filter((d) => d.year === undefined || d.year === y)
      .map((d) => (d.weekday !== undefined ? nthWeekday(y, d.month, d.weekday, d.nth ?? 1) : dayNumber(y, d.month, d.day ?? 1)) + (d.offset ?? 0));
    const past = notAfter === undefined ? all : all.filter((dn) => dn <= notAfter);
    return past.length > 0 ? Math.max(...past) : undefined;
  }
  return h.month !== undefined && h.day !== undefined ? dayNumber(y, h.month, h.day) : undefined;
}

/** Anonymous Gregorian algorithm. */
function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

export function bandFor(dn: number, today: number): SinceBand {
  const days = today - dn;
  if (days <= 7) return 'thisWeek';
  if (days <= 31) return 'thisMonth';
  if (dn >= addMonths(today, -12)) return 'fewMonths';
  return 'overYear';
}

// ---------------------------------------------------------------- reference date in the helpline's time zone

interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * The last answer: formatting costs ~0.1 ms (formatToParts), every message asks, and turns that
 * arrive within the same second (to the second is all the wall clock has) in the same zone share it.
 */
let lastWall: { timeZone: string; second: number; wall: Wall } | undefined;

function wallClock(now: Date, timeZone: string): Wall {
  const second = Math.floor(now.getTime() / 1000);
  if (lastWall && lastWall.second === second && lastWall.timeZone === timeZone) return { ...lastWall.wall };
  const wall = formatWallClock(now, timeZone);
  lastWall = { timeZone, second, wall: { ...wall } };
  return wall;
}

function formatWallClock(now: Date, timeZone: string): Wall {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(now)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year ?? 1970, m: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, mi: parts.minute ?? 0, s: parts.second ?? 0 };
}

function wall(now: Date, timeZone: string | undefined): Wall {
  try {
    return wallClock(now, timeZone ?? DEFAULT_TIME_ZONE);
  } catch {
    return wallClock(now, 'UTC');
  }
}

// ---------------------------------------------------------------- the recognizer (loaded lazily, once)

type RecognizerModule = typeof import('@microsoft/recognizers-text-date-time');
interface ModelResult {
  text: string;
  start: number;
  end: number;
  typeName: string;
  resolution: { values?: ResolutionValue[] } | null;
}
interface ResolutionValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}
interface DateTimeModel {
  parse(query: string, referenceDate?: Date): ModelResult[];
}

const models = new Map<string, DateTimeModel | null>();

/** Load the recognizer and build the model for a culture (about 300 ms the first time). */
export function getDateModel(culture: string): DateTimeModel | undefined {
  const cached = models.get(culture);
  if (cached !== undefined) return cached ?? undefined;
  try {
    // required lazily so importing this module stays cheap until dates are needed
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const R = require('@microsoft/recognizers-text-date-time') as RecognizerModule;
    // Its copies of the same extractors share one answer per parse (about 10x less work: recognizer.memo.ts).
    const model = shareRepeatedExtraction(R, new R.DateTimeRecognizer(culture).getDateTimeModel(culture, true) as unknown as DateTimeModel);
    models.set(culture, model);
    return model;
  } catch {
    models.set(culture, null);
    return undefined;
  }
}

/** Words either side of a date cue that the recognizer sees ("since the 3rd of April 2026"). */
const WINDOW_WORDS = 6;

/**
 * The parts of the message the recognizer reads: windows of a few words around date cues,
 * within one sentence, merged; at most MAX_RECOGNIZER_CHARS in all. Its cost grows with the
 * length of the text (about 3 ms per 100 characters), so this keeps warm calls cheap.
 */
/** A range that starts and ends at the same moment with a length: "(2026-11-30T12:00:00,2026-11-30T12:00:00,P1M)". */
const DEGENERATE_RANGE = /^\(([^,]+),\1,P/;

function segments(n: Normalised, c: CompiledPhrases): Span[] {
  const out: Span[] = [];
  const text = n.text;
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n/g)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  let budget = MAX_RECOGNIZER_CHARS;
  let sentenceStart = 0;
  for (const sentenceEnd of ends) {
    const s0 = sentenceStart;
    sentenceStart = sentenceEnd;
    const sentence = text.slice(s0, sentenceEnd);
    if (!sentence.trim()) continue;
    const words = [...sentence.matchAll(/\S+/g)].map((w) => ({ start: s0 + w.index, end: s0 + w.index + w[0].length }));
    const windows: Span[] = [];
    c.dates.cueAll.lastIndex = 0;
    for (const m of sentence.matchAll(c.dates.cueAll)) {
      const cueStart = s0 + m.index;
      const cueEnd = cueStart + Math.max(1, m[0].length);
      let first = words.findIndex((w) => w.end > cueStart);
      let last = words.findIndex((w) => w.end >= cueEnd);
      if (first < 0) first = words.length - 1;
      if (last < 0) last = words.length - 1;
      const from = words[Math.max(0, first - WINDOW_WORDS)];
      const to = words[Math.min(words.length - 1, last + WINDOW_WORDS)];
      if (!from || !to) continue;
      const prev = windows[windows.length - 1];
      if (prev && from.start <= prev.end + 1) prev.end = Math.max(prev.end, to.end);
      else windows.push({ start: from.start, end: to.end });
    }
    for (const w of windows) {
      let from = w.start;
      while (from < w.end && budget > 0) {
        let to = Math.min(w.end, from + MAX_SEGMENT_CHARS, from + budget);
        if (to < w.end) {
          const space = text.lastIndexOf(' ', to);
          if (space > from + 20) to = space;
        }
        out.push({ start: from, end: to });
        budget -= to - from;
        from = to;
      }
    }
    if (budget <= 0) break;
  }
  return out;
}

/** Whether the recognizer would be called for this message (it has a date cue within a sentence). */
export function needsRecognizer(n: Normalised, c: CompiledPhrases): boolean {
  return n.text.trim() !== '' && segments(n, c).length > 0;
}

// ---------------------------------------------------------------- candidates

interface Candidate extends Span {
  dn: number;
  approximate: boolean;
  /** "for about 6 months", "two years now": how long, read as "started that long ago". */
  duration?: boolean;
  /** 2: introduced by "since", "started", "ago"...; 1: a date mentioned in passing. */
  score: number;
  /** Computed here. `override`: wins over an overlapping recognizer result (else the recognizer wins). */
  custom?: 'override' | 'fallback';
  /** Said only in years: a bare year ("since 2019", "last year") or years of them ("for years", "two years ago"). */
  inYears?: true;
  /** A holiday planned for ("coming for Christmas"): it overrules the recognizer's reading, then is dropped, never the start. */
  planned?: true;
}

/** A time word followed by a thing named for it ("the Christmas rota", "after the Sunday service"): the thing, not a date. */
function namedForTime(c: CompiledPhrases, said: string, after: string): boolean {
  return c.dates.thingsNamedForTimes.some((t) => t.after.test(after) && (t.said === undefined || t.said.test(said)));
}

/** A span said only in years (`Candidate.inYears`), unless the years are said of it ("it's been going on 3 years"). */
function saidInYears(ctx: Ctx, span: Span, wholeYear: boolean): boolean {
  const { n, c } = ctx;
  if (!wholeYear && !c.dates.inYears.test(n.text.slice(span.start, span.end))) return false;
  return !c.dates.yearsOfIt.test(n.text.slice(clauseStart(n, span.start), span.start));
}

/** Words between "N years ago" and the month it makes exact: ", the September", " in the March", ", that October". */
const MONTH_OF_THAT_YEAR_BETWEEN = /^,? (?:the|in the|in|that|around the)? ?$/;

/**
 * "about 3 years ago, the September I think": a month said straight after how long ago is that month in that year, not
 * the last one.
 */
function monthOfThatYear(ctx: Ctx, candidates: Candidate[]): void {
  const { n, c } = ctx;
  for (const cand of candidates) {
    const month = c.phrases.dates.months.indexOf(n.text.slice(cand.start, cand.end).replace(/^the /, '')) + 1;
    if (month === 0) continue;
    const ago = candidates.find((o) => o.inYears && o.end <= cand.start && MONTH_OF_THAT_YEAR_BETWEEN.test(n.text.slice(o.end, cand.start)));
    if (!ago) continue;
    cand.dn = Math.min(dayNumber(ymd(ago.dn).y, month, 1), ctx.today);
    cand.approximate = true;
  }
}

/**
 * "It started the summer I left home, 2019": a season, then the year it was said at the end of its sentence after a comma,
 * is that year's season (blind batch 198; not a year said of something else: "in the summer, we split in 2019 and...").
 */
function seasonOfYearAfter(ctx: Ctx, candidates: Candidate[]): void {
  const { n, c } = ctx;
  for (const cand of candidates) {
    const season = n.text.slice(cand.start, cand.end).replace(/^the /, '');
    if (!(season in c.phrases.dates.seasons)) continue;
    const end = sentenceEnd(n.text, cand.end);
    const year = candidates.find(
      (o) =>
        o.start > cand.end &&
        o.end <= end &&
        /^\d{4}$/.test(n.text.slice(o.start, o.end)) &&
        SEASON_YEAR_BETWEEN.test(n.text.slice(cand.end, o.start)) &&
        /^\s*(?:[.!?]|$)/.test(n.text.slice(o.end, end + 1)),
    );
    const dn = year ? seasonStart(ctx, season, ymd(year.dn).y) : undefined;
    if (dn === undefined || dn > ctx.today) continue;
    cand.dn = dn;
    cand.approximate = true;
  }
}

/** Between a season and the year said after it: a few words of its event, then one comma ("the summer| I left home, |2019"). */
const SEASON_YEAR_BETWEEN = /^[^,;:()!?.]{0,40},\s*$/;

/**
 * The better start of two: the higher score; on a tie, a date said by its month, day or event, then one said
 * only in years, then today's, and among those the earlier. How long people have known each other, lived or
 * worked somewhere, been together or apart is told in years ("we are not together since 2024", "my fella, 6
 * years now", "at odds for years but since the hearing on 11th March last year"); when it started is told by a
 * month, a day or an event; and today is the latest thing that happened ("about an hour ago he texted"), not
 * the start. Over the 4,200 blind stories of batches 1-84 this read 26 start dates more and 1 fewer ("been like it
 * since we divorced 2 years ago" now gives way to an incident "last month"); between two dates said finely the
 * earlier was right 137 times against 37, so that order stays.
 */
function betterStart(a: Candidate, b: Candidate, today: number): boolean {
  if (a.score !== b.score) return a.score > b.score;
  // (a vague span, "for years", "for months", is no more exact than a date said in years: "for years, probably since 2019")
  const rank = (x: Candidate) => (x.dn === today ? 2 : x.inYears || (x.custom === 'fallback' && x.duration === true) ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) < rank(b);
  return a.dn < b.dn;
}

type Granularity = 'day' | 'coarse';

function granularityOf(timex: string): Granularity {
  if (/^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(timex)) return 'day';
  if (/^XXXX-WXX-\d/.test(timex)) return 'day';
  const range = /^\(.*,P\d+(?:\.\d+)?([DWMY])\)$/.exec(timex);
  if (range) return range[1] === 'D' || range[1] === 'W' ? 'day' : 'coarse';
  return 'coarse';
}

function parseIsoDay(s: string | undefined): number | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayNumber(y, mo, d);
}

interface Ctx {
  n: Normalised;
  c: CompiledPhrases;
  today: number;
  todayYmd: { y: number; m: number; d: number };
  /** Every date found, so "since then" is given to the last one before it. */
  candidates?: readonly (Span & { duration?: boolean })[];
}

function seasonStart(ctx: Ctx, season: string, year: number): number | undefined {
  const month = ctx.c.phrases.dates.seasons[season];
  return month === undefined ? undefined : dayNumber(year, month, 1);
}

/** The most recent season that has started (we may be in it): "since the summer". */
function seasonStarted(ctx: Ctx, season: string): number | undefined {
  for (let y = ctx.todayYmd.y; y >= ctx.todayYmd.y - 1; y--) {
    const s = seasonStart(ctx, season, y);
    if (s !== undefined && s <= ctx.today) return s;
  }
  return undefined;
}

/** The most recent season that has ended: "last summer" in November is this year's summer. */
function seasonCompleted(ctx: Ctx, season: string): number | undefined {
  for (let y = ctx.todayYmd.y; y >= ctx.todayYmd.y - 2; y--) {
    const s = seasonStart(ctx, season, y);
    if (s !== undefined && addMonths(s, 3) <= ctx.today) return s;
  }
  return undefined;
}

/** Resolve one recognizer result into a start day, applying the quirk fixes. */
function resolveResult(ctx: Ctx, r: ModelResult, span: Span): { dn: number; granularity: Granularity; extraApprox?: boolean } | undefined {
  const { c, today, todayYmd } = ctx;
  const type = r.typeName.replace(/^datetimeV2\./, '');
  if (type === 'set' || type === 'time' || type === 'timerange') return undefined;
  const phrase = ctx.n.text.slice(span.start, span.end);
  const values = r.resolution?.values ?? [];
  const timex = values[0]?.timex ?? '';
  if (/_REF$/.test(timex)) return undefined; // "now", "recently"
  if (c.dates.bareDay.test(phrase)) return undefined;

  // quirk: "last Tuesday" resolves a week early -> the most recent Tuesday before today
  const lw = c.dates.lastWeekday.exec(phrase);
  if (lw) {
    const w = c.phrases.dates.weekdays.indexOf(lw[1] as string);
    const back = (weekday(today) - w + 7) % 7 || 7;
    return { dn: today - back, granularity: 'day' };
  }
  // quirk: "(since) last March" picks the year before -> the most recent March that has passed
  const lm = c.dates.lastMonth.exec(phrase);
  if (lm && !/\d/.test(phrase)) {
    const month = c.phrases.dates.months.indexOf(lm[1] as string) + 1;
    const y = month < todayYmd.m ? todayYmd.y : todayYmd.y - 1;
    return { dn: dayNumber(y, month, 1), granularity: 'coarse' };
  }
  // quirk: "last summer" -> the most recent summer that has ended
  const ls = c.dates.lastSeason.exec(phrase);
  if (ls) {
    const dn = seasonCompleted(ctx, ls[1] as string);
    return dn === undefined ? undefined : { dn, granularity: 'coarse' };
  }
  // seasons are not resolved by the recognizer ("since the autumn", "summer 2024")
  const season = /^(?:(\d{4}|XXXX)-)?(SP|SU|FA|WI)$/.exec(timex);
  if (season) {
    const name = c.phrases.dates.seasonCodes[season[2] as string] as string;
    const explicitYear = /\b\d{4}\b/.test(phrase) && season[1] && season[1] !== 'XXXX' ? Number(season[1]) : undefined;
    // "the summer of last year", "summer last year": the season of the year before this one
    const lastYear = explicitYear === undefined && c.dates.seasonOfLastYear.test(ctx.n.text.slice(span.start, span.end + 20));
    let dn =
      explicitYear !== undefined ? seasonStart(ctx, name, explicitYear) : lastYear ? seasonStart(ctx, name, todayYmd.y - 1) : seasonStarted(ctx, name);
    if (dn !== undefined && dn > today && explicitYear !== undefined && season[2] === 'WI') dn = seasonStart(ctx, name, explicitYear - 1);
    // "late summer" is its last month, "mid summer" its middle one (never after today)
    const lead = ctx.n.text.slice(Math.max(0, span.start - 16), span.start) + phrase.replace(/\w+$/, '');
    const part = c.dates.seasonParts.find((sp) => sp.re.test(lead))?.months ?? 0;
    if (dn !== undefined && part > 0 && addMonths(dn, part) <= today) dn = addMonths(dn, part);
    return dn === undefined ? undefined : { dn, granularity: 'coarse' };
  }
  // durations: "for about 6 months", "a couple of years" -> that long ago
  if (type === 'duration') {
    const d = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(timex);
    if (!d) return undefined;
    let dn = subtractDuration(today, Number(d[1]), d[2] as string);
    if (dn === undefined) return undefined;
    const more = values[0]?.Mod === 'more';
    if (more) dn -= 1; // "more than a year" is older than a year
    return { dn, granularity: d[2] === 'D' || d[2] === 'W' ? 'day' : 'coarse', extraApprox: more };
  }

  // quirk: "the start of 2025", "early 2025", "mid-2024" resolve to this month -> that part of that year
  const partOfYear = c.dates.partOfYear.re.exec(phrase);
  if (partOfYear) {
    const said = partOfYear[2] as string;
    const y = /^\d+$/.test(said) ? Number(said) : said.startsWith('last') ? todayYmd.y - 1 : todayYmd.y;
    const month = c.dates.partOfYear.months[partOfYear[1] as string] ?? 1;
    const dn = dayNumber(y, month, 1);
    return dn > today ? undefined : { dn, granularity: 'coarse' };
  }
  // everything else: take the latest candidate that is not in the future
  const days: number[] = [];
  let before = false;
  for (const v of values) {
    const mod = v.Mod ?? '';
    before = before || /before|until/.test(mod);
    const dn = parseIsoDay(/before|until/.test(mod) ? (v.end ?? v.value) : (v.start ?? v.value ?? v.end));
    if (dn !== undefined) days.push(dn);
  }
  if (days.length === 0) return undefined;
  const isWeekdayName = /^XXXX-WXX-\d$/.test(timex);
  const past = days.filter((dn) => (isWeekdayName ? dn < today : dn <= today));
  let dn: number | undefined;
  if (past.length > 0) dn = Math.max(...past);
  else if (isWeekdayName) dn = Math.min(...days) - 7;
  else if (timex.startsWith('XXXX')) {
    // a year-less date only offered in the future: the same day a year earlier
    const { y, m, d } = ymd(Math.min(...days));
    dn = dayNumber(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
  }
  if (dn === undefined || dn > today) return undefined;
  // "three months ago" resolves to a day, but nobody means the exact day
  const coarseAgo = c.dates.coarseAgo.test(phrase);
  return { dn, granularity: coarseAgo ? 'coarse' : granularityOf(timex), extraApprox: before };
}

/** A meeting dates the start only this recently (and only when nothing else dates it). */
const RECENT_MEETING_DAYS = 31;

/**
 * "we split on 14 June ... It all started right after the split": an event said with its date, then named
 * again (by its own word or one of its family: split, broke up, separated) as what it started after.
 */
function namedAgainLater(ctx: Ctx, cand: Candidate): boolean {
  const { n, c } = ctx;
  const before = n.text.slice(Math.max(sentenceStart(n.text, cand.start), cand.start - 60), cand.start);
  for (const m of matchesIn(n.text.slice(cand.end), c.dates.eventReference)) {
    const event = m.groups?.event ?? m.groups?.event2 ?? m.groups?.event3 ?? m.groups?.event4 ?? m.groups?.event5 ?? '';
    const family = c.dates.eventFamilies.find((f) => f.words.has(event));
    if (family ? family.re.test(before) : new RegExp(`\\b${event}\\b`).test(before)) return true;
  }
  return false;
}

/**
 * "I moved in in January and it started a couple of months after": a duration said with "after" or "later"
 * counts on from the last date before it; with no date before it, it dates nothing.
 */
function countOnFromTheDateBefore(ctx: Ctx, candidates: Candidate[]): void {
  const { n, c, today } = ctx;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const cand = candidates[i] as Candidate;
    const afterBefore = c.dates.context.durationAfterEventBefore.test(n.text.slice(Math.max(0, cand.start - 40), cand.start));
    if (!cand.duration || !(c.dates.context.durationAfterEvent.test(n.text.slice(cand.end)) || afterBefore)) continue;
    const before = candidates.filter((o) => !o.duration && o.end <= cand.start).sort((a, b) => b.end - a.end)[0];
    if (!before) {
      candidates.splice(i, 1);
      continue;
    }
    candidates[i] = { ...cand, dn: before.dn + (today - cand.dn), approximate: true, duration: false };
  }
}

/**
 * How strongly a date reads as the start (undefined: not the start). An ending of theirs just before it ("Me and
 * Dean broke up in August and he won't let it go", "until we let her go in July, kept phoning") reads at least like
 * something they did, unless it was calm after it or began again later.
 */
function contextScore(ctx: Ctx, cand: Candidate, asReplaced = false): number | undefined {
  const score = scoreInContext(ctx, cand, asReplaced);
  const { n, c } = ctx;
  const before = n.text.slice(sentenceStart(n.text, cand.start), cand.start);
  const endedAgo = /\bago$/.test(n.text.slice(cand.start, cand.end)) && c.dates.context.endedAgo.test(before);
  // something the two of them did before it began, with a later date said as when it began, is background: "we swapped pics
  // back in october. now hes saying he'll send them ... this started thurs" (blind batch 198)
  if (!cand.duration && score !== undefined && score > 1 && c.dates.context.sharedLife.test(before) && laterBeginning(ctx, cand)) return 1;
  if (cand.duration || !(c.dates.context.endedThen.test(before) || endedAgo)) return score;
  // a later date said as when it began is the start, the ending background: "I split with my ex in May. Then in
  // November it all kicked off."
  if (laterBeginning(ctx, cand)) return Math.min(score ?? 1, 1);
  // "...since my husband and me moved out from her house. ... We moved out 6 weeks before.": the ending said before as what it
  // came after, with no date there, dated here
  if (endingNamedBeforeAsStart(ctx, cand)) return Math.max(score ?? 0, 2);
  const after = n.text.slice(cand.end);
  if (c.dates.context.calmAfterEnding.test(after)) return score;
  // an ending that closes its sentence ("We broke up in August.") is the start only when nothing dated comes before it
  // and the story goes on after it ("ah moved oot in october. saturday he booted..."): not background after what they
  // did ("she rang my mum on tuesday. we separated at easter.") or all there is ("...and we broke up in March"); said
  // as what it came after, it always is ("kept coming round after we let her go in July")
  const ownSentence = /^\s*(?:[.!?]|$)/.test(after) && !c.dates.context.cameAfterEnding.test(before);
  if (ownSentence && (!/[a-z]/.test(after) || (ctx.candidates ?? []).some((o) => !o.duration && o.end <= cand.start))) return score;
  return Math.max(score ?? 0, 1);
}

/**
 * Whether the ending just before the date (in its sentence) was said in an earlier sentence, undated, as what it came after
 * ("since my husband and me moved out ... We moved out 6 weeks before"): by its word or one of its family (`eventFamilies`).
 */
function endingNamedBeforeAsStart(ctx: Ctx, cand: Candidate): boolean {
  const { n, c } = ctx;
  const from = sentenceStart(n.text, cand.start);
  const family = c.dates.eventFamilies.find((f) => f.re.test(n.text.slice(from, cand.start)));
  if (!family) return false;
  for (const m of matchesIn(n.text.slice(0, from), c.dates.context.endingNamedAsStart)) {
    const stop = sentenceEnd(n.text, m.index + m[0].length);
    if (family.re.test(m[0]) && !(ctx.candidates ?? []).some((o) => o.start >= m.index && o.start < stop)) return true;
  }
  return false;
}

/** Whether a later date, in a sentence of its own, is said as when it began ("Then in November it all kicked off"). */
function laterBeginning(ctx: Ctx, cand: Candidate): boolean {
  const { n, c } = ctx;
  const ownEnd = sentenceEnd(n.text, cand.end);
  return (ctx.candidates ?? []).some(
    (o) => !o.duration && o.start > ownEnd && c.dates.context.itBegan.test(n.text.slice(sentenceStart(n.text, o.start), sentenceEnd(n.text, o.end))),
  );
}

/** A date read where nothing but work said as a place ("turned up at my work on Tuesday") ranks below every other. */
const WORK_PLACE_SCORE = 0.25;

/** Whether the words speak of their shared life ("we worked together", "since we met"): 'place' when only work as a place does. */
function sharedLifeWords(c: Ctx['c'], text: string): 'yes' | 'place' | 'no' {
  if (!c.dates.nonIncident.test(text)) return 'no';
  return c.dates.nonIncident.test(text.replace(c.dates.context.workPlace, (m) => ' '.repeat(m.length))) ? 'yes' : 'place';
}

/** How far before a clause a hedge aside is looked for (", as far as I can remember, " and room to spare). */
const HEDGE_ASIDE_CHARS = 48;

/** Where the clause holding `pos` starts, reaching back over a hedge aside ("This began, I believe, at Easter"). */
function clauseStartPastHedge(ctx: Ctx, pos: number): number {
  const { n, c } = ctx;
  const cs = clauseStart(n, pos);
  // the aside is a few words: only the text just before the clause is read
  const from = Math.max(0, cs - HEDGE_ASIDE_CHARS);
  const aside = c.dates.context.hedgeAside.exec(n.text.slice(from, cs));
  return aside ? clauseStart(n, from + aside.index) : cs;
}


/** The first time, said with its date: above any start said otherwise (2). */
const FIRST_TIME_SCORE = 3;
/** The date the contact turned nasty: above a start said otherwise (2, "she started messaging me in August"), below the first time. */
const TURNED_SCORE = 2.5;
/** A date taken back ("I was going to say September but..."): the start only when nothing else is said. */
const RETRACTED_SCORE = 0.1;
/** A first contact said as finding them ("found me on Facebook in May"): above a date in passing, below a start said as such. */
const FOUND_THEM_SCORE = 1.5;
/** How far after "started the day after" a date in its sentence is read as that day said again. */
const SOON_RESTATED_CHARS = 40;
/** How far back a date said instead ("...but really it started before, when...") looks for the one it takes back. */
const CORRECTION_CHARS = 140;

/**
 * The date `cand` says instead of an earlier one, which it takes the place of (and the earlier one's role: the start, or
 * a break-up told as background): a rough date made exact straight after it ("when the children finish school for summer,
 * 22 July", "since freshers, the week of 14th september"), or a date taken back and said again ("we split last year, no
 * it was January 2024", "I was going to say since September but really it started before, when ... on Good Friday").
 */
function replacedBy(ctx: Ctx, cand: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  const { n, c } = ctx;
  const before = candidates.filter((o) => o !== cand && !o.duration && o.end <= cand.start && cand.start - o.end <= CORRECTION_CHARS);
  const prev = before.reduce<Candidate | undefined>((last, o) => (!last || o.end > last.end ? o : last), undefined);
  if (!prev) return undefined;
  if (restates(n, prev, cand, c) || correctedBy(ctx, prev, cand)) return prev;
  return c.dates.context.correctionBefore.test(n.text.slice(prev.end, cand.start)) ? prev : undefined;
}

/** "in june no sorry july": only a correction word between `first` and the date said instead of it (`then`). */
function correctedBy(ctx: Ctx, first: Span, then: Span): boolean {
  return then.start >= first.end && ctx.c.dates.context.correctedBetween.test(ctx.n.text.slice(first.end, then.start));
}

/** Whether a later date is said straight after `cand` to correct it ("in june no sorry july"): `cand` is taken back. */
function correctedByNext(ctx: Ctx, cand: Candidate): boolean {
  return (ctx.candidates ?? []).some((o) => o !== cand && !o.duration && correctedBy(ctx, cand, o));
}

/** "...and it's been like this from the start" after a duration, in its sentence: how long married or together is how long it has gone on. */
function wholeTimeAfter(n: Normalised, c: CompiledPhrases, end: number): boolean {
  return c.dates.context.wholeTimeAfter.test(n.text.slice(end, sentenceEnd(n.text, end)));
}

/** How far after a weekday a date in its sentence that falls on it is read as that day said again. */
const WEEKDAY_DATED_CHARS = 80;

/**
 * "Started the Monday I went back after maternity leave, 7th September": a weekday told by what happened on it, then a date
 * in its sentence that falls on that weekday - the date says which one (blind batch 206; not "last Monday", read from today).
 */
function weekdayDatedAfter(n: Normalised, rough: Candidate, exact: Candidate, c: CompiledPhrases): boolean {
  if (exact.duration || exact.approximate || exact.start < rough.end || exact.start - rough.end > WEEKDAY_DATED_CHARS) return false;
  const said = /^(?:on |that |the |on the )*([a-z]+?)s?$/.exec(n.text.slice(rough.start, rough.end))?.[1] ?? '';
  const wd = c.phrases.dates.weekdays.indexOf(said);
  // (a calendar date, with its day's number: not "this morning", "last week")
  const exactText = n.text.slice(exact.start, exact.end);
  const dated = /\d/.test(exactText) || c.phrases.dates.months.some((m) => exactText.includes(m));
  return wd >= 0 && dated && weekday(exact.dn) === wd && !/[.!?]/.test(n.text.slice(rough.end, exact.start));
}

/** Days a season's reading runs on from its first day, for a month said of it (`restates`). */
const SEASON_DAYS = 92;

/**
 * "for summer, 22 July": a rough date, then an exact one after only a comma, a dash or a bracket; or a season, then one of its
 * months ("in the summer, august i think": blind batch 198).
 */
function restates(n: Normalised, rough: Candidate, exact: Candidate, c?: CompiledPhrases): boolean {
  if (c && weekdayDatedAfter(n, rough, exact, c)) return true;
  // (a hedge may open the bracket: "in week 3 (around the 12th Oct)", blind batch 212)
  if (!rough.approximate || exact.duration || !/^\s*[,(\u2013\u2014-]\s*(?:(?:around|about|roughly|approximately|approx\.?|circa|maybe|probably|i think)\s+)?$/.test(n.text.slice(rough.end, exact.start))) return false;
  if (!exact.approximate) return true;
  if (!c) return false;
  const words = (x: Candidate) => n.text.slice(x.start, x.end).replace(/^the /, '');
  return words(rough) in c.phrases.dates.seasons && c.phrases.dates.months.includes(words(exact)) && exact.dn >= rough.dn && exact.dn < rough.dn + SEASON_DAYS;
}

function scoreInContext(ctx: Ctx, cand: Candidate, asReplaced = false): number | undefined {
  const { n, c } = ctx;
  const {
    ownLifeSubject, durationSentence, durationNow, durationAlone, sharedLife, began, startedWhen, sinceEventDate, met, briefMeeting, stoppedThen,
    split, splitSentence, startedThenDate, durationLead, durationLeadAfter, durationToCome, durationPause, fineUntil, spanEnd, theyBeganAfter, afterYears, talked, relationshipState,
    turnedAfter, afterEventBefore, theyGoOnAfter, beganSoonAfter, foundThemBefore,
  } = c.dates.context;
  const cs = clauseStartPastHedge(ctx, cand.start);
  const prefix = n.text.slice(Math.max(0, cs - 1), cand.start);
  const phrase = n.text.slice(cand.start, cand.end);
  const local = prefix + phrase;
  const near = n.text.slice(Math.max(0, cand.start - 40), cand.start);
  if (fineUntil.test(near)) return 2;
  // a date taken back and the one said instead: "I was going to say since September but really it started before, when I
  // moved out on Good Friday", "the end of September - no, it was the 1st of October"
  // (the one said instead takes the taken-back one's place: `replacedBy`, read with `asReplaced`)
  const { firstTime, retractedBefore, retractedAfter, notThisDateBefore } = c.dates.context;
  const lead = n.text.slice(sentenceStart(n.text, cand.start), cand.start);
  if (!asReplaced && (retractedBefore.test(lead) || retractedAfter.test(n.text.slice(cand.end, cand.end + 80)) || correctedByNext(ctx, cand) || notThisDateBefore.test(n.text.slice(Math.max(0, cand.start - 24), cand.start)))) {
    return RETRACTED_SCORE;
  }
  // "the very first one came on Thursday 19th February": the first time, said with its date, is the start
  if (firstTime.test(lead)) return FIRST_TIME_SCORE;
  // "its been going on since year 9 tbh which was like 2 years ago": a start said by a time of their life, dated just after it
  if (c.dates.context.beganSinceWhichWas.test(lead)) return TURNED_SCORE;
  // "he hasn't called since Friday": when it stopped (not "he hasn't been round since june but the letters still come")
  // (the "since" may be the date's own first word: "I haven't seen the van since the summer")
  const sinceInside = /^since\b/.test(phrase) ? 'since' : '';
  if (c.dates.context.notSince.test(near + sinceInside) && !c.dates.context.goesOnAfter.test(n.text.slice(cand.end, sentenceEnd(n.text, cand.end)))) return undefined;
  if (cand.duration && (durationToCome.test(phrase) || durationPause.test(near))) return undefined;
  // "No exes in the picture for years", "I've not slept properly for weeks": how long something has not been is not how
  // long this has gone on (not "he hasn't stopped for months": `negatedDuration`)
  if (cand.duration && c.dates.context.negatedDuration.test(prefix)) return undefined;
  // "over the past year it's escalated": the span it got worse in, not how long it has gone on (a point it got worse
  // from can be when it started for the writer: "since we moved in together last january its got worse")
  const spanWords = n.text.slice(Math.max(0, cand.start - 12), cand.end);
  if (c.dates.context.recentSpan.test(spanWords) && c.dates.context.escalatedAfter.test(n.text.slice(cand.end))) return undefined;
  if (spanEnd.test(near) || afterYears.test(near + phrase)) return undefined;
  // "...hes been a nightmare since. ... got worse since i got a new fella in august": when it got worse, weaker than a
  // start said as such (and the start when there is none)
  if (c.dates.context.worseSinceBefore.test(prefix)) return 1;
  // "when I said I only wanted friendship, around the middle of September, she turned nasty": the wanted contact turned then
  if (turnedAfter.test(n.text.slice(cand.end, sentenceEnd(n.text, cand.end)))) return TURNED_SCORE;
  // "I met him 2 years ago and since then he texts me": "then" is the last date before it
  const then = c.dates.sinceThen.exec(n.text.slice(cand.end));
  const thenEnd = then ? cand.end + then.index + then[0].length : -1;
  // (not a stop: "I got an order in September and she hasn't contacted me since then")
  const thenIsAStop = then !== null && c.dates.context.stoppedSinceThen.test(n.text.slice(cand.end, thenEnd));
  // a single occasion said with "once" ("A client came in once in the summer and now she's convinced..."): the start only when
  // nothing is said as such, unless what follows says it began then ("...once in July. Since then he's been tweeting")
  const once = !cand.duration && c.dates.context.onceBefore.test(prefix);
  if (then && !thenIsAStop && !c.dates.context.quieterAfter.test(n.text.slice(thenEnd)) && !(ctx.candidates ?? []).some((o) => !o.duration && o.start >= cand.end && o.end <= thenEnd && !overlaps(o, cand))) {
    return once && c.dates.context.onlyNowAfter.test(n.text.slice(cand.end)) ? 1 : 2;
  }
  if (namedAgainLater(ctx, cand)) return 2;
  // "started when i ended it 3 weeks ago": their own break-up is not a stop
  if (startedWhen.test(n.text.slice(Math.max(0, cand.start - 80), cand.start)) && (!stoppedThen.test(prefix) || split.test(prefix))) return 2;
  // "made me put life360 on when we moved in together in january": what they imposed then, though their shared life is around it
  if (c.dates.context.imposedWhenShared.test(lead)) return 2;
  // "I started seeing someone in September and from the 3rd of October she's been messaging", "Started my masters in September":
  // something of their own they started, a date in passing (blind batch 212)
  // (not with the contact said to have gone on from its start: "...and my manager has been like this since week one", blind batch 75)
  if (!cand.duration && c.dates.context.ownStartedBefore.test(lead) && !c.dates.context.ownStartedDatesIt.test(n.text.slice(cand.end, sentenceEnd(n.text, cand.end)))) return 0.5;
  if (theyBeganAfter.test(n.text.slice(cand.end, cand.end + 40))) return 2;
  // "moved in at the end of May last year and he started on us the first week": a start said by how soon after it came
  // (none of the story's other dates in between, nor one said just after it in its sentence: "started the day after I
  // left, 2nd August" is that date)
  const soon = beganSoonAfter.exec(n.text.slice(cand.end, cand.end + 240));
  const soonEnd = soon ? cand.end + soon.index + soon[0].length : -1;
  const datedAgain = (o: Span) =>
    o !== cand && o.start >= cand.end && (o.start < soonEnd || (o.start - soonEnd <= SOON_RESTATED_CHARS && !/[.!?]/.test(n.text.slice(soonEnd, o.start))));
  if (!cand.duration && soon && !(ctx.candidates ?? []).some(datedAgain)) return 2;
  // "found me on Facebook in May and keeps sending friend requests": their first contact, below a start said as such
  // ("found me on facebook in the summer. it was nice at first but about 3 weeks ago he started messaging")
  if (!cand.duration && foundThemBefore.test(prefix)) return FOUND_THEM_SCORE;
  // "After the court in September he is calling me": what they do after an event said first (court, police: no start alone)
  if (afterEventBefore.test(n.text.slice(Math.max(0, cand.start - 60), cand.start)) && theyGoOnAfter.test(n.text.slice(cand.end, cand.end + 40))) return 2;
  if (sinceEventDate.test(n.text.slice(Math.max(0, cand.start - 60), cand.start))) return 2;
  if (startedThenDate.test(n.text.slice(sentenceStart(n.text, cand.start), cand.start))) return 2;
  if (cand.duration && talked.test(n.text.slice(sentenceStart(n.text, cand.start), cand.start))) return undefined;
  // ...or the span said first, their contact after it in its clause: "For about a year I chatted with someone on a knitting
  // forum" (blind batch 202)
  if (cand.duration && /^[\s\w]{0,12}$/.test(n.text.slice(sentenceStart(n.text, cand.start), cand.start)) && talked.test(n.text.slice(cand.end, clauseEnd(n, cand.end)))) return undefined;
  if (relationshipState.test(prefix)) return cand.duration && wholeTimeAfter(n, c, cand.end) ? 2 : undefined;
  // "I stream on twitch, have done since january": what they do themselves, how long (blind batch 212)
  if (!cand.duration && (/^since\b/.test(phrase) || /\bsince $/.test(lead)) && c.dates.context.ownDoneSince.test(lead)) return undefined;
  const strong = c.dates.strongStartCues.test(local);
  if (!strong && c.dates.notStart.test(prefix)) return undefined;
  // a meeting said just before the date, recent enough that it cannot have started earlier
  const metRecently = met.test(prefix) && ctx.today - cand.dn <= RECENT_MEETING_DAYS;
  const sharedLifeBefore = sharedLifeWords(c, prefix);
  if (sharedLifeBefore !== 'no' && (!strong || (ownLifeSubject.test(prefix) && !began.test(local)))) {
    // "met a girl on insta yesterday, ... now she's...": it cannot have started before they met; a
    // recent meeting is the start when nothing else says it (below every other date)
    // (a brief meeting with someone they do not know dates it however long ago: "met a guy at a gig on 17 October")
    if (metRecently || (met.test(prefix) && briefMeeting.test(n.text.slice(cs, sentenceEnd(n.text, cs))))) return 0.25;
    return sharedLifeBefore === 'place' ? WORK_PLACE_SCORE : undefined;
  }
  // "we broke up on New Year's Day... for the first few months it was drunk texts": the break-up opens a first phase
  if (split.test(prefix) && c.dates.context.firstPhaseAfter.test(n.text.slice(cand.end))) return 2;
  // "we split 2 yr ago but this only started when...": the break-up dates the start only when nothing else does
  if (split.test(prefix) && !began.test(local) && c.dates.startCues.test(local)) return 1;
  // ("hooked up w a guy from grindr once in the summer ... about 3 weeks ago he started": "from" is no start cue of it)
  if (once && !strong) return 1;
  if (c.dates.startCues.test(local)) return 2;
  // a date mentioned in passing: only in a short answer ("last week") or about what they did
  // ("last week he turned up"), not "I called the police last week" or "my dog died last week"
  const words = n.text.trim().split(/\s+/).length;
  if (words <= c.phrases.dates.shortAnswerWords) return 1;
  // how long, in a sentence that says it has been going on: "It's been since freshers, so about 2 months."
  // "Two years now.", "6 weeks now", "About 3 months." said as a sentence of its own
  if (cand.duration) {
    const from = sentenceStart(n.text, cand.start);
    const after = n.text.slice(cand.end);
    if (durationNow.test(after)) return 2;
    // said first in its sentence, or in a clause of its own after a comma: "ex bf wont stop messaging me, been 3 months"
    const lead = n.text.slice(from, cand.start);
    const clauseLead = lead.slice(lead.search(/[,;:\u2013\u2014]\s*[^,;:\u2013\u2014]*$/) + 1);
    if ((durationLead.test(lead) || durationLead.test(clauseLead)) && durationLeadAfter.test(after)) return 2;
    if (/^[\s\w]{0,12}$/.test(lead) && durationAlone.test(after)) return 2;
    return durationSentence.test(lead) ? 2 : undefined;
  }
  const clause = n.text.slice(cs, clauseEnd(n, cand.end));
  if (c.dates.agent.test(clause)) return 1;
  // else the earliest thing that happened on a day they name ("Found an AirTag on Wednesday"), below
  // anything said as the start or about what they did
  if (c.dates.notStart.test(clause)) return undefined;
  const sharedLifeAround = sharedLifeWords(c, clause);
  if (sharedLifeAround !== 'no') return sharedLifeAround === 'place' ? WORK_PLACE_SCORE : undefined;
  // "...keeps posting about me. we split last christmas.": the break-up dates it only when nothing else does
  // (a sentence of its own after what they do, not "he was my boyfriend for 3 years and we broke up in March")
  if (sharedLife.test(clause)) {
    // "i matched with a girl on tinder on saturday we moved to snap": a recent meeting, as above
    if (metRecently) return 0.25;
    const from = sentenceStart(n.text, cand.start);
    // ...or an aside in brackets: "my ex (we were together 3 yrs, split in august) made a fake insta"
    const lead = n.text.slice(from, cand.start);
    return (from > 0 || /\([^()]*$/.test(lead)) && splitSentence.test(lead) ? 0.2 : undefined;
  }
  return 0.5;
}

function approxAt(ctx: Ctx, span: Span): boolean {
  const { n, c } = ctx;
  return hedgeBefore(n, span.start, c) >= 0 || hedgeAfter(n, span.end, c) >= 0 || c.vague.test(n.text.slice(span.start, span.end));
}

/** Weeks ahead of a holiday, a clause that speaks of the future ("I will stay in Edinburgh at Christmas") means the coming one. */
const PLANNED_WITHIN_DAYS = 60;

function plannedSoon(ctx: Ctx, h: Parameters<typeof latestHolidayDay>[0], start: number, end: number): boolean {
  const { n, c, today, todayYmd } = ctx;
  const next = [todayYmd.y, todayYmd.y + 1].map((y) => latestHolidayDay(h, y, undefined)).find((dn) => dn !== undefined && dn > today);
  if (next === undefined || next - today > PLANNED_WITHIN_DAYS) return false;
  const clause = n.text.slice(clauseStart(n, start), clauseEnd(n, end));
  return c.dates.holidayPlanClause.test(clause) && !c.dates.startCues.test(n.text.slice(clauseStart(n, start), end));
}

/** How far back a month name is looked for before a day of the month. */
const MONTH_BEFORE_DAY_CHARS = 80;

/**
 * The month (1-12) named last in the few words before `pos`, in the same sentence or the one before it ("we went on two
 * dates in September and on the 26th I told him"), or undefined.
 */
function monthNamedBefore(ctx: Ctx, pos: number): number | undefined {
  const { n, c } = ctx;
  const from = Math.max(0, pos - MONTH_BEFORE_DAY_CHARS);
  const before = n.text.slice(from, pos);
  let last: RegExpExecArray | undefined;
  for (const m of matchesIn(before, c.dates.monthBeforeDay)) last = m;
  if (!last) return undefined;
  // not across more than one sentence end
  if ((before.slice(last.index).match(/[.!?]\s/g) ?? []).length > 1) return undefined;
  const word = (last[1] as string).toLowerCase();
  const month = monthNumber(c, word);
  return month >= 1 ? month : undefined;
}

/** A month's number (1-12) from its name or its first three letters ("may", "Sept", "november"); 0 when it is none. */
function monthNumber(c: CompiledPhrases, word: string): number {
  const first3 = word.toLowerCase().slice(0, 3);
  return c.phrases.dates.months.findIndex((name) => name.startsWith(first3)) + 1;
}

/** Years between a school year named in an event ("the start of year 10") and the one the writer says they are in now ("im in year 11"): 0 unless said once and later. */
function schoolYearsBack(ctx: Ctx, event: string): number {
  const { n, c } = ctx;
  c.dates.schoolYearIn.lastIndex = 0;
  const then = c.dates.schoolYearIn.exec(event)?.groups?.then;
  if (then === undefined) return 0;
  const nows = new Set([...matchesIn(n.text, c.dates.schoolYearNow)].map((m) => parseNumber(m.groups?.now ?? '', c)?.value));
  const now = nows.size === 1 ? [...nows][0] : undefined;
  const was = parseNumber(then, c)?.value;
  return now !== undefined && was !== undefined && now > was && now - was <= 7 ? now - was : 0;
}

function customCandidates(ctx: Ctx): Candidate[] {
  const { n, c, today, todayYmd } = ctx;
  const text = n.text;
  const out: Candidate[] = [];
  const add = (start: number, end: number, dn: number | undefined, approximate: boolean, custom: 'override' | 'fallback', flags: Pick<Candidate, 'duration' | 'planned'> = {}) => {
    if (dn === undefined || dn > today) return;
    const inYears = saidInYears(ctx, { start, end }, false);
    out.push({ start, end, dn, approximate, score: 0, custom, ...flags, ...(inYears ? { inYears } : {}) });
  };

  for (const h of c.dates.holidays) {
    for (const m of matchesIn(text, h.re)) {
      // "Halloween last year", "Christmas 2024", "last yr around bonfire night"; otherwise the most recent one
      const yearAfter = c.dates.holidayYear.exec(text.slice(m.index + m[0].length));
      const year = yearAfter ?? c.dates.holidayYearBefore.exec(text.slice(Math.max(0, m.index - 40), m.index));
      // "the Christmas market", "the Easter fair": a thing of the holiday, not its day
      if (!year && namedForTime(c, m[0], text.slice(m.index + m[0].length))) continue;
      const y = year ? (year[1] ? todayYmd.y - 1 : Number(year[2])) : todayYmd.y;
      const on = (yy: number) => latestHolidayDay(h, yy, year ? undefined : today);
      let dn = on(y);
      if (!year && (dn === undefined || dn > today)) dn = on(y - 1);
      // an event on fixed days only ("lockdown"): the latest of them, however many years ago
      if (!year && dn === undefined && h.days?.every((d) => d.year !== undefined)) {
        const past = h.days.map((d) => dayNumber(d.year as number, d.month, d.day ?? 1)).filter((d) => d <= today);
        if (past.length > 0) dn = Math.max(...past);
      }
      // "the Christmas before last": the one before the most recent
      const beforeLast = year ? null : c.dates.holidayBeforeLast.exec(text.slice(m.index + m[0].length));
      if (beforeLast && dn !== undefined) dn = on(ymd(dn).y - 1);
      // "since the start of year 10 (im in year 11 now)": the start of an earlier school year
      const back = year || beforeLast || dn === undefined ? 0 : schoolYearsBack(ctx, m[0]);
      if (back > 0) dn = on(ymd(dn!).y - back);
      const end = m.index + m[0].length + (yearAfter ? yearAfter[0].length : beforeLast ? beforeLast[0].length : 0);
      // "she will come for Christmas", "I don't want her here at Christmas" (weeks before it): a plan; it overrules
      // the recognizer's reading and dates nothing
      const planned = !year && !beforeLast && (c.dates.holidayPlanBefore.test(text.slice(0, m.index)) || plannedSoon(ctx, h, m.index, m.index + m[0].length));
      // event words inside longer ones ("summer holidays" in "the end of the summer holidays") give way
      add(m.index, end, dn, h.approximate === true, 'override', planned ? { planned } : {});
    }
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const a = out[i]!;
    if (out.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start)) out.splice(i, 1);
  }
  for (const v of c.dates.vagueDurations) {
    for (const m of matchesIn(text, v.re)) {
      // "I've been part of a forum for years": the writer's own life; "Lad I was seeing for a few months": how long
      // something else lasted
      const before = text.slice(clauseStart(n, m.index), m.index);
      if (c.dates.ownDuration.test(before) || c.dates.durationBlockers.test(before)) continue;
      add(m.index, m.index + m[0].length, subtractDuration(today, v.amount, v.unit), true, 'fallback', { duration: true });
    }
  }
  // "two Christmases ago": the most recent one is one ago
  for (const m of matchesIn(text, c.dates.holidaysAgo)) {
    const count = parseNumber(m.groups?.n ?? '', c)?.value;
    const name = m.groups?.name ?? '';
    if (count === undefined || !(count >= 1)) continue;
    const season = c.phrases.dates.seasons[name] === undefined ? undefined : name;
    let dn: number | undefined;
    if (season !== undefined) {
      const last = seasonCompleted(ctx, season);
      dn = last === undefined ? undefined : seasonStart(ctx, season, ymd(last).y - (count - 1));
    } else {
      const h = c.dates.holidays.find((x) => [...matchesIn(name, x.re)].length > 0);
      if (!h) continue;
      const thisYear = latestHolidayDay(h, todayYmd.y, today);
      const latest = thisYear !== undefined && thisYear <= today ? thisYear : latestHolidayDay(h, todayYmd.y - 1, today);
      dn = latest === undefined ? undefined : latestHolidayDay(h, ymd(latest).y - (count - 1), undefined);
    }
    add(m.index, m.index + m[0].length, dn, season !== undefined, 'override');
  }
  // "21/06", "on 02.11": that day of the most recent such month, on or before today ("on 02.11.25": of that year)
  for (const m of [...matchesIn(text, c.dates.dayMonthSlash), ...matchesIn(text, c.dates.dayMonthDot)]) {
    const day = Number(m.groups?.day);
    const month = Number(m.groups?.month);
    const said = m.groups?.year;
    const y =
      said !== undefined
        ? Number(said.length === 2 ? `20${said}` : said)
        : dayNumber(todayYmd.y, month, Math.min(day, daysInMonth(todayYmd.y, month))) <= today
          ? todayYmd.y
          : todayYmd.y - 1;
    if (day > daysInMonth(y, month)) continue;
    add(m.index, m.index + m[0].length, dayNumber(y, month, day), false, 'override');
  }
  for (const v of c.dates.pastPeriods) {
    for (const m of matchesIn(text, v.re)) add(m.index, m.index + m[0].length, subtractDuration(today, v.amount, v.unit), true, 'override');
  }
  // "its been like this since I was about 17" and "Im 22": five years back (only with their age now said once)
  const agesNow = [...matchesIn(text, c.dates.ageNow)].map((m) => Number(m.groups?.now));
  if (agesNow.length === 1) {
    for (const m of matchesIn(text, c.dates.sinceAge)) {
      const years = agesNow[0]! - Number(m.groups?.then);
      if (years >= 1 && years <= 60) add(m.index, m.index + m[0].length, subtractDuration(today, years, 'Y'), true, 'override');
    }
  }
  // "the 14th of this month" (a day still to come this month dates nothing: `add` drops days after today)
  for (const m of matchesIn(text, c.dates.dayOfThisMonth)) {
    const day = Number(m[1]);
    if (!(day >= 1 && day <= daysInMonth(todayYmd.y, todayYmd.m))) continue;
    add(m.index, m.index + m[0].length, dayNumber(todayYmd.y, todayYmd.m, day), false, 'override');
  }
  // "14th June last year": that day of the year before this one
  for (const m of matchesIn(text, c.dates.dayMonthLastYear)) {
    const word = m[2] as string;
    const month = monthNumber(c, word);
    const day = Number(m[1]);
    if (month < 1 || !(day >= 1 && day <= daysInMonth(todayYmd.y - 1, month))) continue;
    add(m.index, m.index + m[0].length, dayNumber(todayYmd.y - 1, month, day), false, 'override');
  }
  // "the end of May last year", "mid November 2025": that part of that month of that year
  for (const m of matchesIn(text, c.dates.partOfMonthWithYear.re)) {
    const word = m[3] as string;
    const month = monthNumber(c, word);
    const said = m[4] as string;
    const y = /^\d+$/.test(said) ? Number(said) : todayYmd.y - 1;
    const day = c.dates.partOfMonthWithYear.days[(m[1] ?? m[2]) as string] ?? 1;
    if (month < 1) continue;
    add(m.index, m.index + m[0].length, dayNumber(y, month, Math.min(day, daysInMonth(y, month))), true, 'override');
  }
  // "the weekend before last", "the tues before last": a week before the most recent one (a season or year: one before)
  const weekdays = c.phrases.dates.weekdays;
  for (const m of matchesIn(text, c.dates.beforeLast)) {
    const g = m.groups ?? {};
    const wd = g.day === undefined ? -1 : weekdays.indexOf(g.day);
    if (g.month !== undefined) {
      // "the September before last": a year before the last one that began
      const month = c.phrases.dates.months.findIndex((name) => name === g.month) + 1;
      if (month < 1) continue;
      const lastYear = month <= todayYmd.m ? todayYmd.y : todayYmd.y - 1;
      add(m.index, m.index + m[0].length, dayNumber(lastYear - 1, month, 1), true, 'override');
      continue;
    }
    if (g.season !== undefined || g.year !== undefined) {
      // "the summer before last": the one before the last that ended; "the year before last": two years ago
      const last = g.season === undefined ? undefined : seasonCompleted(ctx, g.season);
      const dn = g.season === undefined ? dayNumber(todayYmd.y - 2, 1, 1) : last === undefined ? undefined : seasonStart(ctx, g.season, ymd(last).y - 1);
      if (dn !== undefined) add(m.index, m.index + m[0].length, dn, true, 'override');
      continue;
    }
    const dn =
      wd >= 0
        ? today - ((weekday(today) - wd + 7) % 7 || 7) - 7
        : g.week !== undefined
          ? today - ((weekday(today) + 6) % 7) - 14 // the Monday of the week before last week
          : today - ((weekday(today) - 6 + 7) % 7 || 7) - 7; // the Saturday of the weekend before the last one
    // a week or a weekend is approximate, a day is not
    add(m.index, m.index + m[0].length, dn, wd < 0, 'override');
  }
  // "since the weekend": the Saturday of the weekend just gone (approximate, as a weekend is)
  for (const m of matchesIn(text, c.dates.weekendJustGone)) add(m.index, m.index + m[0].length, today - ((weekday(today) - 6 + 7) % 7 || 7), true, 'override');
  // "sat night", "fri nite": the most recent one before today (a weekday said in full is the recognizer's)
  for (const m of matchesIn(text, c.dates.shortWeekday)) {
    const short = m.groups?.day ?? '';
    const wd = weekdays.findIndex((d) => d.startsWith(short.slice(0, 3)));
    if (wd < 0) continue;
    add(m.index, m.index + m[0].length, today - ((weekday(today) - wd + 7) % 7 || 7), false, 'override');
  }
  // "Saturday 21st": the most recent month where that day is that weekday
  for (const m of matchesIn(text, c.dates.weekdayDayOfMonth)) {
    const wd = weekdays.indexOf(m[1] as string);
    const day = Number(m[2]);
    if (wd < 0 || !(day >= 1 && day <= 31)) continue;
    let { y, m: mo } = todayYmd;
    for (let i = 0; i < 12; i++) {
      if (day <= daysInMonth(y, mo)) {
        const dn = dayNumber(y, mo, day);
        if (dn <= today && weekday(dn) === wd) {
          add(m.index, m.index + m[0].length, dn, false, 'override');
          break;
        }
      }
      mo -= 1;
      if (mo === 0) {
        mo = 12;
        y -= 1;
      }
    }
  }
  c.dates.dayOfMonth.lastIndex = 0;
  for (const m of text.matchAll(c.dates.dayOfMonth)) {
    const day = Number(m[1]);
    if (!(day >= 1 && day <= 31)) continue;
    // a month named shortly before ("two dates in September and on the 26th"): that month's, the latest on or before today
    const named = monthNamedBefore(ctx, m.index);
    if (named !== undefined) {
      const y = named <= todayYmd.m ? todayYmd.y : todayYmd.y - 1;
      const inner = m[0].search(/\d/);
      if (day <= daysInMonth(y, named) && dayNumber(y, named, day) <= today) {
        add(m.index + Math.max(0, m[0].lastIndexOf(' ', inner) + 1), m.index + m[0].length, dayNumber(y, named, day), false, 'override');
        continue;
      }
    }
    // the most recent month (this one or earlier) that has this day on or before today
    let { y, m: mo } = todayYmd;
    let dn: number | undefined;
    for (let i = 0; i < 3 && dn === undefined; i++) {
      if (day <= daysInMonth(y, mo) && dayNumber(y, mo, day) <= today) dn = dayNumber(y, mo, day);
      mo -= 1;
      if (mo === 0) {
        mo = 12;
        y -= 1;
      }
    }
    // the match includes "since/from/on the": keep only the date words in the span
    const inner = m[0].search(/\d/);
    add(m.index + Math.max(0, m[0].lastIndexOf(' ', inner) + 1), m.index + m[0].length, dn, false, 'fallback');
  }
  return out;
}

/** A date told before the story goes back ("Friday he was sat outside ... It didn't start like that"): the latest event. */
const TOLD_FIRST_SCORE = 0.3;
/** A date after the contact stopped, with one before the stop ("Jan to June non stop ... it stopped ... since last Tuesday"). */
const RESUMED_SCORE = 0.9;

/**
 * The highest score a date can have for where it is told: the latest event told first, before the story goes back to
 * how it started (`toldBack`) and with a date after that, is not the start unless said as it (a score of 2 or more); a
 * return after the whole contact stopped is when it came back, below a date said before the stop that reads as the start.
 */
function toldOutOfOrder(ctx: Ctx, cand: Candidate, stops: readonly (Span & { kind?: string })[], rates: readonly Span[]): number {
  const { n, c } = ctx;
  const others = ctx.candidates ?? [];
  const back = c.dates.context.toldBack.exec(n.text);
  if (back && cand.end <= back.index && others.some((o) => o.start > back.index)) return TOLD_FIRST_SCORE;
  // (the contact itself ran before it stopped, said with how often: not "no contact for years" after a divorce in 2023,
  // where a return "since Easter" is the start)
  const stop = stops.find((st) => st.kind === 'stoppedStrong' && st.end <= cand.start && sentenceStart(n.text, cand.start) > st.start);
  const ranBefore = stop !== undefined && rates.some((r) => r.end <= stop.start);
  // (not one said as when it started again: "It started again on my birthday, 9th June")
  const saidAsReturn = c.dates.context.startedAgain.test(n.text.slice(sentenceStart(n.text, cand.start), cand.start));
  if (stop && ranBefore && !saidAsReturn && others.some((o) => o.end <= stop.start && o !== cand)) return RESUMED_SCORE;
  return Number.POSITIVE_INFINITY;
}

/**
 * When it started. `frequencies` are the frequency statements already found: durations inside
 * a rate ("three times a week") are not start dates, and a date after a stop in the same clause
 * ("haven't heard from him since October") is when it stopped.
 */
export function extractStartDateFrom(
  n: Normalised,
  c: CompiledPhrases,
  now: Date,
  frequencies: (Span & { kind?: string; datesInside?: boolean })[] = [],
  timeZone?: string,
): Found<StartDate> | undefined {
  // A rate said by the days it happened ("Wednesday and again Saturday") leaves its days to be read as dates.
  // The days of a routine ("goes to a day centre Mon Wed Fri", "I work Thurs to Sun") are how often, never a date.
  const frequencySpans: Span[] = [
    ...frequencies.filter((f) => f.kind === undefined || (f.kind === 'rate' && f.datesInside !== true)),
    ...[c.frequency.ownScheduleDays, c.frequency.ownScheduleRange].flatMap((re) => [...matchesIn(n.text, re)].map((m) => ({ start: m.index, end: m.index + m[0].length }))),
  ];
  const stops = frequencies.filter((f) => f.kind !== undefined && f.kind !== 'rate');
  const rates = frequencies.filter((f) => f.kind === 'rate');
  if (!(now instanceof Date) || Number.isNaN(now.getTime()) || n.text.trim() === '') return undefined;
  const w = wall(now, timeZone);
  const today = dayNumber(w.y, w.m, w.d);
  const ctx: Ctx = { n, c, today, todayYmd: { y: w.y, m: w.m, d: w.d } };
  // the recognizer reads the reference date's local fields: give it the helpline's wall clock
  const ref = new Date(w.y, w.m - 1, w.d, w.h, w.mi, w.s);

  const candidates: Candidate[] = [];
  const custom = customCandidates(ctx);
  // "a girl in my year": a school year group, never a date
  const yearGroups = [...matchesIn(n.text, c.dates.yearGroup)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

  // The recognizer is loaded only for a message it will read (one with a date cue).
  const segs = segments(n, c);
  const model = segs.length > 0 ? getDateModel(c.phrases.recognizerCulture) : undefined;
  if (model) {
    for (const seg of segs) {
      let results: ModelResult[] = [];
      try {
        results = model.parse(n.text.slice(seg.start, seg.end), ref) ?? [];
      } catch {
        results = [];
      }
      // Part of the segment read again, its results placed in the segment (a failure keeps what was read).
      const readAgain = (from: number, to: number): ModelResult[] => {
        try {
          return (model.parse(n.text.slice(from, to), ref) ?? []).map((r) => ({ ...r, start: r.start + from - seg.start, end: r.end + from - seg.start }));
        } catch {
          return [];
        }
      };
      const readInto = (edge: (span: Span, f: Span) => number | undefined) =>
        results.flatMap((r) => {
          const span = { start: seg.start + r.start, end: seg.start + r.end + 1 };
          return frequencySpans.filter((f) => overlaps(f, span)).flatMap((f) => edge(span, f) ?? []);
        });
      // "since the first week of october, 3 times a week": a date read into the rate ("october, 3") is read
      // again from the words before the rate
      const cut = readInto((span, f) => (span.start < f.start ? f.start : undefined));
      if (cut.length > 0) results = [...results, ...readAgain(seg.start, Math.min(...cut))];
      // "every night since we broke up, 10 days ago": a date read from inside the rate ("night ... 10 days
      // ago") is read again from the words after the rate
      const resume = readInto((span, f) => (span.start >= f.start && span.end > f.end ? f.end : undefined));
      if (resume.length > 0) results = [...results, ...readAgain(Math.max(...resume), seg.end)];
      // "my evening run three times now, the first was about a month ago": a time of day and a later "... ago" merged
      // into a range that starts and ends at the same moment; read again from the last comma inside it
      const merged = results.filter((r) => DEGENERATE_RANGE.test(r.resolution?.values?.[0]?.timex ?? ''));
      for (const r of merged) {
        const comma = n.text.slice(seg.start + r.start, seg.start + r.end + 1).lastIndexOf(', ');
        if (comma > 0) results = [...results.filter((x) => x !== r), ...readAgain(seg.start + r.start + comma + 2, seg.end)];
      }
      for (const r of results) {
        if (typeof r?.start !== 'number' || typeof r?.end !== 'number') continue;
        const span = { start: seg.start + r.start, end: seg.start + r.end + 1 };
        if (frequencySpans.some((f) => overlaps(f, span))) continue;
        if (custom.some((cc) => cc.custom === 'override' && overlaps(cc, span))) continue;
        if (yearGroups.some((g) => overlaps(g, span))) continue;
        // words of theirs quoted: 'he messaged me on insta "saw you at tesco last night x"' - when they say they saw them, not
        // when it began (blind batch 199)
        if (insideQuote(n.text, span) || insideSingleQuote(n.text, span)) continue;
        // "the Christmas rota", "after the Sunday service", "round the year group": the thing, not a date
        if (namedForTime(c, n.text.slice(span.start, span.end), n.text.slice(span.end))) continue;
        // money, not a year: "unless i pay £1500", "1500 quid"
        if (c.dates.moneyBefore.test(n.text.slice(Math.max(0, span.start - 2), span.start)) || c.dates.moneyAfter.test(n.text.slice(span.end))) continue;
        const isDuration = /duration$/.test(r.typeName);
        if (isDuration) {
          const cs = clauseStart(n, span.start);
          const before = n.text.slice(cs, span.start);
          // (how long married or together is how long it has gone on when said to be like this from its start: "We've been
          // married 4 years and it's been like this from the start")
          const wholeTime = c.dates.context.relationshipState.test(before) && wholeTimeAfter(n, c, span.end);
          if (c.dates.durationBlockers.test(before) && !wholeTime) continue;
          // "I've been part of a forum for years", "my 13 year old son"
          if ((c.dates.ownDuration.test(before) && !wholeTime) || c.dates.ageAfter.test(n.text.slice(span.end))) continue;
        }
        let resolved: ReturnType<typeof resolveResult>;
        try {
          resolved = resolveResult(ctx, r, span);
        } catch {
          resolved = undefined;
        }
        if (!resolved) continue;
        // a whole year ("since 2019", "last year"; not its part: "the start of the year") or years of them
        const value = r.resolution?.values?.[0];
        const wholeYear = /^\d{4}$/.test(value?.timex ?? '') && !/start|mid|end/.test(value?.Mod ?? '');
        const inYears = saidInYears(ctx, span, wholeYear);
        candidates.push({
          ...span,
          dn: resolved.dn,
          approximate: resolved.granularity !== 'day' || resolved.extraApprox === true,
          score: 0,
          ...(isDuration ? { duration: true } : {}),
          ...(inYears ? { inYears } : {}),
        });
      }
    }
  }
  const fromRecognizer = [...candidates];
  for (const cc of custom) {
    // a planned holiday has done its work: the recognizer's reading of the same words is gone
    if (cc.planned || frequencySpans.some((f) => overlaps(f, cc))) continue;
    if (cc.custom === 'fallback' && fromRecognizer.some((r) => overlaps(r, cc))) continue;
    candidates.push(cc);
  }

  countOnFromTheDateBefore(ctx, candidates);
  monthOfThatYear(ctx, candidates);
  seasonOfYearAfter(ctx, candidates);
  // a rough date made exact straight after it: "when the children finish school for summer, 22 July", "at Easter (5th
  // April)": the exact one says it (in the rough one's place: `replacedBy`)
  const restated = (cand: Candidate) => candidates.some((o) => o !== cand && o.start >= cand.end && restates(n, cand, o, c));
  ctx.candidates = candidates;
  let best: Candidate | undefined;
  for (const cand of candidates) {
    if (cand.dn > today || restated(cand)) continue;
    // "haven't heard from him since October": when it stopped, not when it started
    // (a date inside the stop's own words is where it ran from: "it went on from March until October"; not a
    // duration there, which is how long it has stopped: "nothing for 3 weeks")
    const ranFrom = (st: Span) => cand.end <= st.end && !cand.duration;
    if (stops.some((st) => st.start <= cand.start && !ranFrom(st) && clauseStart(n, st.start) === clauseStart(n, cand.start))) continue;
    // "I changed all my passwords 3 weeks ago and nothing since": a date with a stop straight after it is when it stopped;
    // the stop said by who: "I blocked him on everything about 3 weeks ago and he hasn't been round since" (blind batch 184; not "he hasn't stopped since", "hes not let it go since")
    const stopNext = n.text.slice(cand.end, cand.end + 60);
    if (!cand.duration && /^,? (?:and|but) (?:there(?:'s| has) been )?nothing since\b(?! (?:the|then|\d))/.test(stopNext)) continue;
    // ...or with "since then" first: "I moved 200 miles away in August and since then nothing" (blind batch 198)
    if (!cand.duration && /^,? (?:and|but) (?:ever )?since (?:then|that),? (?:there(?:'s| has) been )?(?:nothing|none)\b(?! (?:but|except|has changed|changed)\b)/.test(stopNext)) continue;
    if (!cand.duration && /^,? (?:and|but) (?:(?:he|she|they)(?:'s|'ve| has| have)? (?:not|hasn't|haven't|has not|have not|never)|(?:he|she|they) (?:hasn't|haven't|has not|have not)|(?:he|she|they)(?:'s|s) not|(?:he|she|they) (?:has|have) never)(?! (?:stopped|let up|let (?:it|this|that|me|things) go|let go|given up|moved on|quit|ended|backed off|eased off|calmed down|left me alone|looked back|gone away|stopped)\b)(?: (?!since\b|but\b|and\b)[\w']+){1,4} since\s*(?:[.!?;]|$)/.test(stopNext)) continue;
    // a date said instead of another is read in that one's place too: the better of the two readings
    const replaced = replacedBy(ctx, cand, candidates);
    const own = contextScore(ctx, cand);
    const inPlace = replaced ? contextScore(ctx, replaced, true) : undefined;
    const score = own === undefined ? inPlace : inPlace === undefined ? own : Math.max(own, inPlace);
    if (score === undefined) continue;
    cand.score = Math.min(score, toldOutOfOrder(ctx, cand, stops, rates));
    cand.approximate = cand.approximate || approxAt(ctx, cand);
    // "over a year ago" is older than a year, "nearly a month" younger than a month
    const hb = hedgeBefore(n, cand.start, c);
    if (hb >= 0) {
      const hedge = n.text.slice(hb, cand.start);
      if (c.dates.hedgeOlder.test(hedge)) cand.dn -= 1;
      else if (c.dates.hedgeYounger.test(hedge) && cand.dn + 1 <= today) cand.dn += 1;
    }
    if (!best || betterStart(cand, best, today)) best = cand;
  }
  if (!best) return undefined;

  // the person's words: lead-in ("since", "for about") and trailing hedge ("-ish")
  let start = best.start;
  const cs = clauseStart(n, start);
  const prefix = n.text.slice(cs, start);
  const lead = c.dates.leadIn.exec(prefix);
  if (lead) start = cs + lead.index + (lead[0].startsWith(' ') ? 1 : 0);
  const after = hedgeAfter(n, best.end, c);
  const end = after >= 0 ? after : best.end;

  return {
    value: { iso: toIso(best.dn), approximate: best.approximate, band: bandFor(best.dn, today) },
    text: originalText(n, start, end),
  };
}
