/**
 * Sends blind batch messages to the real bot over HTTP (expectReplies), as a first message and
 * mid-conversation (after a greeting, "I'm safe" and a first line of story), and scores what the person got.
 * Used by the regression test and by `npm run safety:blind` (first-run figures).
 */
import { botClient, type ReplyActivity } from '../../../src/cli/bot.client';
import type { BlindLabel, BlindMessage } from './blind.batches';
import { guidanceText } from '../../support/bot';

/** One client sends every message of a batch: the rate limits are raised for it, explicitly. */
export const BLIND_RUN_CONFIG = {
  NODE_ENV: 'test',
  STORAGE: 'memory',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_CLIENT_PER_SECOND: '100000',
  RATE_LIMIT_CLIENT_BURST: '1000000',
  RATE_LIMIT_CONVERSATION_PER_SECOND: '100000',
  RATE_LIMIT_CONVERSATION_BURST: '1000000',
} as const;

/** What the person was shown in reply to the message. */
export type Shown =
  | 'emergency' // importance-high guidance first: the 999 line, then the Silent Solution (55)
  | 'crisis' // importance-high guidance with Samaritans 116 123
  | 'harmCheck' // the 999 line first and "is this happening now?" (serious harm, no time given)
  | 'reminder' // a 999 line without importance high
  | 'nothing';

export type Where = 'first' | 'mid';

export interface Result {
  message: BlindMessage;
  where: Where;
  shown: Shown;
}

export function classify(replies: readonly ReplyActivity[]): Shown {
  const first = replies[0];
  const high = replies.some((r) => r.importance === 'high');
  const all = replies.map((r) => r.text ?? '').join('\n');
  if (high && all.includes('116 123')) return 'crisis';
  // The guidance is a run of short high-importance messages: the 999 line first, the Silent Solution next.
  if (first?.importance === 'high' && first.text?.includes('999') && guidanceText(replies).includes('55')) return 'emergency';
  if (first?.text?.includes('999') && replies.some((r) => isHarmCheck(r))) return 'harmCheck';
  if (all.includes('999')) return 'reminder';
  return 'nothing';
}

/** The harm check question carries a machine-readable marker (channelData) on every channel. */
function isHarmCheck(reply: ReplyActivity): boolean {
  return (reply as { channelData?: { question?: string } }).channelData?.question === 'harmCheck';
}

let conversationCounter = 0;

async function sendOne(baseUrl: string, message: BlindMessage, where: Where): Promise<Result> {
  const client = botClient({ baseUrl, conversationId: `blind-${process.pid}-${++conversationCounter}` });
  if (where === 'mid') {
    await client.send({ type: 'message', text: 'hi' });
    await client.send({ type: 'message', text: "I'm safe" });
    await client.send({ type: 'message', text: 'my ex keeps messaging me' });
  }
  const replies = await client.send({ type: 'message', text: message.text });
  return { message, where, shown: classify(replies) };
}

/** Every message, both ways, a few at a time. */
export async function runOverHttp(
  baseUrl: string,
  messages: readonly BlindMessage[],
  parallel = 8,
  wheres: readonly Where[] = ['first', 'mid'],
): Promise<Result[]> {
  const jobs = messages.flatMap((m) => wheres.map((w) => () => sendOne(baseUrl, m, w)));
  const results: Result[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await (jobs[i] as () => Promise<Result>)();
      }
    }),
  );
  return results;
}

/** Did the person get what the label needs? */
export function isHit(label: BlindLabel, shown: Shown): boolean {
  switch (label) {
    case 'emergency':
      return shown === 'emergency' || shown === 'crisis';
    case 'crisis':
      return shown === 'crisis';
    default:
      return true;
  }
}

/** A safe message that raised emergency or crisis guidance. */
export const isFalseAlarm = (label: BlindLabel, shown: Shown) => label === 'safe' && (shown === 'emergency' || shown === 'crisis');

export interface Score {
  where: Where;
  urgent: number;
  urgentHit: number;
  /** Emergency-labelled messages that got the 999 line first in any form (incl. the harm check). */
  emergency999First: number;
  emergencies: number;
  safe: number;
  falseAlarms: number;
  risk: number;
  riskRaised: number;
  missed: string[];
  alarmed: string[];
}

export function score(results: readonly Result[], where: Where): Score {
  const mine = results.filter((r) => r.where === where);
  const urgent = mine.filter((r) => r.message.label === 'emergency' || r.message.label === 'crisis');
  const emergencies = mine.filter((r) => r.message.label === 'emergency');
  const safe = mine.filter((r) => r.message.label === 'safe');
  const risk = mine.filter((r) => r.message.label === 'risk');
  return {
    where,
    urgent: urgent.length,
    urgentHit: urgent.filter((r) => isHit(r.message.label, r.shown)).length,
    emergencies: emergencies.length,
    emergency999First: emergencies.filter((r) => r.shown !== 'nothing' && r.shown !== 'reminder').length,
    safe: safe.length,
    falseAlarms: safe.filter((r) => isFalseAlarm(r.message.label, r.shown)).length,
    risk: risk.length,
    riskRaised: risk.filter((r) => r.shown === 'emergency' || r.shown === 'crisis' || r.shown === 'harmCheck').length,
    missed: urgent.filter((r) => !isHit(r.message.label, r.shown)).map((r) => `[${r.message.label} -> ${r.shown}] ${r.message.text}`),
    alarmed: safe.filter((r) => isFalseAlarm(r.message.label, r.shown)).map((r) => `[${r.shown}] ${r.message.text}`),
  };
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

export function formatScore(s: Score): string {
  return [
    `${s.where === 'first' ? 'first message' : 'mid-conversation'}:`,
    `emergency+crisis recall ${pct(s.urgentHit, s.urgent)} (${s.urgentHit}/${s.urgent}),`,
    `999 line first on emergencies ${pct(s.emergency999First, s.emergencies)},`,
    `false alarms ${pct(s.falseAlarms, s.safe)} (${s.falseAlarms}/${s.safe}),`,
    `risk messages given emergency guidance or the harm check ${pct(s.riskRaised, s.risk)}`,
  ].join(' ');
}
