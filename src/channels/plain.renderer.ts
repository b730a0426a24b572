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
 * SMS: join consecutive ordinary messages while they fit in `target` characters, so a person is
 * not sent a burst of tiny texts. Emergency messages stay separate and first.
 */
export function packForSms(messages: readonly RenderedMessage[], target = 320): RenderedMessage[] {
  const packed: RenderedMessage[] = [];
  for (const message of messages) {
    const last = packed[packed.length - 1];
    if (last && !last.importance && !message.importance && last.text.length + 2 + message.text.length <= target) {
      last.text = `${last.text}\n\n${message.text}`;
    } else {
      packed.push({ ...message });
    }
  }
  return packed;
}
