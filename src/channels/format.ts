/**
 * Wording shared by every renderer: questions, choices, confirmations, emergency guidance.
 */
import { CONFIRM_CHOICES, choiceLabelKey, getQuestion, questionKeys, type ConfirmFact, type QuestionId } from '../../dialogs/questions';
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';

type AskOutput = Extract<Output, { kind: 'ask' }>;
type EmergencyOutput = Extract<Output, { kind: 'emergency' }>;

export { behaviourList, formatDate } from '../../dialogs/questions/words';

/** Words for a fact being confirmed ("your ex-partner", "around 3 April 2026"...): the question's module words it. */
export function confirmValue(fact: ConfirmFact | undefined, tr: Translator): string {
  return fact ? (getQuestion(fact.question).prefill?.word(fact.value, tr) ?? '') : '';
}

/** A confirmation offers the common yes / no / not sure / skip. */
const isConfirmChoice = (choice: string): choice is (typeof CONFIRM_CHOICES)[number] => (CONFIRM_CHOICES as readonly string[]).includes(choice);

export function choiceLabel(question: QuestionId, choice: string, mode: AskOutput['mode'], tr: Translator): string {
  return mode === 'confirm' && isConfirmChoice(choice) ? tr.t(`common.choices.${choice}`) : tr.t(choiceLabelKey(question, choice));
}

export function questionText(output: AskOutput, tr: Translator): string {
  const keys = questionKeys(output.question);
  if (output.mode === 'confirm') {
    return tr.t(keys.confirm, { value: confirmValue(output.confirm, tr) });
  }
  if (output.mode === 'clarify') return `${tr.t('common.clarify')} ${tr.t(keys.reask)}`;
  return tr.t(output.mode === 'reask' ? keys.reask : keys.prompt);
}

/** The pieces emergency guidance is built from (emergency.<part> in the catalogue). */
type EmergencyPart =
  | 'lead'
  | 'notAPerson'
  | 'silentCall'
  | 'silentWhere'
  | 'silentShort'
  | 'emergencySms'
  | 'bsl'
  | 'relayUk'
  | 'crisisLead'
  | 'alsoCrisis';

/**
 * Emergency guidance as short messages, each quick to read in danger (every channel sends each
 * as its own message; SMS packs them into texts of at most 320, the 999 line first). The first
 * carries 999 and that the bot can't call for help; then the Silent Solution in two short
 * messages (how: cough or tap, press 55, silence alone is not enough; then that 55 does not give
 * your location); then the other ways to call. A crisis leads with Samaritans 116 123 and 999 if
 * life is at risk. Someone who said they can't speak gets the Silent Solution first. `repeat`
 * (staying with the person after guidance) is the short 999 and Silent Solution lines only, in one
 * message (about 210 characters).
 */
export function emergencyParagraphs(output: EmergencyOutput, tr: Translator): string[] {
  const t = (part: EmergencyPart) => tr.t(`emergency.${part}`);
  const ways = [t('bsl'), t('emergencySms'), t('relayUk')].join('\n\n');
  const silentSolution = [t('silentCall'), t('silentWhere')];
  if (output.level === 'crisis') {
    // Someone in crisis first hears warmth, 999 if life is at risk and Samaritans; then the rest.
    if (output.form === 'repeat') return [t('crisisLead'), t('silentShort')];
    return [t('crisisLead'), `${t('notAPerson')} ${t('silentShort')}`, ways];
  }
  if (output.form === 'repeat') {
    return output.silentFirst ? [...silentSolution, `${t('lead')} ${t('emergencySms')}`] : [`${t('lead')} ${t('silentShort')}`];
  }
  const samaritans = output.withCrisis ? [t('alsoCrisis')] : [];
  const lead = `${t('lead')} ${t('notAPerson')}`;
  if (output.silentFirst) return [...silentSolution, lead, ...samaritans, ways];
  return [lead, ...silentSolution, ...samaritans, ways];
}
