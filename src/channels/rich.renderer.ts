/**
 * Web Chat, Direct Line and the Emulator: buttons as suggested actions, an Adaptive Card (1.5)
 * for multi-select questions and the summary.
 */
import { getQuestion } from '../../dialogs/questions';
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import { summaryCard, summaryTitle } from '../summary/summary.text';
import { dangerRow } from './cards';
import { choiceLabel, emergencyParagraphs, questionText } from './format';
import type { ChoiceButton, RenderedMessage } from './message';
import { renderOutputs, type ChannelStyle } from './render.outputs';

type AskOutput = Extract<Output, { kind: 'ask' }>;

/** Answers offered as card buttons beside the multi-select's own "Done". */
const CARD_SIDE_CHOICES = ['notSure', 'skip'];

/**
 * Web Chat shows suggested actions in a row that scrolls sideways on a phone: at most this many
 * (with "I'm in danger" first); a longer list is a card whose buttons are stacked.
 */
export const MAX_SUGGESTED_ACTIONS = 6;

const dangerButton = (tr: Translator): ChoiceButton => ({ title: tr.t('choiceHints.dangerButton'), value: { cmd: 'danger' } });

/** A long list of choices as a card: the danger row on top, then one button per choice. */
function choiceListCard(buttons: readonly ChoiceButton[]): Record<string, unknown> {
  const danger = buttons.find((b) => 'cmd' in b.value);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: danger ? [dangerRow(danger)] : [],
    actions: buttons.filter((b) => b !== danger).map((b) => ({ type: 'Action.Submit', title: b.title, data: b.value })),
  };
}

/** The question is the message's text, once; the card holds the danger row and the boxes (labels wrap). */
function multiSelectCard(output: AskOutput, tr: Translator): Record<string, unknown> {
  const choices = (output.choices ?? getQuestion(output.question).choices).filter((c) => !CARD_SIDE_CHOICES.includes(c));
  const side = (output.choices ?? []).filter((c) => CARD_SIDE_CHOICES.includes(c));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      dangerRow(dangerButton(tr)),
      {
        type: 'Input.ChoiceSet',
        id: 'choices',
        isMultiSelect: true,
        style: 'expanded',
        wrap: true,
        label: tr.t('common.multiLabel'),
        // What was already understood from their words starts ticked.
        // (An Adaptive Card multi-select holds its value as comma-separated choice ids.)
        ...(output.selected && output.selected.length > 0 ? { value: output.selected.join(',') } : {}),
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
    return { text, card: multiSelectCard(output, tr) };
  }
  const choices = output.choices ?? question.choices;
  const buttons: ChoiceButton[] = choices.map((c) => ({
    title: choiceLabel(output.question, c, output.mode, tr),
    value: { q: output.question, c },
  }));
  // "I'm in danger" is offered at every question, first, so a phone shows it without scrolling
  // (text channels: the documented word "danger").
  if (output.question !== 'carryOn') buttons.unshift(dangerButton(tr));
  return { text, buttons };
}

/** Web Chat: up to six suggested actions; a longer list as a card (the danger row on top). */
export function renderWebChatAsk(output: AskOutput, tr: Translator): RenderedMessage {
  const message = renderAsk(output, tr);
  if (!message.buttons || message.buttons.length <= MAX_SUGGESTED_ACTIONS) return message;
  return { text: message.text, card: choiceListCard(message.buttons) };
}

/** How Web Chat shows emergency guidance and the summary (Teams shares it). */
export function richStyle(tr: Translator): Omit<ChannelStyle, 'ask'> {
  return {
    emergency: (output) => emergencyParagraphs(output, tr).map((text) => ({ text, importance: 'high' as const })),
    summary: (output) => ({
      text: summaryTitle(output.purpose, tr),
      card: summaryCard(output.summary, output.purpose, tr),
    }),
  };
}

export function renderRich(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return renderOutputs(outputs, tr, { ...richStyle(tr), ask: (output) => renderWebChatAsk(output, tr) });
}
