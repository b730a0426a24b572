/**
 * Honest promises and tone (issue 9), through the real turn handler: how long words are kept,
 * where confidentiality ends, "they will try to contact you", what "exit" leaves on a web page,
 * no pressure or blame, words kept rather than brushed past, and "talk to a person" giving the
 * helpline's number and hours at once. (Handoff news and safe contact: handoff.news.test.ts;
 * SMS texts: sms.conversations.test.ts.)
 */
import { describe, expect, it, vi } from 'vitest';
import type { Activity, ConversationAccount } from 'botbuilder';
import { CATALOGUES, translator } from '../../src/i18n';
import { createTestBot, saidTexts } from '../support/bot';
import { toConsent } from '../support/journeys';
import { createTestTurnHandler, testAdapterFor } from '../support/turn.handler';

// The file's first conversation warms the date recognizer: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const web = translator('en-GB', 'webchat');
const texts = saidTexts;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every string of the en-GB catalogue a person can be shown (not word lists, not the staff console). */
function personCopy(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') {
      if (!/(^|\.)(synonyms|means|words|asks|moreWords|leadingYes|leadingNo|answerAfterNo)(\.|$)/.test(key) && !key.startsWith('staff.') && !key.startsWith('signals.')) found.push([key, node]);
    } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${key}.${i}`));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(CATALOGUES['en-GB'], '');
  return found;
}

describe('the welcome says how long what they type is kept', () => {
  it.each(['webchat', 'sms', 'msteams', 'emulator'])('%s: RETENTION_DAYS from the configuration, not "only in this chat"', async (channelId) => {
    const handler = createTestTurnHandler({ retentionMs: 14 * DAY_MS });
    const chat = testAdapterFor(handler, { channelId, locale: 'en-GB', conversation: { id: 'c1' } as ConversationAccount });
    const welcome = texts(channelId === 'sms' ? await chat.turn('hi') : await chat.turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }], recipient: { id: 'bot', name: 'bot' } })).join('\n');
    expect(welcome).toContain('14 days');
    expect(welcome).not.toMatch(/only (to help you )?in this chat/);
    expect(welcome).not.toContain('{{');
  });
});

describe('consent and the helpline copy say where confidentiality ends', () => {
  it('the consent question says information is passed on if someone is at risk of harm (FACTS.md)', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn('person');
    const consent = texts(await bot.choose('summaryReview', 'looksRight'));
    expect(consent.at(-1)).toMatch(/confidential/);
    expect(consent.at(-1)).toMatch(/law requires it or someone is at risk of harm/);
  });

  it('choosing the helpline, the end says the same about the helpline', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    const end = texts(await bot.choose('consent', 'keep')).join('\n');
    expect(end).toContain(web.t('end.next.helpline'));
    expect(web.t('end.next.helpline')).toMatch(/law requires it or someone is at risk of harm/);
  });
});

describe('"they will try to contact you", never a promise that they will', () => {
  it('no message promises contact', () => {
    for (const [key, text] of personCopy()) expect(text, key).not.toMatch(/(?<!nobody )\b(will|can|'ll) contact you\b/i);
  });

  it('sharing with safe-contact words: the end quotes how and when they said is safe', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    await bot.choose('consent', 'share');
    await bot.turn('text only, after 6pm');
    await bot.choose('contactAddress', 'skip');
    const shared = texts(await bot.choose('shareTranscript', 'no'));
    expect(shared).toContain(web.t('handoff.sent', { contact: 'text only, after 6pm' }));
    expect(shared.join('\n')).toMatch(/will try to contact you in the way and at the time you said is safe: "text only, after 6pm"/);
  });
});

describe('"exit" on the web says what stays on screen and in history', () => {
  it('web chat: the page clears, and the confirmation says what stays until the page is closed', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn('exit');
    expect(replies[0]).toMatchObject({ type: 'event', name: 'conversation.clear', value: { reason: 'exit' } });
    const done = texts(replies).join('\n');
    expect(done).toBe(web.t('exit.done'));
    expect(done).toMatch(/stays on screen until you close the page/);
    expect(done).toMatch(/browser's history/);
  });

  it('SMS keeps its own words (texts stay on the phone)', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn('hi');
    expect(texts(await bot.turn('EXIT')).join('\n')).toContain(translator('en-GB', 'sms').t('exit.done'));
  });
});

describe('no pressure or blame', () => {
  const BANNED = [/keep going/i, /it helps the right people/i, /\bnot yet\b/i, /as safe as you can/i, /let's carry on/i, /let's keep/i, /why didn't you/i, /you should have/i];

  it('no message the person can see pushes or blames', () => {
    for (const [key, text] of personCopy()) for (const phrase of BANNED) expect(text, key).not.toMatch(phrase);
  });

  it('frightening words get the 999 line and the question, without "keep going"', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.choose('story', 'skip');
    const replies = texts(await bot.turn('he threatened to hurt me last month'));
    expect(replies.join('\n')).toContain(web.t('riskReminder'));
    expect(replies.join('\n')).not.toMatch(/keep going/i);
  });

  it('evidence and police answers are plain "No", and the summary does not say "not yet"', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    for (const q of ['story', 'who', 'what', 'since', 'howOften', 'riskConsent'] as const) await bot.choose(q, 'skip');
    const evidence = await bot.choose('evidence', 'no');
    expect(web.t('questions.evidence.choices.no')).toBe('No');
    expect(web.t('questions.police.choices.notReported')).toBe('No');
    expect(texts(evidence).at(-1)).toContain(web.t('questions.police.prompt'));
    await bot.choose('police', 'notReported');
    await bot.choose('moreTopics', 'moveOn');
    const summary = JSON.stringify(await bot.turn('person'));
    expect(summary).not.toMatch(/not yet/i);
  });

  it('"No, not now" after emergency guidance: the 999 line and Samaritans, no instruction to keep safe', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn("he's outside my door right now");
    const stopped = texts(await bot.choose('carryOn', 'no')).join('\n');
    expect(stopped).toContain(web.t('emergency.stopping'));
    expect(stopped).toContain('999');
    expect(stopped).not.toMatch(/as safe as you can/i);
  });
});

describe('words are kept, not brushed past', () => {
  it('more of their story at the summary question: kept, and the summary shown again with it', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn('person');
    const replies = await bot.turn('he also left flowers at my work yesterday with a note');
    expect(texts(replies)).toContain(web.t('story.thanksEarly'));
    expect(JSON.stringify(replies)).toContain('he also left flowers at my work yesterday with a note');
    expect(texts(replies).at(-1)).toBe(web.t('questions.summaryReview.prompt'));
  });

  it('at the consent question too, before anything is shared', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    const replies = await bot.turn('and he sent my mum a message about me last night');
    expect(texts(replies)).toContain(web.t('story.thanksEarly'));
    expect(JSON.stringify(replies)).toContain('and he sent my mum a message about me last night');
    expect(texts(replies).at(-1)).toBe(web.t('questions.summaryReview.prompt'));
  });

  it('after the end: said honestly where it can still go, then the question again', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    await bot.choose('consent', 'keep');
    const replies = texts(await bot.turn('he also sent flowers to my work yesterday'));
    expect(replies).toEqual([web.t('end.toldAfter'), web.t('questions.afterEnd.reask')]);
  });
});

describe('"talk to a person" gives the helpline number and hours straight away', () => {
  it.each([
    ['a Monday at 11:00, open', '2026-11-30T11:00:00Z', /open now/],
    ['a Wednesday at 11:00, opening at 13:00', '2026-12-02T11:00:00Z', /opens today at 13:00/],
    ['a Saturday, closed', '2026-12-05T11:00:00Z', /opens on Monday at 09:30/],
  ])('%s', async (_when, iso, hours) => {
    const handler = createTestTurnHandler({ now: () => new Date(iso) });
    const chat = testAdapterFor(handler);
    await chat.turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }], recipient: { id: 'bot', name: 'bot' } });
    const replies = texts(await chat.turn('talk to a person'));
    expect(replies.length).toBeLessThanOrEqual(3);
    const first = replies[0]!;
    expect(first).toContain('0808 802 0300');
    expect(first).toMatch(hours);
    expect(first).toMatch(/will try to contact you/);
  });
});
