/**
 * Web Chat, Direct Line and the Emulator: buttons as suggested actions, an Adaptive Card (1.5)
 * for multi-select questions and the summary.
 */
import { getQuestion } from '../../dialogs/questions';
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import { summaryCard, summaryTitle } from '../summary/summary.text';
import { choiceLabel, emergencyParagraphs, questionText } from './format';
import type { ChoiceButton, RenderedMessage } from './message';
import { renderOutputs, type ChannelStyle } from './render.outputs';

type AskOutput = Extract<Output, { kind: 'ask' }>;

/** Answers offered as card buttons beside the multi-select's own "Done". */
const CARD_SIDE_CHOICES = ['notSure', 'skip'];

function multiSelectCard(output: AskOutput, text: string, tr: Translator): Record<string, unknown> {
  const choices = (output.choices ?? getQuestion(output.question).choices).filter((c) => !CARD_SIDE_CHOICES.includes(c));
  const side = (output.choices ?? []).filter((c) => CARD_SIDE_CHOICES.includes(c));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text, wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: 'choices',
        isMultiSelect: true,
        style: 'expanded',
        label: text,
        // What was already understood from their words starts ticked.
        ...(output.params?.selected ? { value: String(output.params.selected) } : {}),
        choices: choices.map((c) => ({ title: choiceLabel(output.question, c, output.mode, tr), value: c })),
      },
    ],
    actions: [
      { type: 'Action.Submit', title: tr.t('common.multiSubmit'), data: { q: output.question } },
      ...side.map((c) => ({
        type: 'Action.Submit',
        title: choiceLabel(output.question, c, output.mode, tr),
        data: { q: output.question, c },
      })),
    ],
  };
}

export function renderAsk(output: AskOutput, tr: Translator): RenderedMessage {
  const text = questionText(output, tr);
  const question = getQuestion(output.question);
  if (question.kind === 'multi' && output.mode !== 'confirm') {
    return { text, card: multiSelectCard(output, text, tr) };
  }
  const choices = output.choices ?? question.choices;
  const buttons: ChoiceButton[] = choices.map((c) => ({
    title: choiceLabel(output.question, c, output.mode, tr),
    value: { q: output.question, c },
  }));
  // "I'm in danger" is offered at every question (text channels: the documented word "danger").
  if (output.question !== 'carryOn') buttons.push({ title: tr.t('choiceHints.dangerButton'), value: { cmd: 'danger' } });
  return { text, buttons };
}

/** How Web Chat shows emergency guidance and the summary (Teams shares it). */
export function richStyle(tr: Translator): Omit<ChannelStyle, 'ask'> {
  return {
    emergency: (output) => [{ text: emergencyParagraphs(output, tr).join('\n\n'), importance: 'high' }],
    summary: (output) => ({
      text: summaryTitle(output.purpose, tr),
      card: summaryCard(output.summary, output.purpose, tr),
    }),
  };
}

export function renderRich(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return renderOutputs(outputs, tr, { ...richStyle(tr), ask: (output) => renderAsk(output, tr) });
}
