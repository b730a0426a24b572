/**
 * Transcript tables through the real turn handler (botbuilder TestAdapter). Each step is what the
 * person does and what the bot replies, as catalogue keys: editing copy never breaks these.
 *   user: 'join' | text | { q, c } (a button) | { q, choices } (the multi-select card)
 *   bot:  'say:<key>' | 'say:<a>+<b>' (joined) | 'topic:<id>' | 'ask:<question>' | 'reask:<question>' | 'confirm:<question>'
 *         | 'emergency' | 'card' | 'summary' | 'event:conversation.clear'
 *         | 'helplineOpens:onDay' (the helpline closed until Monday 09:30)
 *         | [spec, spec...]: one message that joins several (at most 3 messages a turn)
 *         (SMS steps: 'say:', 'topic:', 'ask:' and 'reask:' only, found in order in the packed texts)
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { BEHAVIOURS } from '../../dialogs/facts';
import type { QuestionId } from '../../dialogs/questions';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, guidanceText } from '../support/bot';

type UserStep = 'join' | string | { q: QuestionId; c: string } | { q: QuestionId; choices: string[] };
interface Step {
  user: UserStep;
  bot: (string | string[])[];
}
interface Transcript {
  name: string;
  channel?: string;
  steps: Step[];
}

// Five messages before; at most 3 a turn now: the 999 line joins the introduction.
const WELCOME = ['say:welcome.intro+welcome.danger', 'say:welcome.privacy+welcome.howToLeave', 'ask:safety'];

const TRANSCRIPTS: Transcript[] = [
  {
    name: 'buttons only, from welcome to a kept summary',
    steps: [
      { user: 'join', bot: WELCOME },
      { user: { q: 'safety', c: 'safe' }, bot: ['ask:story'] },
      { user: { q: 'story', c: 'skip' }, bot: ['ask:who'] },
      { user: { q: 'who', c: 'neighbour' }, bot: ['card'] },
      { user: { q: 'what', choices: ['itemsLeft', 'following'] }, bot: ['ask:since'] },
      { user: { q: 'since', c: 'thisMonth' }, bot: ['ask:howOften'] },
      { user: { q: 'howOften', c: 'occasional' }, bot: ['ask:riskConsent'] },
      { user: { q: 'riskConsent', c: 'skip' }, bot: ['ask:evidence'] },
      // Nothing kept: it's OK, they can still report.
      { user: { q: 'evidence', c: 'no' }, bot: ['topic:nothingKept', 'ask:police'] },
      // Two explanations that fit (what stalking is; not reported yet: what happens at 101), then the list.
      { user: { q: 'police', c: 'notReported' }, bot: ['topic:four', 'topic:reporting', 'ask:moreTopics'] },
      { user: { q: 'moreTopics', c: 'safetyPlanning' }, bot: ['topic:safetyPlanning', 'ask:moreTopics'] },
      // Following is a stalking risk sign: police and the helpline, with Paladin. Saturday: the police
      // (open now) lead, then when the helpline opens.
      { user: { q: 'moreTopics', c: 'moveOn' }, bot: ['say:options.openNow.policeAndHelpline', ['helplineOpens:onDay', 'say:options.extra.paladin'], 'ask:options'] },
      { user: { q: 'options', c: 'justInfo' }, bot: ['summary', 'ask:summaryReview'] },
      { user: { q: 'summaryReview', c: 'looksRight' }, bot: ['ask:consent'] },
      {
        user: { q: 'consent', c: 'keep' },
        // Saturday noon: the helpline is closed, opens Monday, and its hours are marked uncertain.
        // Eight messages before; now the summary, what happens next in one message, the question.
        bot: ['summary', ['say:consent.kept', 'say:consent.keptCopyWarning', 'say:end.next.justInfo', 'hours:opensOn', 'say:hours.checkCurrent', 'say:end.numbers', 'say:end.safetyTip'], 'ask:afterEnd'],
      },
    ],
  },
  {
    name: 'typed words and numbers answer questions on a text-only channel',
    channel: 'sms',
    steps: [
      { user: 'hello', bot: ['say:welcome.intro', 'say:welcome.danger', 'ask:safety'] },
      { user: '1', bot: ['ask:story'] },
      { user: 'skip', bot: ['ask:who'] },
      { user: 'my neighbour', bot: ['ask:what'] },
      { user: '2, 5', bot: ['ask:since'] },
    ],
  },
  {
    name: 'an emergency mid-conversation comes first and the question resumes',
    steps: [
      { user: 'join', bot: WELCOME },
      { user: { q: 'safety', c: 'safe' }, bot: ['ask:story'] },
      { user: { q: 'story', c: 'skip' }, bot: ['ask:who'] },
      { user: "he's outside my door right now", bot: ['emergency', 'ask:carryOn'] },
      { user: 'yes', bot: ['say:emergency.resuming', 'ask:who'] },
    ],
  },
  {
    name: 'global commands by typing',
    steps: [
      { user: 'join', bot: WELCOME },
      { user: 'help', bot: ['say:help.text', 'ask:safety'] },
      { user: 'start again', bot: ['say:restart.done', 'ask:safety'] },
      { user: 'what is cyberstalking?', bot: ['topic:cyberStalking', 'ask:safety'] },
      // Issue 13: the page is told to clear the conversation from the screen first.
      { user: 'exit', bot: ['event:conversation.clear', 'say:exit.done'] },
      { user: 'hi', bot: WELCOME },
    ],
  },
  {
    name: 'every topic can be asked for in words at any time, and the question comes back',
    steps: [
      { user: 'join', bot: WELCOME },
      { user: 'what counts as stalking?', bot: ['topic:four', 'ask:safety'] },
      { user: 'what is harassment?', bot: ['topic:stalkingVsHarassment', 'ask:safety'] },
      { user: 'what is cyberstalking?', bot: ['topic:cyberStalking', 'ask:safety'] },
      { user: 'someone is pretending to be me online, what can I do?', bot: ['topic:cyberStalking', 'ask:safety'] },
      { user: 'what is sextortion?', bot: ['topic:onlineThreats', 'ask:safety'] },
      { user: 'is someone tracking me?', bot: ['topic:tracking', 'ask:safety'] },
      { user: 'what is stalkerware?', bot: ['topic:tracking', 'ask:safety'] },
      { user: 'how do I keep evidence?', bot: ['topic:evidence', 'ask:safety'] },
      { user: 'what if I deleted the messages?', bot: ['topic:nothingKept', 'ask:safety'] },
      { user: 'how do I keep my phone safe?', bot: ['topic:deviceSafety', 'ask:safety'] },
      { user: 'how do I make a safety plan?', bot: ['topic:safetyPlanning', 'ask:safety'] },
      { user: 'what if he turns up?', bot: ['topic:safetyPlanning', 'ask:safety'] },
      { user: 'what happens when I call 101?', bot: ['topic:reporting', 'ask:safety'] },
      { user: 'what is a stalking protection order?', bot: ['topic:reporting', 'ask:safety'] },
      { user: 'is it my fault?', bot: ['topic:notYourFault', 'ask:safety'] },
      { user: { q: 'safety', c: 'safe' }, bot: ['ask:story'] },
    ],
  },
  {
    name: 'deleted messages: typed at the evidence question, it is OK; then the list by typing, and moving on',
    steps: [
      { user: 'join', bot: WELCOME },
      { user: { q: 'safety', c: 'safe' }, bot: ['ask:story'] },
      { user: { q: 'story', c: 'skip' }, bot: ['ask:who'] },
      { user: { q: 'who', c: 'exPartner' }, bot: ['card'] },
      { user: { q: 'what', choices: ['messages', 'tracking'] }, bot: ['ask:since'] },
      { user: { q: 'since', c: 'thisMonth' }, bot: ['ask:howOften'] },
      { user: { q: 'howOften', c: 'daily' }, bot: ['ask:riskConsent'] },
      { user: { q: 'riskConsent', c: 'skip' }, bot: ['ask:evidence'] },
      { user: 'I deleted them all', bot: ['topic:nothingKept', 'ask:police'] },
      // Tracking: what stalking is, then trackers and spyware.
      { user: 'no', bot: ['topic:four', 'topic:tracking', 'ask:moreTopics'] },
      { user: 'device safety', bot: ['topic:deviceSafety', 'ask:moreTopics'] },
      { user: 'what about sextortion?', bot: ['topic:onlineThreats', 'ask:moreTopics'] },
      // Saturday (the test clock): the police (open now) and the 24-hour domestic abuse line lead, then
      // when the helpline opens, and Paladin.
      { user: 'no thanks', bot: [['say:options.openNow.policeAndHelpline', 'say:options.extra.domesticAbuse'], ['helplineOpens:onDay', 'say:options.extra.paladin'], 'ask:options'] },
    ],
  },
  {
    name: 'the explain step and the list on a text-only channel',
    channel: 'sms',
    steps: [
      { user: 'hello', bot: ['say:welcome.intro', 'say:welcome.danger', 'ask:safety'] },
      { user: '1', bot: ['ask:story'] },
      { user: 'skip', bot: ['ask:who'] },
      { user: 'a neighbour', bot: ['ask:what'] },
      { user: 'following', bot: ['ask:since'] },
      { user: 'skip', bot: ['ask:howOften'] },
      { user: 'skip', bot: ['ask:riskConsent'] },
      { user: 'skip', bot: ['ask:evidence'] },
      { user: 'yes', bot: ['ask:police'] },
      { user: 'no', bot: ['topic:four', 'topic:reporting', 'ask:moreTopics'] },
      { user: 'safety plan', bot: ['topic:safetyPlanning', 'ask:moreTopics'] },
      { user: 'move on', bot: ['say:options.openNow.policeAndHelpline', 'say:options.extra.paladin', 'ask:options'] },
    ],
  },
  {
    name: 'a stale button is not applied',
    steps: [
      { user: 'join', bot: WELCOME },
      { user: { q: 'safety', c: 'safe' }, bot: ['ask:story'] },
      { user: { q: 'safety', c: 'notSafe' }, bot: ['say:common.staleChoice', 'ask:story'] },
    ],
  },
];

function send(bot: ReturnType<typeof createTestBot>, user: UserStep) {
  if (user === 'join') return bot.join();
  if (typeof user === 'string') return bot.turn({ type: 'message', text: user });
  if ('choices' in user) return bot.chooseMany(user.q, user.choices);
  return bot.choose(user.q, user.c);
}

/**
 * Emergency guidance comes as several short high-importance messages (the 999 line first): the
 * table names it once, as 'emergency', so each run of them is read as one reply here.
 */
