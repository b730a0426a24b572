/**
 * Microsoft Teams: suggested actions don't work in group chats and are capped at three, so every
 * choice is an Adaptive Card (1.5) button that submits { q, c } - the same value Web Chat sends.
 */
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import type { ChoiceButton, RenderedMessage } from './message';
import { renderOutputs } from './render.outputs';
import { renderAsk, richStyle } from './rich.renderer';

/** Teams shows only a few top-level card buttons: longer lists become a choice set. */
const MAX_CARD_BUTTONS = 5;

/**
 * The question stays in the message text; the card carries the choices. "I'm in danger" is always
 * the first button, so it can never be hidden behind a long list.
 */
function choicesCard(question: string, buttons: readonly ChoiceButton[], submitTitle: string): Record<string, unknown> {
  const danger = buttons.filter((b) => 'cmd' in b.value);
  const choices = buttons.filter((b) => 'q' in b.value);
  const first = choices[0]?.value;
  const asButtons = choices.length <= MAX_CARD_BUTTONS || !first || !('q' in first);
  const submit = (b: ChoiceButton) => ({ type: 'Action.Submit', title: b.title, data: b.value });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: asButtons
      ? []
      : [
          {
            type: 'Input.ChoiceSet',
            id: 'choices',
            style: 'expanded',
            label: question,
            choices: choices.map((b) => ({ title: b.title, value: 'c' in b.value ? b.value.c : '' })),
          },
        ],
    actions: asButtons
      ? [...danger.map(submit), ...choices.map(submit)]
      : [...danger.map(submit), { type: 'Action.Submit', title: submitTitle, data: { q: first.q } }],
  };
}

export function renderTeams(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return renderOutputs(outputs, tr, {
    ...richStyle(tr),
    ask: (output) => {
      const message = renderAsk(output, tr);
      if (message.card || !message.buttons) return message;
      return { text: message.text, card: choicesCard(message.text, message.buttons, tr.t('common.multiSubmit')) };
    },
  });
}
