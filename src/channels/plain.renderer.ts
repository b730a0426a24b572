/**
 * Text-only channels (SMS, and any channel we don't know): numbered options, no cards. Typing
 * the number or the option's words answers (src/understanding/choice.matcher.ts).
 */
import { getQuestion } from '../../dialogs/questions';
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import { summaryText } from '../summary/summary.text';
import { choiceLabel, emergencyParagraphs, questionText } from './format';
import type { RenderedMessage } from './message';
import { renderOutputs } from './render.outputs';
import { cutToLimit, sentences, SMS_TARGET } from './sms.pages';

type AskOutput = Extract<Output, { kind: 'ask' }>;

function renderAsk(output: AskOutput, tr: Translator): string {
  const question = getQuestion(output.question);
  const choices = output.choices ?? question.choices;
  const list = choices.map((c, i) => `${i + 1}. ${choiceLabel(output.question, c, output.mode, tr)}`);
  const hint = question.kind === 'multi' && output.mode !== 'confirm' ? tr.t('common.multiHint') : tr.t('common.numberHint');
  return [questionText(output, tr), ...list, ...(list.length > 0 ? [hint] : [])].join('\n');
}

export function renderPlain(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return renderOutputs(outputs, tr, {
    ask: (output) => ({ text: renderAsk(output, tr) }),
    emergency: (output) => emergencyParagraphs(output, tr).map((text) => ({ text, importance: 'high' as const })),
    summary: (output) => ({ text: summaryText(output.summary, output.purpose, tr) }),
  });
}

/**
 * Emergency guidance as SMS texts: the first text is the 999 line (the opening sentences up to
 * and including the first that names 999), then the rest packed sentence by sentence into texts
 * of at most `limit` characters. Texts can arrive out of order or be cut off, so 999 never waits.
 */
export function smsEmergencyTexts(paragraphs: readonly string[], limit = SMS_TARGET): string[] {
  const pieces = paragraphs.map((p) => sentences(p).flatMap((s) => cutToLimit(s, limit)));
  const first = pieces[0] ?? [];
  const upTo999 = first.findIndex((s) => s.includes('999'));
  const leadCount = upTo999 === -1 ? 1 : upTo999 + 1;
  const texts: string[] = [];
  let current = '';
  const add = (sentence: string, separator: string) => {
    if (current && current.length + separator.length + sentence.length <= limit) current += separator + sentence;
    else {
      if (current) texts.push(current);
      current = sentence;
    }
  };
  first.slice(0, leadCount).forEach((s) => add(s, ' '));
  if (current) texts.push(current);
  current = '';
  pieces.forEach((paragraph, p) => {
    const rest = p === 0 ? paragraph.slice(leadCount) : paragraph;
    rest.forEach((s, i) => add(s, i === 0 ? '\n\n' : ' '));
  });
  if (current) texts.push(current);
  return texts;
}

/** SMS: like plain text, but emergency guidance is split for texts (999 first, each at most 320). */
export function renderSms(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return renderOutputs(outputs, tr, {
    ask: (output) => ({ text: renderAsk(output, tr) }),
    emergency: (output) =>
      smsEmergencyTexts(emergencyParagraphs(output, tr)).map((text) => ({ text, importance: 'high' as const })),
    summary: (output) => ({ text: summaryText(output.summary, output.purpose, tr) }),
  });
}
