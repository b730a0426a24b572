/**
 * Wording shared by every renderer: questions, choices, confirmations, emergency guidance.
 */
import { choiceLabelKey, questionKeys, type QuestionId } from '../../dialogs/questions';
import { BEHAVIOURS, type Behaviour } from '../../dialogs/facts';
import type { Translator } from '../i18n';
import type { Output, Params } from '../../machines/triage.types';

type AskOutput = Extract<Output, { kind: 'ask' }>;
type EmergencyOutput = Extract<Output, { kind: 'emergency' }>;

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

export function behaviourList(behaviours: readonly Behaviour[], tr: Translator): string {
  return BEHAVIOURS.filter((b) => behaviours.includes(b))
    .map((b) => tr.t(`questions.what.choices.${b}`).toLowerCase())
    .join(', ');
}

/** Words for a prefilled fact being confirmed ("your ex-partner", "around 3 April 2026"...). */
export function confirmValue(question: QuestionId, params: Params, tr: Translator): string {
  switch (question) {
    case 'who':
      return tr.t(`facts.relationship.${params.relationship}`);
    case 'what':
      return behaviourList(String(params.behaviours ?? '').split(',') as Behaviour[], tr);
    case 'since': {
      const date = formatDate(String(params.date), tr.locale);
      return tr.t(params.approximate ? 'facts.startedAround' : 'facts.startedOn', { date });
    }
    case 'howOften':
      return Number(params.count) > 0 && params.per
        ? tr.t('facts.perCount', { count: Number(params.count), per: tr.t(`facts.per.${params.per}`) })
        : tr.t(`facts.band.${params.band}`);
    default:
      return '';
  }
}

export function choiceLabel(question: QuestionId, choice: string, mode: AskOutput['mode'], tr: Translator): string {
  return mode === 'confirm' ? tr.t(`common.choices.${choice}`) : tr.t(choiceLabelKey(question, choice));
}

export function questionText(output: AskOutput, tr: Translator): string {
  const keys = questionKeys(output.question);
  if (output.mode === 'confirm') {
    return tr.t(keys.confirm, { value: confirmValue(output.question, output.params ?? {}, tr) });
  }
  if (output.mode === 'clarify') return `${tr.t('common.clarify')} ${tr.t(keys.reask)}`;
  return tr.t(output.mode === 'reask' ? keys.reask : keys.prompt);
}

/**
 * Emergency guidance as short paragraphs. The first always carries 999, that the bot can't call
 * for help, and the Silent Solution; a crisis leads with Samaritans 116 123 and 999 if life is at risk.
 * Someone who said they can't speak gets the Silent Solution first. `repeat` (staying with the
 * person after guidance) is the short 999 and Silent Solution lines only.
 */
export function emergencyParagraphs(output: EmergencyOutput, tr: Translator): string[] {
  const t = (key: string) => tr.t(`emergency.${key}`);
  const ways = [t('bsl'), t('emergencySms'), t('relayUk')];
  if (output.level === 'crisis') {
    // Someone in crisis first hears warmth, 999 if life is at risk and Samaritans; then the rest.
    if (output.form === 'repeat') return [`${t('crisisLead')} ${t('silentShort')}`];
    return [`${t('crisisLead')} ${t('notAPerson')} ${t('silentShort')}`, ...ways];
  }
  if (output.form === 'repeat') {
    return output.silentFirst ? [t('silentSolution'), `${t('lead')} ${t('emergencySms')}`] : [`${t('lead')} ${t('silentShort')}`];
  }
  const samaritans = output.withCrisis ? [t('alsoCrisis')] : [];
  if (output.silentFirst) return [t('silentSolution'), `${t('lead')} ${t('notAPerson')}`, ...samaritans, ...ways];
  return [`${t('lead')} ${t('notAPerson')} ${t('silentSolution')}`, ...samaritans, ...ways];
}
