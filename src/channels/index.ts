/**
 * Picks the renderer for an activity's channel and renders the machine's outputs.
 */
import { translator, type Locale } from '../i18n';
import type { Output } from '../../machines/triage.types';
import type { ChannelKind, RenderedMessage } from './message';
import { packForSms, renderPlain, renderSms } from './plain.renderer';
import { renderRich } from './rich.renderer';
import { renderTeams } from './teams.renderer';

export type { ChannelKind, ChoiceButton, ChoiceValue, RenderedMessage } from './message';

const RICH_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'test']);

export function channelKind(channelId: string | undefined): ChannelKind {
  if (channelId && RICH_CHANNELS.has(channelId)) return 'webchat';
  if (channelId === 'msteams') return 'msteams';
  if (channelId === 'sms') return 'sms';
  return 'plain';
}

/** Hard limit of one SMS reply (Twilio); longer text is split. */
export const SMS_HARD_LIMIT = 1600;

function splitLong(message: RenderedMessage, limit: number): RenderedMessage[] {
  if (message.text.length <= limit) return [message];
  const parts: RenderedMessage[] = [];
  let rest = message.text;
  while (rest.length > limit) {
    const cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf('. ', limit) + 1, Math.floor(limit / 2));
    parts.push({ ...message, text: rest.slice(0, cut).trim() });
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push({ ...message, text: rest });
  return parts;
}

export function render(outputs: readonly Output[], channelId: string | undefined, locale: Locale): RenderedMessage[] {
  const kind = channelKind(channelId);
  const tr = translator(locale, kind === 'plain' ? undefined : kind);
  switch (kind) {
    case 'webchat':
      return renderRich(outputs, tr);
    case 'msteams':
      return renderTeams(outputs, tr);
    case 'sms':
      return packForSms(renderSms(outputs, tr)).flatMap((m) => splitLong(m, SMS_HARD_LIMIT));
    case 'plain':
      return renderPlain(outputs, tr);
  }
}
