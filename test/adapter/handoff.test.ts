/**
 * Summary, consent and handoff through the real turn handler: nothing is stored for staff or
 * sent without "share"; the handoff event follows the Bot Framework handoff protocol.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { toConsent, toShareTranscript } from '../support/journeys';

function handoffEvent(replies: Partial<Activity>[]) {
  return replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
}

describe('sharing a summary', () => {
  it('"yes" at the number-or-email question is no number: asked again, never passed on as where to reach them (a conversation review)', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    await bot.choose('consent', 'share');
    await bot.turn('after 6pm is best, text only');
    const reasked = await bot.turn('yes');
    expect(saidTexts(reasked).join(' ')).toContain(translator('en-GB', 'webchat').t('questions.contactAddress.reask'));
    await bot.turn('07700 900123');
    const replies = await bot.choose('shareTranscript', 'yes');
    const value = handoffEvent(replies)!.value as { summary: { contactSafe: string } };
    expect(value.summary.contactSafe).toBe('after 6pm is best, text only - 07700 900123');
  });

  it('sends handoff.initiate with the route, the structured summary and a Transcript attachment, and stores it', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    await bot.choose('consent', 'share');
    const askedForNumber = await bot.turn('text me after 6pm');
    expect(saidTexts(askedForNumber).at(-1)).toBe(expectedText('ask:contactAddress'));
    await bot.turn('07700 900123');
    const replies = await bot.choose('shareTranscript', 'yes');
    const event = handoffEvent(replies);
    expect(event).toBeDefined();
    const value = event!.value as {
      handoffId: string;
      route: string;
      summary: { lines: { id: string; answer?: { value: unknown } }[]; channel: string; locale: string; riskFactorsPresent: string[]; contactSafe: string };
    };
    expect(value.route).toBe('policeAndHelpline');
    expect(value.summary.channel).toBe('webchat');
    expect(value.summary.locale).toBe('en-GB');
    expect(value.summary.riskFactorsPresent).toEqual(['frightened']);
    expect(value.summary.contactSafe).toBe('text me after 6pm - 07700 900123');
    const since = value.summary.lines.find((l) => l.id === 'since');
    expect(since?.answer?.value).toMatchObject({ date: { iso: '2026-04-03' } });
    const behaviours = value.summary.lines.find((l) => l.id === 'behaviours');
    expect(behaviours?.answer?.value).toEqual(expect.arrayContaining(['messages', 'turningUp']));

    const attachment = event!.attachments?.[0];
    expect(attachment?.name).toBe('Transcript');
    const transcript = attachment?.content as { activities: Partial<Activity>[] };
    expect(transcript.activities.length).toBeGreaterThan(10);
    expect(transcript.activities.some((a) => a.text?.includes('Instagram') && a.from?.role === 'user')).toBe(true);
    expect(event!.relatesTo?.conversation?.id).toBe('conversation-1');

    const stored = await bot.handoffs.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: value.handoffId, status: 'new', route: 'policeAndHelpline' });
    expect(stored[0]!.transcript.length).toBe(transcript.activities.length);
    // The person is told it was shared, with a reference to quote, in the same turn as the event.
    const texts = saidTexts(replies);
    const sent = translator('en-GB', 'webchat').t('handoff.sent', { contact: 'text me after 6pm - 07700 900123' });
    expect(texts).toContain(sent);
    const reference = (event!.value as { reference: string }).reference;
    expect(reference).toMatch(/^[0-9A-F]{8}$/);
    const sentAt = texts.indexOf(sent);
    expect(texts[sentAt + 1]).toContain(reference);
  }, 60_000); // the file's first conversation warms the date recognizer: slow on a busy machine

  it('corrected and removed lines are absent from the shared summary', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    // Back to the summary from consent, correct "who" and remove the story.
    await bot.turn('back');
    await bot.choose('summaryReview', 'change');
    await bot.choose('summaryLine', 'relationship');
    await bot.choose('lineAction', 'change');
    await bot.choose('who', 'workOrStudy');
    await bot.choose('summaryReview', 'change');
    await bot.choose('summaryLine', 'story');
    await bot.choose('lineAction', 'remove');
    await bot.choose('summaryReview', 'looksRight');
    await bot.choose('consent', 'share');
    await bot.choose('contactSafe', 'skip');
    const event = handoffEvent(await bot.choose('shareTranscript', 'no'));
    // They chose "just the summary": the Transcript attachment is there but empty.
    expect((event!.attachments?.[0]?.content as { activities: unknown[] }).activities).toEqual([]);
    expect((await bot.handoffs.list())[0]?.transcript).toEqual([]);
    const json = JSON.stringify(event!.value);
    expect(json).not.toContain('Instagram and turning up');
    expect(json).not.toContain('exPartner');
    expect(json).toContain('workOrStudy');
  });

  it('an agent hub status, from the hub channel and naming the handoff, is recorded', async () => {
    const bot = createTestBot({ handoffHub: { channelId: 'agenthub', authenticated: false } });
    await toShareTranscript(bot);
    const handoffId = (handoffEvent(await bot.choose('shareTranscript', 'no'))!.value as { handoffId: string }).handoffId;
    // The hub talks to the bot in its own conversation, on its own channel, sharing the handoff store.
    const hub = createTestBot({ channelId: 'agenthub', conversationId: 'hub-1', handoffs: bot.handoffs, handoffHub: { channelId: 'agenthub', authenticated: false } });
    const fromHub = (value: unknown) => hub.turn({ type: 'event', name: 'handoff.status', value });
    // The hub's states on the console's workflow: accepted -> in_progress, failed -> new, completed -> closed.
    expect(await fromHub({ state: 'accepted', handoffId })).toEqual([]);
    expect((await bot.handoffs.get(handoffId))?.status).toBe('in_progress');
    await fromHub({ state: 'bogus', handoffId });
    await fromHub({ state: 'completed' });
    await fromHub({ state: 'completed', handoffId: 'no-such-handoff' });
    expect((await bot.handoffs.get(handoffId))?.status).toBe('in_progress');
    await fromHub({ state: 'failed', handoffId });
    expect((await bot.handoffs.get(handoffId))?.status).toBe('new');
    await fromHub({ state: 'completed', handoffId });
    const closed = await bot.handoffs.get(handoffId);
    expect(closed?.status).toBe('closed');
    expect(closed?.closedAt).not.toBeNull();
  });

  it('"delete" after staff claimed the handoff keeps it for them, flagged, and withdraws nothing', async () => {
    const bot = createTestBot();
    await toShareTranscript(bot);
    const handoffId = (handoffEvent(await bot.choose('shareTranscript', 'yes'))!.value as { handoffId: string }).handoffId;
    await bot.handoffs.claim(handoffId, 'staff-1');
    const deleted = await bot.turn('delete my data');
    expect(deleted.map((r) => r.text)).not.toContain(expectedText('say:delete.sharedWithdrawn'));
    const kept = await bot.handoffs.get(handoffId);
    expect(kept?.claimedBy).toBe('staff-1');
    expect(kept?.deletionRequestedAt).not.toBeNull();
    expect(await bot.store.readTranscript('conversation/webchat/conversation-1')).toEqual([]);
  });

  it("the person's own channel can't set a status, so \"delete\" still withdraws the handoff", async () => {
    const bot = createTestBot({ handoffHub: { channelId: 'agenthub', authenticated: false } });
    await toShareTranscript(bot);
    const handoffId = (handoffEvent(await bot.choose('shareTranscript', 'no'))!.value as { handoffId: string }).handoffId;
    expect(await bot.turn({ type: 'event', name: 'handoff.status', value: { state: 'completed', handoffId } })).toEqual([]);
    expect(await bot.turn({ type: 'event', name: 'handoff.status', value: { state: 'completed' } })).toEqual([]);
    expect((await bot.handoffs.get(handoffId))?.status).toBe('new');
    const deleted = await bot.turn('delete my data');
    expect(deleted.map((r) => r.text)).toContain(expectedText('say:delete.sharedWithdrawn'));
    expect(await bot.handoffs.get(handoffId)).toBeUndefined();
  });

  it('with no hub configured, every handoff.status is ignored', async () => {
    const bot = createTestBot();
    await toShareTranscript(bot);
    const handoffId = (handoffEvent(await bot.choose('shareTranscript', 'no'))!.value as { handoffId: string }).handoffId;
    const hub = createTestBot({ channelId: 'agenthub', conversationId: 'hub-1', handoffs: bot.handoffs });
    await hub.turn({ type: 'event', name: 'handoff.status', value: { state: 'completed', handoffId } });
    expect((await bot.handoffs.get(handoffId))?.status).toBe('new');
  });

  it('"delete" after sharing removes a handoff staff have not picked up; "exit" keeps it', async () => {
    const deleting = createTestBot();
    await toShareTranscript(deleting);
    await deleting.choose('shareTranscript', 'yes');
    const deleted = await deleting.turn('delete my data');
    expect(deleted.map((r) => r.text)).toContain(expectedText('say:delete.sharedWithdrawn'));
    expect(await deleting.handoffs.list()).toEqual([]);
    expect(await deleting.store.readTranscript('conversation/webchat/conversation-1')).toEqual([]);

    const exiting = createTestBot();
    await toShareTranscript(exiting);
    await exiting.choose('shareTranscript', 'yes');
    await exiting.turn('exit');
    expect(await exiting.handoffs.list()).toHaveLength(1);
  });
});

describe('nothing is shared without "share"', () => {
  it.each([['keep'], ['delete']])('"%s" sends no handoff event and stores no record', async (choice) => {
    const bot = createTestBot();
    await toConsent(bot);
    const replies = await bot.choose('consent', choice);
    expect(handoffEvent(replies)).toBeUndefined();
    expect(await bot.handoffs.list()).toEqual([]);
    if (choice === 'delete') {
      expect(await bot.store.read(['conversation/webchat/conversation-1'])).toEqual({});
      expect(await bot.store.readTranscript('conversation/webchat/conversation-1')).toEqual([]);
    }
  });
});
