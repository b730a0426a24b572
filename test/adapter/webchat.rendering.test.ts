/**
 * Web Chat rendering (issue 13), through the real turn handler: "I'm in danger" reachable without
 * scrolling on every question, at most six suggested actions, the summary card and the checklist,
 * and the event that clears the conversation from the page after "delete".
 */
import { describe, expect, it } from 'vitest';
import { warmUpReadersFirst } from '../support/warm.readers';
import type { Activity } from 'botbuilder';
import { createTestBot, expectedText } from '../support/bot';

warmUpReadersFirst();

type Action = { type: string; title: string; data?: { q?: string; c?: string; cmd?: string } };
type Block = { type: string; id?: string; text?: string; label?: string; wrap?: boolean; actions?: Action[]; items?: Block[]; inlines?: { type: string; text: string }[] };
type Card = { body: Block[]; actions?: Action[] };
const cardOf = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Card | undefined;
const question = (reply: Partial<Activity> | undefined) => (reply?.channelData as { question?: string } | undefined)?.question;

/** Where "I'm in danger" is on a question reply: the first suggested action, or the card's top row. */
function dangerIsFirst(reply: Partial<Activity>): boolean {
  const actions = reply.suggestedActions?.actions;
  if (actions) return (actions[0]?.value as { cmd?: string }).cmd === 'danger';
  const first = cardOf(reply)?.body[0];
  return first?.type === 'ActionSet' && first.actions?.[0]?.data?.cmd === 'danger';
}

describe('every question on Web Chat', () => {
  it('"I\'m in danger" comes first, never more than six suggested actions, long lists as a card', async () => {
    const bot = createTestBot();
    const asked: Partial<Activity>[] = [];
    const keep = (replies: Partial<Activity>[]) => (asked.push(...replies.filter((r) => question(r) && question(r) !== 'carryOn')), replies);
    keep(await bot.join());
    keep(await bot.choose('safety', 'safe'));
    keep(await bot.choose('story', 'skip'));
    keep(await bot.choose('who', 'exPartner'));
    keep(await bot.chooseMany('what', ['messages', 'threats']));
    keep(await bot.choose('since', 'thisMonth'));
    keep(await bot.choose('howOften', 'daily'));
    keep(await bot.choose('riskConsent', 'yes'));
    for (const f of ['frightened', 'threats', 'threatSoon', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'] as const) {
      keep(await bot.choose(`risk.${f}`, 'no'));
    }
    keep(await bot.choose('evidence', 'some'));
    keep(await bot.choose('police', 'reported'));
    keep(await bot.choose('crimeRef', 'skip'));
    keep(await bot.choose('moreTopics', 'moveOn'));
    keep(await bot.choose('options', 'helpline'));
    keep(await bot.choose('summaryReview', 'change'));
    keep(await bot.choose('summaryLine', 'cancel'));
    keep(await bot.choose('summaryReview', 'looksRight'));
    keep(await bot.choose('consent', 'keep'));
    const questions = new Set(asked.map(question));
    for (const q of ['safety', 'story', 'who', 'what', 'since', 'howOften', 'riskConsent', 'risk.threats', 'evidence', 'police', 'crimeRef', 'moreTopics', 'options', 'summaryReview', 'summaryLine', 'consent', 'afterEnd']) {
      expect(questions.has(q), q).toBe(true);
    }
    for (const reply of asked) {
      expect(dangerIsFirst(reply), question(reply)).toBe(true);
      expect(reply.suggestedActions?.actions.length ?? 0, question(reply)).toBeLessThanOrEqual(6);
    }
    const who = asked.find((r) => question(r) === 'who')!;
    expect(who.suggestedActions).toBeUndefined();
    expect(cardOf(who)?.actions?.map((a) => a.data?.c)).toEqual(['exPartner', 'partner', 'family', 'workOrStudy', 'neighbour', 'metOnline', 'someoneElse', 'stranger', 'unknown', 'preferNotToSay', 'skip']);
  });

  it('a long list\'s card button answers the question', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.choose('story', 'skip');
    const next = await bot.turn({ type: 'message', value: { q: 'who', c: 'neighbour' } });
    expect(question(next.at(-1))).toBe('what');
  });
});

describe('the "what have they been doing" checklist', () => {
  it('asks its question once, has "I\'m in danger" on top, and its labels wrap', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.choose('story', 'skip');
    const [reply] = await bot.choose('who', 'skip');
    expect(reply?.text).toBe(expectedText('ask:what'));
    const card = cardOf(reply)!;
    const shown = JSON.stringify(card);
    expect(shown).not.toContain(expectedText('ask:what'));
    expect(shown).not.toContain('What have they been doing');
    expect(card.body[0]).toMatchObject({ type: 'ActionSet', actions: [{ data: { cmd: 'danger' } }] });
    const set = card.body.find((b) => b.type === 'Input.ChoiceSet');
    expect(set?.wrap).toBe(true);
    expect(set?.label).toBeTruthy();
  });
});

describe('the summary card', () => {
  it('each label above its value (no FactSet columns to break words), the person\'s words exactly as typed', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const story = 'my ex *keeps* texting me_at_night\n1. then **calls** [me](http://x) # again';
    await bot.turn(story);
    const review = await bot.turn('talk to a person');
    const card = cardOf(review.find((r) => r.attachments?.length))!;
    const json = JSON.stringify(card);
    expect(json).not.toContain('FactSet');
    const lines = card.body.filter((b) => b.type === 'Container');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.items?.map((i) => i.type)).toEqual(['RichTextBlock', 'RichTextBlock']);
      expect(line.items?.every((i) => i.inlines?.every((run) => run.type === 'TextRun'))).toBe(true);
    }
    const storyLine = lines.find((l) => l.id === 'line-story')!;
    expect(storyLine.items![1]!.inlines![0]!.text).toBe(story);
    expect(card.body.some((b) => b.type === 'TextBlock')).toBe(false);
  });
});

describe('after "delete" the page can clear the conversation from the screen', () => {
  it('Web Chat gets the conversation.clear event first, then the confirmation', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn('delete');
    expect(replies[0]).toMatchObject({ type: 'event', name: 'conversation.clear', value: { reason: 'delete' } });
    expect(replies.slice(1).map((r) => r.text)).toContain(expectedText('say:delete.done'));
  });

  it('deleting the summary and "delete this conversation" at the end clear the page too', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn('talk to a person');
    await bot.choose('summaryReview', 'looksRight');
    const deleted = await bot.choose('consent', 'delete');
    expect(deleted[0]).toMatchObject({ type: 'event', name: 'conversation.clear' });
  });

  it('not on SMS or Teams (no page to clear), and not for "start again"', async () => {
    for (const channelId of ['sms', 'msteams']) {
      const bot = createTestBot({ channelId });
      await bot.turn('hi');
      expect((await bot.turn('delete')).some((r) => r.type === 'event'), channelId).toBe(false);
    }
    const bot = createTestBot();
    await bot.join();
    expect((await bot.turn('start again')).some((r) => r.type === 'event')).toBe(false);
  });
});