function oneGuidance(replies: Partial<Activity>[]): Partial<Activity>[] {
  const shown: Partial<Activity>[] = [];
  for (const reply of replies) {
    const last = shown.at(-1);
    if (reply.importance === 'high' && last?.importance === 'high') shown[shown.length - 1] = { ...last, text: `${last.text ?? ''} ${reply.text ?? ''}` };
    else {
      if (reply.importance === 'high') expect(reply.text, 'the first guidance message carries 999').toContain('999');
      shown.push(reply);
    }
  }
  return shown;
}

function check(reply: Partial<Activity> | undefined, spec: string | string[], channel: string) {
  expect(reply, String(spec)).toBeDefined();
  if (Array.isArray(spec)) {
    // One message joining several: each part in order.
    const parts = (reply!.text ?? '').split('\n\n');
    expect(parts, spec.join(' + ')).toHaveLength(spec.length);
    spec.forEach((part, i) => check({ ...reply, text: parts[i] }, part, channel));
    return;
  }
  const text = reply!.text ?? '';
  switch (spec) {
    case 'emergency':
      expect(reply!.importance).toBe('high');
      expect(text).toContain('999');
      expect(text).toContain('55');
      return;
    case 'card':
      expect(reply!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      return;
    case 'summary':
      expect(reply!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      return;
    case 'hours:opensOn':
      expect(text).toBe(translator('en-GB', channel).t('hours.opensOn', { service: 'services.nationalStalkingHelpline', day: 'days.mon', time: '09:30' }));
      return;
    case 'helplineOpens:onDay':
      expect(text).toBe(translator('en-GB', channel).t('options.helplineOpens.onDay', { day: 'days.mon', time: '09:30' }));
      return;
    case 'event:conversation.clear':
      expect(reply).toMatchObject({ type: 'event', name: 'conversation.clear', value: { reason: 'exit' } });
      return;
  }
  const expected = expectedText(spec, channel);
  if (channel === 'sms') expect(text.startsWith(expected) || text.includes(expected), spec).toBe(true);
  else expect(text, spec).toBe(expected);
  expect(reply!.importance, `${spec} must not be high importance`).toBeUndefined();
}

describe.each(TRANSCRIPTS.map((t) => [t.name, t] as const))('transcript: %s', (_name, transcript) => {
  it('replies as the table says', async () => {
    const channel = transcript.channel ?? 'webchat';
    const bot = createTestBot({ channelId: channel });
    for (const [i, step] of transcript.steps.entries()) {
      const replies = await send(bot, step.user);
      const label = `step ${i + 1} (${JSON.stringify(step.user)})`;
      if (channel === 'sms') {
        // SMS packs short messages together: every expected text appears, in order. Every step
        // names catalogue keys or questions (a spec without one is a mistake in the table).
        expect(replies.length, label).toBeGreaterThan(0);
        const all = replies.map((r) => r.text ?? '').join('\n\n');
        let from = 0;
        for (const spec of step.bot.flat()) {
          const at = all.indexOf(expectedText(spec, channel), from);
          expect(at, `${label}: ${spec}`).toBeGreaterThanOrEqual(from);
          from = at;
        }
        expect(replies.every((r) => r.type === 'message' && !r.attachments?.length && !r.suggestedActions)).toBe(true);
        continue;
      }
      const shown = oneGuidance(replies);
      expect(shown.map((r) => r.text?.slice(0, 40)), label).toHaveLength(step.bot.length);
      step.bot.forEach((spec, j) => check(shown[j], spec, channel));
    }
  });
});

describe('replies on Web Chat', () => {
  it('offers choices as suggested actions that send the question and choice back', async () => {
    const bot = createTestBot();
    const replies = await bot.join();
    const ask = replies.at(-1)!;
    // "I'm in danger" first: a phone shows it without scrolling the row of actions.
    expect(ask.suggestedActions?.actions.map((a) => a.value)).toEqual([
      { cmd: 'danger' },
      { q: 'safety', c: 'safe' },
      { q: 'safety', c: 'notSafe' },
      { q: 'safety', c: 'notSure' },
    ]);
    expect(ask.suggestedActions?.actions.every((a) => a.type === 'messageBack' && a.title && a.displayText)).toBe(true);
  });

  it('the "I\'m in danger" button gives emergency guidance from any question', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn({ type: 'message', text: "I'm in danger", value: { cmd: 'danger' } });
    expect(replies[0]?.importance).toBe('high');
    expect(replies[0]?.text).toContain('999');
    expect(guidanceText(replies)).toContain('55');
    expect(replies.map((r) => r.text).at(-1)).toBe(expectedText('ask:carryOn'));
  });

  it('only emergency guidance is high importance', async () => {
    const bot = createTestBot();
    const all = [...(await bot.join()), ...(await bot.choose('safety', 'notSafe'))];
    const high = all.filter((r) => r.importance === 'high');
    // The guidance, as short messages one after another, and nothing else.
    expect(high.length).toBeGreaterThan(1);
    expect(all.indexOf(high[0]!)).toBe(3);
    expect(all.slice(3, 3 + high.length)).toEqual(high);
  });

  it('the multi-select card is Adaptive Card 1.5 with every behaviour', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.choose('story', 'skip');
    const [card] = await bot.choose('who', 'skip');
    const content = card!.attachments![0]!.content as { version: string; body: { type: string; choices?: unknown[] }[] };
    expect(content.version).toBe('1.5');
    const set = content.body.find((b) => b.type === 'Input.ChoiceSet');
    expect(set?.choices).toHaveLength(BEHAVIOURS.length);
  });
});

describe('bad input loses nothing', () => {
  it('an odd card submission gets a clear message and the question again', async () => {
    const bot = createTestBot();
    await bot.join();
    for (const value of [{ q: 'nope', c: 'x' }, { nonsense: true }, { q: 'safety' }, 'just a string']) {
      const replies = await bot.turn({ type: 'message', value });
      expect(replies.map((r) => r.text)).toEqual([expectedText('say:common.notAnOption'), expectedText('ask:safety')]);
    }
  });

  it('an attachment with no text is explained, and the question asked again', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.turn({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://x/y.png' }] });
    expect(replies.map((r) => r.text)).toEqual([expectedText('say:common.unsupported'), expectedText('ask:safety')]);
  });

  it('a huge message is cut, read, and the person told', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn({ type: 'message', text: 'He keeps sending me messages. '.repeat(2000) });
    expect(replies.map((r) => r.text)).toContain(expectedText('say:common.tooLong'));
    expect(replies.at(-1)?.text).toBeTruthy();
  });

  it('unknown activity types are ignored without error', async () => {
    const bot = createTestBot();
    for (const type of ['typing', 'messageReaction', 'installationUpdate', 'somethingNew', 'event']) {
      expect(await bot.turn({ type })).toEqual([]);
    }
  });
});
