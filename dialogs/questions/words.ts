/**
 * Wording helpers question modules share (dates, behaviour lists). They take the translator, so
 * the words still come from the locale catalogue.
 */
import { BEHAVIOURS, type Behaviour, type Frequency, type StartDate } from '../facts';
import type { Translator } from '../../src/i18n';

/** One formatter per locale: building an Intl.DateTimeFormat costs far more than using one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** "calls, messages" in the order of the behaviours list, lower-cased choice labels. */
export function behaviourList(behaviours: readonly Behaviour[], tr: Translator): string {
  return BEHAVIOURS.filter((b) => behaviours.includes(b))
    .map((b) => tr.t(`questions.what.choices.${b}`).toLowerCase())
    .join(', ');
}

/** "on 3 April 2026" / "around 3 April 2026". */
export function startDateWords(date: StartDate, tr: Translator): string {
  return tr.t(date.approximate ? 'facts.startedAround' : 'facts.startedOn', { date: formatDate(date.iso, tr.locale) });
}

/** "3 times a day" when a count was given, else the band ("every day"). */
export function frequencyWords(value: { band: Frequency['band']; frequency?: Frequency }, tr: Translator): string {
  const f = value.frequency;
  return f?.count && f.per
    ? tr.t('facts.perCount', { count: f.count, per: tr.t(`facts.per.${f.per}`) })
    : tr.t(`facts.band.${value.band}`);
}
