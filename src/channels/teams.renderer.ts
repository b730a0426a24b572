/**
 * Microsoft Teams: suggested actions don't work in group chats and are capped at three, so every
 * choice is an Adaptive Card (1.5) button that submits { q, c } - the same value Web Chat sends.
 * "I'm in danger" is on every question card in its own row above the answers, never beside "Yes"
 * where it is easy to mis-tap. Teams throttles a conversation above 7 messages a second, so a
 * turn's plain messages (explanations, next steps) go as one message.
 */
import { translator, type CopyLocale, type Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import { dangerRow } from './cards';
import type { ChoiceButton, RenderedMessage } from './message';
import { renderOutputs } from './render.outputs';
import { renderAsk, richStyle } from './rich.renderer';

/** Teams shows only a few top-level card buttons: longer lists become a choice set. */
const MAX_CARD_BUTTONS = 5;

/** The question stays in the message text; the card carries the danger row and the choices. */
function choicesCard(question: string, buttons: readonly ChoiceButton[], submitTitle: string): Record<string, unknown> {
  const danger = buttons.find((b) => 'cmd' in b.value);
  const choices = buttons.filter((b) => 'q' in b.value);
  const first = choices[0]?.value;
  const asButtons = choices.length <= MAX_CARD_BUTTONS || !first || !('q' in first);
  const submit = (b: ChoiceButton) => ({ type: 'Action.Submit', title: b.title, data: b.value });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      ...(danger ? [dangerRow(danger)] : []),
      ...(asButtons
        ? []
        : [
            {
              type: 'Input.ChoiceSet',
              id: 'choices',
              style: 'expanded',
              wrap: true,
              label: question,
              choices: choices.map((b) => ({ title: b.title, value: 'c' in b.value ? b.value.c : '' })),
            },
          ]),
    ],
    actions: asButtons ? choices.map(submit) : [{ type: 'Action.Submit', title: submitTitle, data: { q: first.q } }],
  };
}

/** Consecutive plain messages (no card, question or emergency) as one: fewer, larger messages. */
export function joinPlainMessages(messages: readonly RenderedMessage[]): RenderedMessage[] {
  const joined: RenderedMessage[] = [];
  const plain = (m: RenderedMessage | undefined) => m !== undefined && !m.card && !m.buttons && !m.question && !m.importance;
  for (const message of messages) {
    const last = joined[joined.length - 1];
    if (plain(last) && plain(message)) joined[joined.length - 1] = { text: `${last!.text}\n\n${message.text}` };
    else joined.push({ ...message });
  }
  return joined;
}

export function renderTeams(outputs: readonly Output[], tr: Translator): RenderedMessage[] {
  return joinPlainMessages(
    renderOutputs(outputs, tr, {
      ...richStyle(tr),
      ask: (output) => {
        const message = renderAsk(output, tr);
        if (message.card || !message.buttons) return message;
        return { text: message.text, card: choicesCard(message.text, message.buttons, tr.t('common.multiSubmit')) };
      },
    }),
  );
}

/**
 * A group chat or channel: only this short message (the numbers, and a way to a private chat).
 * `privateChatUrl` opens a one-to-one chat with the bot.
 */
export function renderTeamsSharedChat(locale: CopyLocale, privateChatUrl: string | undefined): RenderedMessage {
  const tr = translator(locale, 'msteams');
  const text = tr.t('teams.sharedChat');
  if (!privateChatUrl) return { text };
  return {
    text,
    card: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [],
      actions: [{ type: 'Action.OpenUrl', title: tr.t('teams.privateChat'), url: privateChatUrl }],
    },
  };
}
