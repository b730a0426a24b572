/**
 * One webchat turn sent to a running bot over HTTP (expectReplies), and what the person got: an
 * acknowledged reply, the fail-safe message, an HTTP error, or nothing (the bot was unreachable).
 * Used by the tests that kill or race bot processes and count what was lost.
 */
import { expectedText } from './bot';

const FAILSAFE = expectedText('say:common.failsafe');

export type TurnOutcome = 'acknowledged' | 'failsafe' | 'unreachable' | `http-${number}`;

export async function sendTurn(url: string, conversation: string, text: string): Promise<TurnOutcome> {
  try {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text,
        channelId: 'webchat',
        conversation: { id: conversation },
        from: { id: 'person' },
        recipient: { id: 'bot' },
        serviceUrl: 'http://127.0.0.1:9/',
        deliveryMode: 'expectReplies',
        locale: 'en-GB',
      }),
    });
    if (response.status !== 200) return `http-${response.status}`;
    const body = (await response.json()) as { activities?: { text?: string }[] };
    return body.activities?.some((a) => a.text === FAILSAFE) ? 'failsafe' : 'acknowledged';
  } catch {
    return 'unreachable'; // connection refused or reset: not acknowledged
  }
}
