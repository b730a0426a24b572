/**
 * Serious harm with no time given (issue 8, point 2), through the real turn handler: the 999 line
 * first (not importance high), then "Is this happening now, or could they come back soon?" - a
 * real question - and never "let's keep going". The real detector's verdicts for the example
 * messages are checked in test/safety/detector.test.ts (test/support/detectors.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, guidanceText, offered, saidTexts } from '../support/bot';

const web = translator('en-GB', 'webchat');
const texts = (replies: Partial<Activity>[]) => saidTexts(replies);
const KEEP_GOING = [web.t('riskReminder'), expectedText('say:emergency.resuming')];

function bot(channelId = 'webchat', conversationId = 'conversation-1') {
  return createTestBot({ channelId, conversationId });
}

async function atWho(b: ReturnType<typeof bot>) {
  await b.join();
  await b.choose('safety', 'safe');
  await b.choose('story', 'skip');
}

async function context(b: ReturnType<typeof bot>, conversationId = 'conversation-1') {
  const key = `conversation/webchat/${conversationId}`;
  return (await b.store.read([key]))[key].conversation.snapshot.context;
}

describe('the harm check', () => {
  it.each([['he attacked me'], ['he set fire to my car'], ['he tried to strangle me']])(
    '"%s": the 999 line first, then the direct question with its choices; nothing is importance high',
    async (words) => {
      const b = bot('webchat', words);
      await atWho(b);
      const replies = await b.turn(words);
      expect(texts(replies)).toEqual([expectedText('say:harm.lead'), expectedText('ask:harmCheck')]);
      expect(replies[0]?.text).toContain('999');
      expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
      expect(replies[1]?.channelData).toEqual({ question: 'harmCheck' });
      expect(offered(replies[1])).toEqual(['cmd:danger', 'now', 'soon', 'notNow', 'notSure']);
      for (const line of KEEP_GOING) expect(texts(replies)).not.toContain(line);
    },
  );

  it.each([["It's happening now"], ['yes'], ['they could come back soon'], ["yes he's still here"]])(
    '"%s" gets full emergency guidance, as the danger button does',
    async (answer) => {
      const b = bot('webchat', answer);
      await atWho(b);
      await b.turn('he attacked me');
      const replies = await b.turn(answer);
      expect(replies[0]?.importance).toBe('high');
      expect(replies[0]?.text).toContain('999');
      expect(guidanceText(replies)).toContain(web.t('emergency.silentSolution'));
      expect(texts(replies).at(-1)).toBe(expectedText('ask:carryOn'));
    },
  );

  it('"no he\'s gone": acknowledged, then the interrupted question again - not "let\'s keep going"', async () => {
    const b = bot();
    await atWho(b);
    await b.turn('he set fire to my car');
    const replies = await b.turn("no he's gone");
    expect(texts(replies)).toEqual([expectedText('say:harm.notNow'), expectedText('ask:who')]);
    expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
    const c = await context(b);
    expect(c.moments).toEqual([expect.objectContaining({ level: 'harm', reason: 'harm.fire', check: 'notNow' })]);
  });

  it('"not sure": the short 999 lines (not importance high), then the interrupted question', async () => {
    const b = bot();
    await atWho(b);
    await b.turn('he attacked me');
    const replies = await b.turn('not sure');
    expect(texts(replies)).toEqual([expectedText('say:emergency.brief'), expectedText('ask:who')]);
    expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
  });

  it('"yes he\'s gone" says both: a short clarifying question', async () => {
    const b = bot();
    await atWho(b);
    await b.turn('he attacked me');
    const replies = await b.turn("yes he's gone");
    expect(texts(replies)).toEqual([`${expectedText('say:common.clarify')} ${expectedText('reask:harmCheck')}`]);
  });

  it('told at the story question, the words are kept as the story and not asked for again', async () => {
    const b = bot();
    await b.join();
    await b.choose('safety', 'safe');
    await b.turn('my ex tried to strangle me');
    const replies = await b.turn('no, not now');
    expect(texts(replies)[0]).toBe(expectedText('say:harm.notNow'));
    expect(texts(replies).at(-1)).toBe(web.t('questions.who.confirm', { value: web.t('facts.relationship.exPartner') }));
    expect((await context(b)).answers.story).toBe('my ex tried to strangle me');
  });

  it('as the first message: the 999 line and the question come before the welcome', async () => {
    const b = bot('sms');
    const replies = await b.turn('he tried to strangle me');
    expect(replies[0]?.text?.startsWith(translator('en-GB', 'sms').t('harm.lead'))).toBe(true);
    expect(replies.map((r) => r.text).join('\n')).toContain(translator('en-GB', 'sms').t('questions.harmCheck.prompt'));
    expect(replies.map((r) => r.text).join('\n')).not.toContain(translator('en-GB', 'sms').t('welcome.intro'));
    const next = await b.turn('1');
    expect(next[0]?.importance).toBe('high');
  });

  it('serious harm from someone who says they cannot speak is an emergency, Silent Solution first', async () => {
    const b = bot();
    await atWho(b);
    const replies = await b.turn('he attacked me, i cant talk');
    expect(replies[0]?.importance).toBe('high');
    expect(guidanceText(replies).startsWith(web.t('emergency.silentSolution'))).toBe(true);
  });
});

describe('HIGH RISK: non-fatal strangulation and threats to kill', () => {
  async function toOptions(b: ReturnType<typeof bot>) {
    for (const [q, c] of [['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip'], ['evidence', 'no']] as const) {
      await b.choose(q, c);
    }
    await b.choose('police', 'notReported');
    return b.choose('moreTopics', 'moveOn');
  }

  it('strangulation (not now): the route is police + helpline + Paladin, and the shared summary says HIGH RISK', async () => {
    const b = bot();
    await atWho(b);
    await b.turn('he tried to strangle me');
    await b.turn('no, not now');
    await b.choose('who', 'exPartner');
    const options = texts(await toOptions(b));
    // Saturday (the test clock): the police lead, open now; the helpline's opening follows.
    expect(options).toContain(expectedText('say:options.openNow.policeAndHelpline'));
    expect(options).toContain(expectedText('say:options.extra.paladin'));
    const review = await b.choose('options', 'helpline');
    const card = review.find((r) => r.attachments?.length)?.attachments?.[0]?.content as { body: { text?: string; inlines?: { text: string }[] }[] };
    const highRisk = web.t('summary.highRisk', { kinds: web.t('summary.values.highRisk.strangulation') });
    expect(card.body.map((x) => x.text ?? x.inlines?.[0]?.text)).toContain(highRisk);
    await b.choose('summaryReview', 'looksRight');
    await b.choose('consent', 'share');
    await b.choose('contactSafe', 'skip');
    const shared = await b.choose('shareTranscript', 'no');
    const handoff = shared.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
    const value = handoff?.value as { route: string; summary: { highRisk: string[]; moments: { level: string; check?: string }[] } };
    expect(value.route).toBe('policeAndHelpline');
    expect(value.summary.highRisk).toEqual(['strangulation']);
    expect(value.summary.moments).toEqual([expect.objectContaining({ level: 'harm', check: 'notNow' })]);
  });

  it('a threat to kill given as a typed "yes" is recorded and makes the summary HIGH RISK', async () => {
    const b = bot();
    await atWho(b);
    await b.choose('who', 'exPartner');
    for (const [q, c] of [['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'yes'], ['risk.frightened', 'no']] as const) {
      await b.choose(q, c);
    }
    const replies = await b.turn('yes he threatened to kill me');
    expect(texts(replies).at(-1)).toBe(web.t('questions.risk.threatSoon.prompt'));
    const c = await context(b);
    expect(c.answers.risk.threats).toEqual({ status: 'given', value: 'yes', words: 'yes he threatened to kill me' });
    expect(c.riskRules).toContain('risk.threatToKill');
    const summary = await b.turn('talk to a person');
    const card = summary.find((r) => r.attachments?.length)?.attachments?.[0]?.content as { body: { text?: string; inlines?: { text: string }[] }[] };
    expect(card.body.map((x) => x.text ?? x.inlines?.[0]?.text)).toContain(web.t('summary.highRisk', { kinds: web.t('summary.values.highRisk.threatToKill') }));
  });
});
