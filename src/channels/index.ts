/**
 * Picks the renderer for an activity's channel and renders the machine's outputs: at most 3
 * messages a turn besides emergency guidance (turn.cap.ts; SMS pages in sms.pages.ts).
 */
import { translator, type CopyLocale } from '../i18n';
import type { Output } from '../../machines/triage.types';
import type { ChannelKind, RenderedMessage } from './message';
import { renderPlain, renderSms } from './plain.renderer';
import { pageSmsTurn, type SmsTurn } from './sms.pages';
import { renderRich } from './rich.renderer';
import { renderTeams } from './teams.renderer';
import { capTurn } from './turn.cap';
export { renderTeamsSharedChat } from './teams.renderer';

export type { ChannelKind, ChoiceButton, ChoiceValue, RenderedMessage } from './message';
export { capTurn, MAX_MESSAGES_PER_TURN } from './turn.cap';

const RICH_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'test']);

export function channelKind(channelId: string | undefined): ChannelKind {
  if (channelId && RICH_CHANNELS.has(channelId)) return 'webchat';
  if (channelId === 'msteams') return 'msteams';
  if (channelId === 'sms') return 'sms';
  return 'plain';
}

export { nextSmsPages, SMS_MAX_TEXTS, SMS_TARGET, type SmsTurn } from './sms.pages';
export { smsCost, toGsm7 } from './gsm7';

/** "Reply MORE for the rest." and the words that ask for it, from the catalogue. */
export function smsPaging(locale: CopyLocale) {
  const tr = translator(locale, 'sms');
  return { moreNote: tr.t('sms.moreNote'), moreWords: tr.words('sms.moreWords') };
}

/** SMS: at most 3 texts of at most 320 characters, the question last; the rest paged (sms.pages.ts). */
export function renderSmsTurn(outputs: readonly Output[], locale: CopyLocale): SmsTurn {
  const tr = translator(locale, 'sms');
  return pageSmsTurn(renderSms(outputs, tr), { moreNote: smsPaging(locale).moreNote });
}

export function render(outputs: readonly Output[], channelId: string | undefined, locale: CopyLocale): RenderedMessage[] {
  const kind = channelKind(channelId);
  const tr = translator(locale, kind === 'plain' ? undefined : kind);
  switch (kind) {
    case 'webchat':
      return capTurn(renderRich(outputs, tr));
    case 'msteams':
      return capTurn(renderTeams(outputs, tr));
    case 'sms':
      return renderSmsTurn(outputs, locale).texts;
    case 'plain':
      return capTurn(renderPlain(outputs, tr));
  }
}
