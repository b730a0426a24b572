/**
 * Microsoft Teams as its users live it (issue 13): choices as Adaptive Card buttons with "I'm in
 * danger" in its own row, fewer and larger messages, @mentions, group chats and channels, privacy.
 */
import { describe, expect, it } from 'vitest';
import { warmUpReadersFirst } from '../support/warm.readers';
import type { Activity } from 'botbuilder';
import { MemoryStore } from '../../src/storage';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, guidanceText } from '../support/bot';

warmUpReadersFirst();

type Action = { type: string; title: string; data?: unknown; url?: string };
type Block = { type: string; actions?: Action[]; choices?: unknown[]; wrap?: boolean };
type Card = { version: string; body: Block[]; actions?: Action[] };
const card = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Card | undefined;
const teams = translator('en-GB', 'msteams');

/** Every Action.Submit on a card, in reading order (body rows first, then the card's actions). */
function buttons(content: Card | undefined): unknown[][] {
  return [...(content?.body ?? []).filter((b) => b.type === 'ActionSet').map((b) => (b.actions ?? []).map((a) => a.data)), (content?.actions ?? []).map((a) => a.data)];
}

describe('Teams', () => {
  it('welcomes with the Teams privacy warning; "I\'m in danger" is on the card, in its own row', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.join();
    expect(replies.map((r) => r.text).join('\n')).toContain(teams.t('welcome.privacy', { retentionDays: 30 }));
    expect(replies.every((r) => !r.suggestedActions)).toBe(true);
    const ask = replies.at(-1);
    expect(ask?.text).toBe(expectedText('ask:safety', 'msteams'));
    expect(card(ask)?.version).toBe('1.5');
    expect(buttons(card(ask))).toEqual([[{ cmd: 'danger' }], [{ q: 'safety', c: 'safe' }, { q: 'safety', c: 'notSafe' }, { q: 'safety', c: 'notSure' }]]);
  });

  it('a yes/no question: "I\'m in danger" is never beside "Yes"', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    await bot.choose('safety', 'safe');
    const confirm = (await bot.turn('my ex keeps texting me')).at(-1);
    const [danger, answers] = buttons(card(confirm));
    expect(danger).toEqual([{ cmd: 'danger' }]);
    expect(answers?.[0]).toEqual({ q: 'who', c: 'yes' });
    expect(answers).not.toContainEqual({ cmd: 'danger' });
  });

  it('a long list is a choice set (labels wrap) with the danger row first; its submission answers', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    await bot.choose('safety', 'safe');
    const who = (await bot.choose('story', 'skip')).at(-1);
    const content = card(who)!;
    expect(content.body[0]?.type).toBe('ActionSet');
    const set = content.body.find((b) => b.type === 'Input.ChoiceSet');
    expect(set?.choices?.length).toBe(11); // the who choices, "someone else I know" included
    expect(set?.wrap).toBe(true);
    expect(buttons(content)).toEqual([[{ cmd: 'danger' }], [{ q: 'who' }]]);
    const next = await bot.turn({ type: 'message', value: { q: 'who', choices: 'neighbour' } });
    expect(next.at(-1)?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('a card button submission answers the question; emergencies are high-importance text', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    const next = await bot.choose('safety', 'safe');
    expect(next.at(-1)?.text).toBe(expectedText('ask:story', 'msteams'));
    const danger = await bot.turn({ type: 'message', value: { cmd: 'danger' } });
    expect(danger[0]?.importance).toBe('high');
    expect(danger[0]?.text).toContain('999');
    expect(guidanceText(danger)).toContain('55');
    expect(danger[0]?.attachments ?? []).toEqual([]);
  });

  it('fewer, larger messages: no turn sends more than 3 (Teams throttles above 7 a second), explanations in one', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const turns = [await bot.join()];
    for (const [q, c] of [['safety', 'safe'], ['story', 'skip'], ['who', 'exPartner']] as const) turns.push(await bot.choose(q, c));
    turns.push(await bot.chooseMany('what', ['threats', 'tracking']));
    for (const [q, c] of [['since', 'thisMonth'], ['howOften', 'daily'], ['riskConsent', 'skip'], ['evidence', 'no'], ['police', 'notReported'], ['moreTopics', 'moveOn'], ['options', 'helpline'], ['summaryReview', 'looksRight'], ['consent', 'keep']] as const) {
      turns.push(await bot.choose(q, c));
    }
    for (const replies of turns) expect(replies.length, replies.map((r) => r.text?.slice(0, 30)).join(' | ')).toBeLessThanOrEqual(3);
    // The explanations (two, tailored: tracking) in one message, then the "Want to know more?" list.
    const explained = turns[9]!;
    expect(explained).toHaveLength(2);
    expect(explained[0]?.text).toBe([teams.t('topics.four.text.0'), teams.t('topics.tracking.text.0')].join('\n\n'));
    expect(explained.at(-1)?.text).toBe(expectedText('ask:moreTopics', 'msteams'));
    expect(turns[10]!.at(-1)?.text).toBe(expectedText('ask:options', 'msteams'));
  });

  it('@mentions are taken out before reading: typed commands and choices work', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    const mention = { type: 'mention', text: '<at>Triage bot</at>', mentioned: { id: 'bot', name: 'Triage bot' } };
    const help = await bot.turn({ type: 'message', text: '<at>Triage bot</at> help', entities: [mention] });
    expect(help.map((r) => r.text).join('\n')).toContain(teams.t('help.text'));
    const next = await bot.turn({ type: 'message', text: "<at>Triage bot</at> I'm safe", entities: [mention] });
    expect(next.at(-1)?.text).toBe(expectedText('ask:story', 'msteams'));
  });

  it('privacy: after "delete" it says the chat stays in Teams, how to remove it, and that the organisation may keep it', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    const deleted = (await bot.turn('delete')).map((r) => r.text).join('\n');
    expect(deleted).toContain(teams.t('delete.done'));
    expect(teams.t('delete.done')).toMatch(/stays in Teams/);
    expect(teams.t('delete.done')).toMatch(/organisation/);
    expect(teams.t('welcome.privacy', { retentionDays: 30 })).toMatch(/organisation/);
  });
});

