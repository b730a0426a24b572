/**
 * The services file: which helplines the bot names, their numbers and opening hours.
 * One strict zod schema, so a typo in a charity's own file fails at start-up with a message that
 * names the path (`services.nationalStalkingHelpline.weekly.wed[0].close: ...`), not mid-conversation.
 */
import { z } from 'zod';

/** Every service the bot can name. All must be present in the file; no others are allowed. */
export const SERVICE_IDS = [
  'nationalStalkingHelpline',
  'police101',
  'paladin',
  'revengePorn',
  'domesticAbuse',
  'mensAdviceLine',
  'galop',
  'samaritans',
  'childline',
  'liveFearFree',
  'scotlandDomesticAbuse',
  'northernIrelandDomesticAbuse',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** Days in the file's `weekly` block, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight for a valid "HH:MM". */
export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new Error(`not a time (HH:MM): ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function isCalendarDate(s: string): boolean {
  const m = YMD.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const time = z.string().regex(HHMM, { message: 'must be a 24-hour time "HH:MM" (00:00 to 23:59)' });

const date = z.string().refine(isCalendarDate, { message: 'must be a real calendar date "YYYY-MM-DD"' });

export const intervalSchema = z
  .object({ open: time, close: time })
  .strict()
  .superRefine((iv, ctx) => {
    if (HHMM.test(iv.open) && HHMM.test(iv.close) && minutesOf(iv.close) <= minutesOf(iv.open)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['close'],
        message: `must be after open (${iv.open}); hours past midnight are not supported, split them over two days`,
      });
    }
  });

const day = z.array(intervalSchema).superRefine((ivs, ctx) => {
  // Overlapping or unordered intervals are almost always a typo: say so instead of guessing.
  for (let i = 1; i < ivs.length; i++) {
    const prev = ivs[i - 1];
    const cur = ivs[i];
    if (!prev || !cur || !HHMM.test(prev.close) || !HHMM.test(cur.open)) continue;
    if (minutesOf(cur.open) < minutesOf(prev.close)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [i, 'open'],
        message: `must not be before the previous interval closes (${prev.close}); list intervals in order without overlaps`,
      });
    }
  }
});

export const weeklySchema = z
  .object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day })
  .partial()
  .strict();

export const serviceSchema = z
  .object({
    phone: z.string().trim().min(1, { message: 'must be a phone number' }),
    textphone: z.string().trim().min(1, { message: 'must be a textphone number, or left out' }).optional(),
    /** A number people can text (SMS), where the service has one. */
    text: z.string().trim().min(1, { message: 'must be a number to text, or left out' }).optional(),
    /** The number is not yet checked against the service's own published details: the bot says so. */
    unverified: z.boolean().optional(),
    /** The charity says its published hours may be out of date: tell people to check. */
    hoursUncertain: z.boolean().optional(),
    /** 24/7, every day including bank holidays. Leave `weekly` out. */
    alwaysOpen: z.boolean().optional(),
    /** Closed all day on the file's `bankHolidays`. */
    closedOnBankHolidays: z.boolean().optional(),
    /** Opening hours in local time; a missing day is closed. Leave out when hours are not known. */
    weekly: weeklySchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.alwaysOpen && s.weekly) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['weekly'],
        message: 'must be left out when alwaysOpen is true (a service cannot be both 24/7 and have weekly hours)',
      });
    }
  });

const servicesShape = Object.fromEntries(SERVICE_IDS.map((id) => [id, serviceSchema])) as Record<
  ServiceId,
  typeof serviceSchema
>;

export const servicesFileSchema = z
  .object({
    timeZone: z
      .string()
      .refine(isTimeZone, { message: 'must be an IANA time zone such as "Europe/London"' })
      .default('Europe/London'),
    // Required, even if empty: forgetting it would silently open bank-holiday-closed services.
    bankHolidays: z.array(date),
    services: z.object(servicesShape).strict(),
  })
  .strict();

export type ServiceConfig = z.infer<typeof serviceSchema>;
export type OpeningInterval = z.infer<typeof intervalSchema>;
export type WeeklyHours = z.infer<typeof weeklySchema>;
export type ServicesConfig = z.infer<typeof servicesFileSchema>;

/** `services.paladin.weekly.mon[0].close` style path for an issue. */
function pathOf(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** One line per problem, each naming where it is. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      if (i.code === z.ZodIssueCode.unrecognized_keys) {
        const where = pathOf(i.path);
        const keys = i.keys.map((k) => JSON.stringify(k)).join(', ');
        const hint = where === 'services' ? ` (known services: ${SERVICE_IDS.join(', ')})` : '';
        return `${where}: unknown key(s) ${keys}${hint}`;
      }
      return `${pathOf(i.path)}: ${i.message}`;
    })
    .join('\n');
}
