/** Microsoft Teams: choices as Adaptive Card buttons (no suggested actions), Teams privacy wording. */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { createTestBot, expectedText } from '../support/bot';

type Card = { version: string; actions?: { type: string; title: string; data: unknown }[] };
const card = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Card | undefined;

describe('Teams', () => {
  it('welcomes with the Teams privacy warning and offers choices as card buttons', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.join();
    expect(replies.map((r) => r.text)).toContain(expectedText('say:welcome.privacy', 'msteams'));
    expect(replies.every((r) => !r.suggestedActions)).toBe(true);
    const ask = replies.at(-1);
    expect(ask?.text).toBe(expectedText('ask:safety', 'msteams'));
    expect(card(ask)?.version).toBe('1.5');
    expect(card(ask)?.actions?.map((a) => a.data)).toEqual([
      { cmd: 'danger' },
      { q: 'safety', c: 'safe' },
      { q: 'safety', c: 'notSafe' },
      { q: 'safety', c: 'notSure' },
    ]);
  });

  it('a long list is a choice set with the danger button first; its submission answers', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    await bot.turn({ type: 'message', value: { q: 'safety', c: 'safe' } });
    const who = (await bot.turn({ type: 'message', value: { q: 'story', c: 'skip' } })).at(-1);
    const content = card(who) as Card & { body: { type: string; choices: unknown[] }[] };
    expect(content.body[0]?.type).toBe('Input.ChoiceSet');
    expect(content.body[0]?.choices.length).toBe(10);
    expect(content.actions?.map((a) => a.data)).toEqual([{ cmd: 'danger' }, { q: 'who' }]);
    const next = await bot.turn({ type: 'message', value: { q: 'who', choices: 'neighbour' } });
    expect(next.at(-1)?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('a card button submission answers the question; emergencies are high-importance text', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    const next = await bot.turn({ type: 'message', value: { q: 'safety', c: 'safe' } });
    expect(next.at(-1)?.text).toBe(expectedText('ask:story', 'msteams'));
    const danger = await bot.turn({ type: 'message', value: { cmd: 'danger' } });
    expect(danger[0]?.importance).toBe('high');
    expect(danger[0]?.text).toContain('55');
    expect(danger[0]?.attachments ?? []).toEqual([]);
  });
});