describe('Teams group chats and channels', () => {
  for (const conversationType of ['groupChat', 'channel']) {
    it(`${conversationType}: a short message with the numbers and a private chat link; nothing stored`, async () => {
      const store = new MemoryStore();
      const bot = createTestBot({ channelId: 'msteams', store, conversationType, conversationId: `19:${conversationType}@thread.v2` });
      const written: string[] = [];
      const write = store.write.bind(store);
      store.write = async (changes) => (written.push(...Object.keys(changes)), write(changes));
      for (const text of ['<at>Triage bot</at> hi', "my ex is outside my door right now", 'help']) {
        const replies = await bot.turn({
          type: 'message',
          text,
          recipient: { id: '28:bot-app-id', name: 'Triage bot' },
          entities: [{ type: 'mention', text: '<at>Triage bot</at>', mentioned: { id: '28:bot-app-id' } }],
        });
        expect(replies).toHaveLength(1);
        expect(replies[0]?.text).toBe(teams.t('teams.sharedChat'));
        expect(replies[0]?.text).toContain('999');
        expect(replies[0]?.text).toContain('0808 802 0300');
        const link = card(replies[0])?.actions?.[0];
        expect(link).toMatchObject({ type: 'Action.OpenUrl', url: 'https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-app-id' });
      }
      expect(written).toEqual([]);
      expect(await bot.turn({ type: 'conversationUpdate', membersAdded: [{ id: 'someone', name: '' }], recipient: { id: '28:bot-app-id', name: '' } })).toEqual([]);
    });
  }
});
