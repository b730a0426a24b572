/**
 * A caseworker review: "only text after 6pm" typed in a web chat gave the team a way and a time but
 * nothing to text. Words with no number or email are followed by one question asking for them.
 */
import { describe, expect, it, vi } from 'vitest';
import { givesAnAddress } from '../../src/contact/address';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { toConsent } from '../support/journeys';

// Each test runs a whole conversation; the file's first warms the date recognizer (slow on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

describe('givesAnAddress', () => {
  it.each([
    'text me on 07700 900123 after 6pm',
    '07700900123',
    '+44 7700 900 123, evenings',
    'call (0161) 496 0000 weekdays',
    'email me: safe.me@example.co.uk',
    'whatsapp 07700-900-123 only',
    'Any time, here in this chat',
    'only on here please',
    // the chat named in other words (blind contact batch 2's kind)
    'reply here please',
    'message me back here tonight',
    'through the website, after 8',
    "I'll log back in tomorrow",
    'here. weekdays',
    'web chat only',
    'not by phone, here is safest',
    'can we keep talking here',
    'get back to me here if you can',
  ])('%s: holds a number or email, or names this chat', (words) => {
    expect(givesAnAddress(words)).toBe(true);
  });
  it.each([
    'only text after 6pm', 'call me between 9 and 5', 'email is best', 'my mobile, not the landline', 'after the 14th', 'text only, after 6pm on 12/12/2026',
    'call me here at home after 6', 'here is the best time: after 6', "text me, I'm not from here",
  ])(
    '%s: no number or email',
    (words) => {
      expect(givesAnAddress(words)).toBe(false);
    },
  );
});

async function atContact(channelId = 'webchat') {
  const bot = createTestBot({ channelId });
  await toConsent(bot);
  await bot.choose('consent', 'share');
  return bot;
}

