/**
 * Is a service open now, and if not, when does it next open? Pure: the clock is a parameter.
 * All reasoning is on the local wall clock of the file's time zone (Europe/London), read with
 * Intl, so BST/GMT changes need no special cases.
 */
import { readFileSync } from 'node:fs';
import {
  formatIssues,
  minutesOf,
  servicesFileSchema,
  WEEKDAYS,
  type OpeningInterval,
  type ServiceId,
  type ServicesConfig,
  type Weekday,
} from './services.schema';

/** When a closed service next opens, in local time. */
export interface OpensAt {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Local time, HH:MM. */
  time: string;
  isToday: boolean;
  isTomorrow: boolean;
}

export type Availability =
  | { status: 'alwaysOpen' }
  | { status: 'open'; /** Local HH:MM. */ closesAt: string; uncertain: boolean }
  /** `opensAt` is absent when nothing opens in the next 14 days. */
  | { status: 'closed'; opensAt?: OpensAt; uncertain: boolean }
  /** No hours configured (for example Paladin): give the number, not a time. */
  | { status: 'unknown' };

/** How far ahead `availability` looks for the next opening, in days after today. */
export const SEARCH_DAYS = 14;

/** Validate a parsed services file. Throws an Error listing every problem with its path. */
export function loadServices(json: unknown): ServicesConfig {
  const result = servicesFileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid services configuration:\n${formatIssues(result.error)}`);
  }
  return result.data;
}

/** Read, parse and validate a services file. Errors name the file. */
export function readServicesFile(path: string): ServicesConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read services file ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`Services file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return loadServices(json);
  } catch (err) {
    throw new Error(`Services file ${path}: ${(err as Error).message}`);
  }
}

/** Local wall-clock reading of an instant. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** Minutes after midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Weekday of a calendar date (pure calendar arithmetic, no time zone involved). */
function weekdayOf(y: number, m: number, d: number): Weekday {
  // getUTCDay: 0 = Sunday. WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Weekday;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Read `now` on the wall clock of `timeZone`. */
export function localTime(now: Date, timeZone: string): LocalTime {
  if (Number.isNaN(now.getTime())) throw new Error('localTime: invalid Date');
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(now)) parts[p.type] = p.value;
  const y = Number(parts.year);
  const m = Number(parts.month);
  const d = Number(parts.day);
  // Some engines print midnight as "24" even with h23; treat it as 0.
  const h = Number(parts.hour) % 24;
  const min = Number(parts.minute);
  return { date: ymd(y, m, d), weekday: weekdayOf(y, m, d), minutes: h * 60 + min };
}

/** The local calendar date `days` after `date` (YYYY-MM-DD), with its weekday. */
function addDays(date: string, days: number): { date: string; weekday: Weekday } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  const ny = dt.getUTCFullYear();
  const nm = dt.getUTCMonth() + 1;
  const nd = dt.getUTCDate();
  return { date: ymd(ny, nm, nd), weekday: weekdayOf(ny, nm, nd) };
}

/** A day's intervals, sorted, with touching intervals (09:30-13:00, 13:00-16:00) merged. */
function dayHours(intervals: readonly OpeningInterval[] | undefined): Array<{ open: number; close: number }> {
  const sorted = (intervals ?? [])
    .map((iv) => ({ open: minutesOf(iv.open), close: minutesOf(iv.close) }))
    .sort((a, b) => a.open - b.open);
  const out: Array<{ open: number; close: number }> = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.open <= last.close) last.close = Math.max(last.close, iv.close);
    else out.push({ ...iv });
  }
  return out;
}

const hhmm = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

/**
 * Is `serviceId` open at `now`? Open means open <= local time < close. When closed, finds the
 * next opening up to SEARCH_DAYS days ahead, skipping bank holidays for services closed on them.
 */
export function availability(config: ServicesConfig, serviceId: ServiceId, now: Date): Availability {
  const service = config.services[serviceId];
  if (!service) throw new Error(`Unknown service id ${JSON.stringify(serviceId)}`);
  if (service.alwaysOpen) return { status: 'alwaysOpen' };

  const weekly = service.weekly;
  if (!weekly || Object.values(weekly).every((ivs) => !ivs || ivs.length === 0)) return { status: 'unknown' };

  const uncertain = service.hoursUncertain === true;
  const holidays = service.closedOnBankHolidays ? new Set(config.bankHolidays) : new Set<string>();
  const local = localTime(now, config.timeZone);

  if (!holidays.has(local.date)) {
    const current = dayHours(weekly[local.weekday]).find(
      (iv) => iv.open <= local.minutes && local.minutes < iv.close,
    );
    if (current) return { status: 'open', closesAt: hhmm(current.close), uncertain };
  }

  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const day = offset === 0 ? { date: local.date, weekday: local.weekday } : addDays(local.date, offset);
    if (holidays.has(day.date)) continue;
    const next = dayHours(weekly[day.weekday]).find((iv) => offset > 0 || iv.open > local.minutes);
    if (next) {
      return {
        status: 'closed',
        opensAt: {
          date: day.date,
          weekday: day.weekday,
          time: hhmm(next.open),
          isToday: offset === 0,
          isTomorrow: offset === 1,
        },
        uncertain,
      };
    }
  }
  return { status: 'closed', uncertain };
}
