/**
 * Whole SMS conversations, every text counted (issues 8 and 9): each text at most 320 characters
 * and in the GSM-7 alphabet (no curly quotes, long dashes, ellipses or emoji that force the
 * UCS-2 encoding), whatever the person typed; emergency guidance starts with the 999 line.
 * Journeys: a shared summary and its news, an emergency the person stays in, a crisis, serious
 * harm, talk to a person, and the keywords. Through the real turn handler.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Activity, ConversationAccount } from 'botbuilder';
import { translator } from '../../src/i18n';
import { twimlReply } from '../../src/sms/twiml';
import { MemoryStore } from '../../src/storage';
import { MemoryHandoffStore } from '../../src/storage/handoff.store';
import { createTestTurnHandler, testAdapterFor } from '../support/turn.handler';

// The file's first conversation warms the date recognizer: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const sms = translator('en-GB', 'sms');

/**
 * GSM 03.38, written out here independently of the renderer's table: the basic alphabet and the
 * extension table (sent as escape + character). Anything else makes the carrier send UCS-2.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';
const notGsm7 = (text: string) => [...text].filter((ch) => !GSM7_BASIC.includes(ch) && !GSM7_EXTENSION.includes(ch));

type Step = string | { hub: 'accepted' | 'failed' | 'completed' };

interface Journey {
  name: string;
  steps: Step[];
  /** Checks on particular turns' texts, by step index. */
  check?: Record<number, (texts: string[], replies: Partial<Activity>[]) => void>;
}

// What people type on a phone: curly quotes, long dashes, ellipses, emoji.
const STORY = 'My ex “Dave” keeps texting me – “you’ll regret this”… every night since March 😢 and he turns up at my work';

const JOURNEYS: Journey[] = [
  {
    name: 'a shared summary, then news of it when they next text',
    steps: [
      'hi', '1', STORY, 'yes', 'yes', 'yes', 'yes', 'ok', 'no', 'yes', 'no', 'no', 'no', 'no', 'yes', 'yes',
      '1', '1', '1234567/24', 'move on', '1', 'MORE', '1', '1', 'text only – after 6pm…', '1',
      { hub: 'accepted' }, 'hello – any news?',
    ],
    check: {
      // "They will try to contact you", with their words made GSM-7 safe.
      25: (texts) => expect(texts.join('\n')).toContain('"text only - after 6pm..."'),
      27: (texts) => expect(texts[0]).toContain(sms.t('handoff.status.accepted')),
    },
  },
  {
    name: 'an emergency mid-conversation: the 999 line first, staying with them, then on',
    steps: ['hi', '1', 'he’s been messaging me for weeks', 'he’s outside my door right now…', 'I can’t talk he will hear me', 'they’ve gone', 'PERSON', '1', '2'],
    check: {
      3: (texts, replies) => {
        expect(texts[0]).toBe(sms.t('emergency.lead'));
        expect(replies[0]?.importance).toBe('high');
      },
      4: (_texts, replies) => expect(replies[0]?.importance).toBe('high'),
    },
  },
  {
    name: 'a crisis as the first message, then stopping',
    steps: ['I don’t want to be here anymore', 'no, not now', 'START AGAIN', '2', 'DANGER', '1', 'DELETE'],
    check: {
      0: (texts, replies) => {
        expect(replies[0]?.importance).toBe('high');
        expect(texts[0]).toContain('999');
      },
      4: (texts) => expect(texts[0]).toBe(sms.t('emergency.lead')),
    },
  },
  {
    name: 'serious harm with no time given, talk to a person, then exit',
    steps: ['hi', '1', 'he tried to strangle me — it was last week', 'no, not now', 'PERSON', 'MORE', '1', '2', 'EXIT'],
    check: {
      2: (texts) => expect(texts[0]!.startsWith(sms.t('harm.lead'))).toBe(true),
      // "Talk to a person": the helpline's number straight away.
      4: (texts) => {
        const words = texts.join(' ').replace(/\s+/g, ' ');
        expect(words).toContain(sms.t('person.intro', { hours: '\u0000' }).split('\u0000')[0]!.trim());
        expect(words).toMatch(/closed right now|open now|open 24 hours|opening hours/);
      },
    },
  },
];

async function run(journey: Journey) {
  const store = new MemoryStore();
  const handoffs = new MemoryHandoffStore();
  const handler = createTestTurnHandler({
    store,
    handoffs,
    // 19:00 on a Monday in London: inside "after 6pm".
    now: () => new Date('2026-11-30T19:00:00Z'),
    handoffHub: { channelId: 'agenthub', authenticated: false },
    notifyPerson: async () => false, // no text is started by the bot on SMS
  });
  const person = testAdapterFor(handler, { channelId: 'sms', locale: 'en-GB', conversation: { id: 'phone-1' } as ConversationAccount });
  const hub = testAdapterFor(handler, { channelId: 'agenthub', locale: 'en-GB', conversation: { id: 'hub-1' } as ConversationAccount });
  const all: string[] = [];
  for (const [i, step] of journey.steps.entries()) {
    if (typeof step !== 'string') {
      const [handoff] = await handoffs.list();
      expect(handoff, `${journey.name}: a handoff to report on`).toBeDefined();
      await hub.turn({ type: 'event', name: 'handoff.status', value: { state: step.hub, handoffId: handoff!.id } });
      continue;
    }
    const replies = (await person.turn(step)).filter((r) => r.type === 'message');
    const texts = replies.map((r) => r.text ?? '');
    const label = `${journey.name}, step ${i} "${step}"`;
    for (const text of texts) {
      expect(text.length, `${label}: ${text}`).toBeLessThanOrEqual(320);
      expect(notGsm7(text), `${label}: ${text}`).toEqual([]);
    }
    journey.check?.[i]?.(texts, replies);
    all.push(...texts);
  }
  return all;
}

describe('whole SMS conversations: every text at most 320 characters, GSM-7 only', () => {
  it.each(JOURNEYS.map((j) => [j.name, j] as const))('%s', async (_name, journey) => {
    const texts = await run(journey);
    expect(texts.length).toBeGreaterThan(journey.steps.length - 2);
    const longest = Math.max(...texts.map((t) => t.length));
    console.log(`${journey.name}: ${texts.length} texts, longest ${longest} characters`);
  });

  it('the failsafe is GSM-7, and the Twilio webhook reply makes any text GSM-7 safe whatever built it', () => {
    expect(notGsm7(sms.t('common.failsafe'))).toEqual([]);
    const xml = twimlReply(['he said “no” – then… 😢', sms.t('common.failsafe')]);
    expect(notGsm7(xml)).toEqual([]);
    expect(xml).toContain('<Message>he said "no" - then...</Message>');
  });

  it('the check itself catches what forces UCS-2', () => {
    expect(notGsm7('he said “no” – then…')).toEqual(['“', '”', '–', '…']);
    expect(notGsm7('I’m scared 😢')).toEqual(['’', '😢']);
    expect(notGsm7('£5, café, [tag] {x} ~ €')).toEqual([]);
  });
});
