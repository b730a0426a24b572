/**
 * Microsoft Teams: suggested actions don't work in group chats and are capped at three, so every
 * choice is an Adaptive Card (1.5) button that submits { q, c } - the same value Web Chat sends.
 */
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import type { ChoiceButton, RenderedMessage } from './message';
import { renderOutputs } from './render.outputs';
import { renderAsk, richStyle } from './rich.renderer';

/** The question stays in the message text; the card carries only its buttons. */
function buttonsCard(buttons: readonly ChoiceButton[]): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [],
    actions: buttons.map((b) => ({ type: 'Action.Submit', title: b.title, data: b.value })),
  };
}

export function renderTeams(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return renderOutputs(outputs, tr, {
    ...richStyle(tr),
    ask: (output) => {
      const message = renderAsk(output, tr);
      if (message.card || !message.buttons) return message;
      return { text: message.text, card: buttonsCard(message.buttons) };
    },
  });
}