describe('asking for the number or email once', () => {
  const web = translator('en-GB', 'webchat');

  it('a way and a time with no number in a web chat: asked for the number, which the team then gets with the words', async () => {
    const bot = await atContact();
    expect(saidTexts(await bot.turn('only text after 6pm')).at(-1)).toBe(expectedText('ask:contactAddress'));
    expect(saidTexts(await bot.turn('07700 900123')).at(-1)).toBe(expectedText('ask:shareTranscript'));
    const done = saidTexts(await bot.choose('shareTranscript', 'no'));
    expect(done).toContain(web.t('handoff.sent', { contact: 'only text after 6pm - 07700 900123' }));
    expect((await bot.handoffs.list())[0]?.summary.contactSafe).toBe('only text after 6pm - 07700 900123');
  });

  it('skipped, or "no": their first words stand, and the team sees no number', async () => {
    for (const answer of ['skip', 'no', "I'd rather not"]) {
      const bot = await atContact();
      await bot.turn('only text after 6pm');
      const next = answer === 'skip' ? await bot.choose('contactAddress', 'skip') : await bot.turn(answer);
      expect(saidTexts(next).at(-1)).toBe(expectedText('ask:shareTranscript'));
      await bot.choose('shareTranscript', 'no');
      const [stored] = await bot.handoffs.list();
      expect(stored?.summary.contactSafe).toBe('only text after 6pm');
      expect(stored?.summary.contactRefused).toBeUndefined();
    }
  });

  it('words that now rule contact out ("actually please don\'t contact me"): nobody will, and they are told so', async () => {
    const bot = await atContact();
    await bot.turn('only text after 6pm');
    await bot.turn("actually please don't contact me");
    const done = saidTexts(await bot.choose('shareTranscript', 'no'));
    expect(done.join('\n')).toContain(web.t('handoff.sentAskedNoContact').slice(0, 60));
    expect((await bot.handoffs.list())[0]?.summary.contactRefused).toBe(true);
  });

  it('"no, I\'d rather not give one" at the number question declines a number, not contact: their words stand for the team', async () => {
    const bot = await atContact();
    await bot.turn('only text after 6pm');
    expect(saidTexts(await bot.turn("no, I'd rather not give one")).at(-1)).toBe(expectedText('ask:shareTranscript'));
    await bot.choose('shareTranscript', 'no');
    const [stored] = await bot.handoffs.list();
    expect(stored?.summary.contactSafe).toBe("only text after 6pm - no, I'd rather not give one");
    expect(stored?.summary.contactRefused).toBeUndefined();
  });

  it('words that may rule contact out ("no. if he sees a missed call he will know") are asked about, never guessed: "Nobody should contact me" - nobody will, and they are told so', async () => {
    const bot = await atContact();
    expect(saidTexts(await bot.turn('no. if he sees a missed call he will know')).at(-1)).toBe(expectedText('ask:contactCheckThenAddress'));
    expect(saidTexts(await bot.choose('contactCheckThenAddress', 'noContact')).at(-1)).toBe(expectedText('ask:shareTranscript'));
    const done = saidTexts(await bot.choose('shareTranscript', 'no'));
    expect(done.join('\n')).toContain(web.t('handoff.sentAskedNoContact').slice(0, 60));
    const [stored] = await bot.handoffs.list();
    expect(stored?.summary.contactRefused).toBe(true);
    expect(stored?.summary.contactSafe).toBe('no. if he sees a missed call he will know');
  });

  it('"They can use what I said" keeps their words as a way, then asks for the number or email they did not give', async () => {
    const bot = await atContact();
    expect(saidTexts(await bot.turn("Nobody from the police please. I'll ring you from my sister's")).at(-1)).toBe(expectedText('ask:contactCheckThenAddress'));
    expect(saidTexts(await bot.turn('they can use what I said')).at(-1)).toBe(expectedText('ask:contactAddress'));
    await bot.turn('07700 900123');
    await bot.choose('shareTranscript', 'no');
    const [stored] = await bot.handoffs.list();
    expect(stored?.summary.contactRefused).toBeUndefined();
    expect(stored?.summary.contactSafe).toBe("Nobody from the police please. I'll ring you from my sister's - 07700 900123");
  });

  it('with a number given, no check for a way limited ("nobody should ring the landline"); on SMS, a check and then straight on', async () => {
    const bot = await atContact();
    expect(saidTexts(await bot.turn('nobody should ring the landline, he listens in. 07700 900456 is mine')).at(-1)).toBe(expectedText('ask:shareTranscript'));
    const bot2 = await atContact('sms');
    // on SMS the channel is the address: checked, then straight on
    expect(saidTexts(await bot2.turn("Best if you don't. I'll be in touch")).join('\n')).toContain(web.t('questions.contactCheck.prompt'));
    expect(saidTexts(await bot2.choose('contactCheck', 'asSaid')).join('\n')).toContain(web.t('questions.shareTranscript.prompt'));
  });

  it('a plain refusal needs no check: "please don\'t contact me" goes straight on, nobody will contact them', async () => {
    const bot = await atContact();
    expect(saidTexts(await bot.turn("please don't contact me")).at(-1)).toBe(expectedText('ask:shareTranscript'));
    await bot.choose('shareTranscript', 'no');
    expect((await bot.handoffs.list())[0]?.summary.contactRefused).toBe(true);
  });

  it('not asked when the words hold a number or an email', async () => {
    for (const words of ['text 07700 900123 after 6pm', 'email safe.me@example.com any time']) {
      const bot = await atContact();
      expect(saidTexts(await bot.turn(words)).at(-1)).toBe(expectedText('ask:shareTranscript'));
    }
  });

  it('not asked on SMS or Teams: the channel reaches them', async () => {
    for (const channelId of ['sms', 'msteams']) {
      const bot = await atContact(channelId);
      const replies = saidTexts(await bot.turn('only text after 6pm'));
      expect(replies.join('\n')).not.toContain(web.t('questions.contactAddress.reask'));
      expect(replies.join('\n')).not.toContain('What phone number or email address');
    }
  });
});
