/**
 * The catalogue review of issue 9 (read as a helpline worker and as a frightened person), through
 * the real turn handler: who the summary goes to, the safe-contact question, what happens after
 * sharing, a kept copy, deleting after sharing, what stays on each channel, no interpreter claim.
 */
import { describe, expect, it, vi } from 'vitest';
import { warmUpReadersFirst } from '../support/warm.readers';
import enGB from '../../locales/en-GB/translation.json';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { toConsent } from '../support/journeys';

warmUpReadersFirst();

// Whole conversations through the real detectors: the first one warms them up on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

type Bot = ReturnType<typeof createTestBot>;

/** Every string in a catalogue subtree. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return Object.values(value as object).flatMap(strings);
}

async function shared(bot: Bot, contact = 'Text only, after 6pm') {
  await toConsent(bot);
  const asked = await bot.choose('consent', 'share');
  await bot.turn(contact);
  await bot.choose('contactAddress', 'skip'); // words with no number or email: "what number or email?"
  const done = await bot.choose('shareTranscript', 'no');
  return { asked, done };
}

describe('who gets the summary is named', () => {
  it('nothing the person sees says an unnamed "support team"; the share button names the National Stalking Helpline team', async () => {
    const { staff: _staff, ...personFacing } = enGB;
    expect(strings(personFacing).filter((s) => /support team/i.test(s))).toEqual([]);
    const bot = createTestBot();
    await toConsent(bot);
    const share = await bot.choose('consent', 'share');
    expect(expectedText('say:questions.consent.choices.share')).toContain('National Stalking Helpline team');
    expect(share.at(-1)?.text).toContain('National Stalking Helpline team');
  });
});

describe('sharing the summary', () => {
  it('the safe-contact question asks for a number or email only they see, that the person causing harm cannot', async () => {
    const bot = createTestBot();
    const { asked } = await shared(bot);
    const question = asked.at(-1)?.text ?? '';
    expect(question).toBe(expectedText('ask:contactSafe'));
    expect(question).toMatch(/number or email that only you see/);
    expect(question).toMatch(/person harming you can see/);
  });

  it('after sharing: they will try to contact you as you said, no promised time, and what to do if it becomes urgent (999, 101)', async () => {
    const bot = createTestBot();
    const { done } = await shared(bot);
    const said = saidTexts(done);
    const sentAt = said.findIndex((t) => t.startsWith(expectedText('say:handoff.sent').split('"')[0]!));
    expect(sentAt).toBeGreaterThanOrEqual(0);
    expect(said).toContain(expectedText('say:handoff.urgent'));
    expect(expectedText('say:handoff.urgent')).toMatch(/999/);
    expect(expectedText('say:handoff.urgent')).toMatch(/101/);
    expect(said.join(' ')).not.toMatch(/within \d|in \d+ (hours|days)|will contact you/);
  });

  it('no way to contact them given: no "when they reach you" line', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    await bot.choose('consent', 'share');
    await bot.choose('contactSafe', 'skip');
    const said = saidTexts(await bot.choose('shareTranscript', 'no'));
    expect(said).toContain(expectedText('say:handoff.sentNoContact'));
    expect(said).not.toContain(expectedText('say:handoff.urgent'));
  });
});

describe('keeping the summary to read out', () => {
  it('warns that a saved copy on the phone could be seen by the person harming them', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    const said = saidTexts(await bot.choose('consent', 'keep'));
    expect(said).toContain(expectedText('say:consent.kept'));
    expect(said).toContain(expectedText('say:consent.keptCopyWarning'));
    expect(expectedText('say:consent.keptCopyWarning')).toMatch(/person harming you could see it/);
  });
});

describe('deleting after sharing', () => {
  it('"delete this conversation" at the end: this chat is deleted, the team keeps the copy it was sent', async () => {
    const bot = createTestBot();
    await shared(bot);
    const said = saidTexts(await bot.choose('afterEnd', 'deleteConversation'));
    expect(said).toContain(expectedText('say:delete.done'));
    expect(said).toContain(expectedText('say:delete.sharedKept'));
  });

  it('typing "delete" at the end after sharing says the same, and the shared summary is still with the team', async () => {
    const bot = createTestBot();
    await shared(bot);
    const said = saidTexts(await bot.turn('delete'));
    expect(said).toContain(expectedText('say:delete.sharedKept'));
    expect(await bot.handoffs.list()).toHaveLength(1);
  });

  it('"delete" without sharing says nothing about a team copy', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    const said = saidTexts(await bot.turn('delete'));
    expect(said).toContain(expectedText('say:delete.done'));
    expect(said).not.toContain(expectedText('say:delete.sharedKept'));
  });
});

describe('what stays behind, per channel', () => {
  it.each([
    ['sms', 'delete.done', /still on your phone/],
    ['webchat', 'delete.done', /browser's history/],
    ['msteams', 'delete.done', /stays in Teams/],
    ['sms', 'consent.deleted', /still on your phone/],
    ['webchat', 'consent.deleted', /browser's history/],
    ['msteams', 'consent.deleted', /stays in Teams/],
  ] as const)('%s: %s says what stays', async (channelId, key, stays) => {
    const bot = createTestBot({ channelId, conversationId: `stays-${channelId}-${key}` });
    await bot.turn('hi');
    const replies = key === 'delete.done' ? await bot.turn('delete') : await (async () => {
      await bot.turn('talk to a person');
      await bot.choose('summaryReview', 'looksRight');
      return bot.choose('consent', 'delete');
    })();
    const text = translator('en-GB', channelId).t(key);
    expect(text).toMatch(stays);
    expect(replies.map((r) => r.text ?? '').join('\n\n')).toContain(text);
  });
});

describe('language', () => {
  it('"change language" makes no claim about interpreters', async () => {
    const bot = createTestBot();
    await bot.turn('hi');
    const said = saidTexts(await bot.turn('change language'));
    expect(said).toContain(expectedText('say:language.onlyOne'));
    expect(said.join(' ')).not.toMatch(/interpret/i);
  });
});
