/**
 * The names of the days and months, written out in full, for the rule files that read times
 * (en-GB.ts for what is past, habitual or next; en-GB.frames.ts for a time gone by that a "now"
 * does not reach back across). Abbreviations ("sat", "sun", "wed") and "may" are left to each
 * caller: they are also everyday words, so each list decides whether to read them as times.
 */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Every month but May, which is also the modal verb ("he may come round"). */
export const MONTH_NAMES_BUT_MAY = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
