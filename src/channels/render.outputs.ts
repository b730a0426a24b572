/**
 * The loop every renderer shares: plain messages are worded the same everywhere; a channel
 * style decides how questions, emergency guidance and the summary look.
 */
import type { Translator } from '../i18n';
import type { Output } from '../../machines/triage.types';
import type { RenderedMessage } from './message';

type Of<K extends Output['kind']> = Extract<Output, { kind: K }>;

export interface ChannelStyle {
  ask(output: Of<'ask'>, tr: Translator): RenderedMessage;
  emergency(output: Of<'emergency'>, tr: Translator): RenderedMessage[];
  summary(output: Of<'summary'>, tr: Translator): RenderedMessage;
}

/** Longer explanations a short channel may send after the rest ("what the helpline does"). */
const EXPLANATION_KEYS = ['end.next.'];
const isExplanation = (key: string) => EXPLANATION_KEYS.some((prefix) => key.startsWith(prefix));

/** A topic's words for Scotland or Northern Ireland where it has them (`textOutside`, checked here), else its own. */
function topicKey(output: Extract<Output, { kind: 'topic' }>, tr: Translator): Parameters<Translator['list']>[0] {
  const outside = `topics.${output.topic}.textOutside` as const;
  return output.outsideEnglandWales && tr.has(outside) ? (outside as Parameters<Translator['list']>[0]) : `topics.${output.topic}.text`;
}

export function renderOutputs(outputs: readonly Output[], tr: Translator, style: ChannelStyle): RenderedMessage[] {
  return outputs.flatMap((output): RenderedMessage[] => {
    switch (output.kind) {
      case 'say':
        return [{ text: tr.t(output.key, output.params), ...(isExplanation(output.key) ? { deferrable: true as const } : {}) }];
      case 'riskReminder':
        return [{ text: tr.t('riskReminder') }];
      // One short message per topic, however many paragraphs it has.
      case 'topic':
        return [{ text: tr.list(topicKey(output, tr)).join('\n\n'), deferrable: true as const }];
      case 'ask':
        return [{ ...style.ask(output, tr), question: output.question }];
      case 'emergency':
        return style.emergency(output, tr);
      case 'summary':
        return [style.summary(output, tr)];
      // Not shown as messages: the adapter acts on these (or they were worded before rendering).
      case 'handoff':
      case 'deleteData':
      case 'nextSteps':
      case 'recommendation':
        return [];
    }
  });
}
