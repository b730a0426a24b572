/**
 * Routing (CONVERSATION.md): what the options step recommends for different answers, through the
 * real bot. Each row is a conversation; the check is the recommendation and extra services said.
 * The rows run on a Tuesday morning, while the National Stalking Helpline is open; the test clock's
 * Saturday (helpline closed) has its own tests in routes.hours.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { EXTRA_SERVICES } from '../../dialogs/routes';
import type { QuestionId } from '../../dialogs/questions';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, offered, saidTexts } from '../support/bot';

/** Tuesday 1 December 2026, 11:00 in London: the National Stalking Helpline is open. */
export const HELPLINE_OPEN = new Date('2026-12-01T11:00:00Z');

type Answer = [QuestionId, string | string[]] | string;

interface Row {
  name: string;
  answers: Answer[];
  recommend: string;
  /** Scotland or Northern Ireland: the police lead (the National Stalking Helpline covers England and Wales). */
  outside?: 'scotland' | 'northernIreland';
  extras: string[];
}

/** The extra-service messages, in the order said (Northern Ireland's line while unverified has its own words). */
function extrasSaid(texts: (string | undefined)[]): string[] {
  const keys = [...EXTRA_SERVICES, 'domesticAbuseNorthernIrelandUnverified'] as const;
  return texts.flatMap((t) => keys.filter((e) => t === expectedText(`say:options.extra.${e}`)));
}

const NO_RISK: Answer[] = ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'].map(
  (f) => [`risk.${f}` as QuestionId, 'no'],
);

const ROWS: Row[] = [
  {
    name: 'a repeated pattern without risk factors -> the helpline',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'neighbour'], ['what', ['itemsLeft', 'calls']], ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'helpline',
    extras: [],
  },
  {
    name: 'very frightened -> police and the helpline, with Paladin',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'stranger'], ['what', ['following']], ['since', 'thisMonth'], ['howOften', 'daily'], ['riskConsent', 'yes'], ['risk.frightened', 'yes'], ...NO_RISK.slice(1)],
    recommend: 'policeAndHelpline',
    extras: ['paladin'],
  },
  {
    name: 'tracking -> police and the helpline',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'unknown'], ['what', ['tracking']], ['since', 'thisWeek'], ['howOften', 'occasional'], ['riskConsent', 'skip']],
    recommend: 'policeAndHelpline',
    extras: ['paladin'],
  },
  {
    name: 'intimate images threatened, by an ex -> police and the helpline (a stalking risk sign), Revenge Porn Helpline and domestic abuse helpline too',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'exPartner'], ['what', ['imageSharing']], ['since', 'thisMonth'], ['howOften', 'daily'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'policeAndHelpline',
    extras: ['paladin', 'revengePorn', 'domesticAbuse'],
  },
  {
    name: 'not safe at the start -> 999 first',
    answers: [['safety', 'notSafe'], ['carryOn', 'yes'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']],
    recommend: 'emergency',
    extras: ['paladin'],
  },
  {
    name: 'a crisis alone -> Samaritans lead, nothing else',
    answers: [['safety', 'safe'], 'I want to end my life', ['carryOn', 'yes'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']],
    recommend: 'crisis',
    extras: [],
  },
  {
    name: 'a crisis and threats -> police and the helpline, Samaritans too',
    answers: [['safety', 'safe'], 'I want to end my life', ['carryOn', 'yes'], ['story', 'skip'], ['who', 'exPartner'], ['what', ['threats']], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']],
    recommend: 'policeAndHelpline',
    extras: ['paladin', 'domesticAbuse', 'samaritans'],
  },
  {
    name: 'an emergency typed mid-conversation, then carrying on -> 999 first',
    answers: [['safety', 'safe'], "he's outside my door right now", ['carryOn', 'yes'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']],
    recommend: 'emergency',
    extras: ['paladin'],
  },
  {
    name: 'following and turning up, nothing else -> police and the helpline (stalking risk signs)',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'neighbour'], ['what', ['following', 'turningUp']], ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'policeAndHelpline',
    extras: ['paladin'],
  },
  {
    name: 'messages from a family member -> the helpline, and the domestic abuse helpline (family abuse is domestic abuse)',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'family'], ['what', ['messages']], ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'helpline',
    extras: ['domesticAbuse'],
  },
  {
    name: 'personal details published (an address), nothing else -> police and the helpline, never the Revenge Porn Helpline',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'workOrStudy'], ['what', ['personalDetails']], ['since', 'thisMonth'], ['howOften', 'occasional'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'policeAndHelpline',
    extras: ['paladin'],
  },
  {
    name: 'typed "he posted my address online" -> personal details, never the Revenge Porn Helpline',
    answers: [['safety', 'safe'], 'A man from my old job posted my address online and now people keep messaging me', 'yes', 'yes', ['since', 'thisMonth'], ['howOften', 'daily'], ['riskConsent', 'skip']],
    recommend: 'policeAndHelpline',
    extras: ['paladin'],
  },
  {
    name: 'typed sextortion (an adult) -> the Revenge Porn Helpline',
    answers: [['safety', 'safe'], "someone on insta has got my nudes and says they'll post them unless i pay. im 24", 'no', ['who', 'unknown'], 'yes', ['since', 'thisWeek'], ['howOften', 'daily'], ['riskConsent', 'skip']],
    recommend: 'policeAndHelpline',
    extras: ['paladin', 'revengePorn'],
  },
  {
    name: 'intimate images, under 18 said in their words -> Childline and Report Remove, not the Revenge Porn Helpline',
    answers: [['safety', 'safe'], "a boy I met on discord has my nudes and says he'll send them to everyone at my school. I'm 14", 'yes', 'yes', ['since', 'thisWeek'], ['howOften', 'daily'], ['riskConsent', 'skip']],
    recommend: 'policeAndHelpline',
    extras: ['paladin', 'reportRemove'],
  },
  {
    name: 'under 18 (at school), no images -> Childline too',
    answers: [['safety', 'safe'], "I'm still at school and a neighbour keeps sending me messages", 'yes', 'yes', ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'helpline',
    extras: ['childline'],
  },
  {
    name: 'Wales, an ex -> the helpline (it covers Wales), and Live Fear Free',
    answers: [['safety', 'safe'], 'I live in Cardiff and my ex keeps texting me', 'yes', 'yes', ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'helpline',
    extras: ['domesticAbuseWales'],
  },
  {
    name: 'Scotland, an ex -> the police lead, and Scotland\'s domestic abuse helpline',
    answers: [['safety', 'safe'], 'I live in Glasgow and my ex keeps texting me', 'yes', 'yes', ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'helpline',
    outside: 'scotland',
    extras: ['domesticAbuseScotland'],
  },
  {
    name: 'Northern Ireland (asked), a family member -> the police lead, and the Northern Ireland line marked as not yet checked',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'family'], ['what', ['messages']], 'is there a helpline in Northern Ireland?', ['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'yes'], ...NO_RISK],
    recommend: 'helpline',
    outside: 'northernIreland',
    extras: ['domesticAbuseNorthernIrelandUnverified'],
  },
  {
    name: 'everything skipped -> information',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']],
    recommend: 'information',
    extras: [],
  },
];

describe.each(ROWS.map((r) => [r.name, r] as const))('route: %s', (_name, row) => {
  it('is recommended at the options step', async () => {
    const bot = createTestBot({ now: HELPLINE_OPEN });
    await bot.join();
    for (const answer of row.answers) {
      if (typeof answer === 'string') await bot.turn(answer);
      else if (Array.isArray(answer[1])) await bot.chooseMany(answer[0], answer[1]);
      else await bot.choose(answer[0], answer[1]);
    }
    await bot.choose('evidence', 'no');
    await bot.choose('police', 'notReported');
    const replies = await bot.choose('moreTopics', 'moveOn');
    const texts = saidTexts(replies);
    const lead = row.outside
      ? translator('en-GB', 'webchat').t(`options.recommendOutside.${row.recommend as 'helpline'}`, { nation: `nations.${row.outside}` })
      : expectedText(`say:options.recommend.${row.recommend}`);
    expect(texts).toContain(lead);
    expect(extrasSaid(texts)).toEqual(row.extras);
    expect(texts.at(-1)).toBe(expectedText('ask:options'));
  });
});

describe('Scotland and Northern Ireland: no National Stalking Helpline button (it covers England and Wales)', () => {
  async function toOptions(story: string) {
    const bot = createTestBot({ now: HELPLINE_OPEN });
    await bot.join();
    await bot.choose('safety', 'safe');
    for (const answer of [story, 'yes', 'yes']) await bot.turn(answer);
    for (const [q, c] of [['since', 'fewMonths'], ['howOften', 'fewWeekly'], ['riskConsent', 'skip'], ['evidence', 'no'], ['police', 'notReported']] as const) await bot.choose(q, c);
    return { bot, replies: await bot.choose('moreTopics', 'moveOn') };
  }

  it.each([
    ['scotland', 'I live in Glasgow and my ex keeps texting me', ['domesticAbuseScotland', 'scotlandDomesticAbuse']],
    ['northernIreland', 'I live in Belfast and my ex keeps texting me', ['domesticAbuseNorthernIreland', 'northernIrelandDomesticAbuse']],
  ] as const)('%s: the options are the police, another service and information; "just information" lists the services there', async (nation, story, [, service]) => {
    const { bot, replies } = await toOptions(story);
    expect(offered(replies.at(-1))).toEqual(['cmd:danger', 'police', 'otherService', 'justInfo', 'notSure']);
    await bot.choose('options', 'justInfo');
    await bot.choose('summaryReview', 'looksRight');
    const end = saidTexts(await bot.choose('consent', 'keep'));
    const web = translator('en-GB', 'webchat');
    expect(end).toContain(web.t('end.next.justInfoOutside', { nation: `nations.${nation}` }));
    expect(end.some((t) => t.includes(web.t(`services.${service}`)))).toBe(true);
    expect(end.join(' ')).not.toContain(web.t('end.next.justInfo'));
  });

  it('England (nothing said): the helpline is offered first', async () => {
    const { replies } = await toOptions('my ex keeps texting me');
    expect(offered(replies.at(-1))).toEqual(['cmd:danger', 'helpline', 'police', 'otherService', 'justInfo', 'notSure']);
  });
});

describe('Scotland and Northern Ireland: topics that name the National Stalking Helpline or a Stalking Protection Order have their own words', () => {
  const web = translator('en-GB', 'webchat');
  async function ask(story: string, question: string) {
    const bot = createTestBot({ now: HELPLINE_OPEN });
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn(story);
    return saidTexts(await bot.turn(question));
  }

  it.each([
    ['I live in Glasgow and my ex keeps texting me', 'how do i report it', 'reporting'],
    ['I live in Belfast and my ex keeps texting me', 'found a tracker', 'tracking'],
    ['im in scotland, my ex keeps texting me', 'is my phone safe', 'deviceSafety'],
  ] as const)('%s, then "%s": the words for there', async (story, question, topic) => {
    const texts = await ask(story, question);
    const outside = web.list(`topics.${topic}.textOutside`).join('\n\n');
    expect(texts).toContain(outside);
    expect(outside).not.toMatch(/Stalking Protection Order|talk to the helpline/);
    expect(texts.join('\n')).not.toMatch(/Stalking Protection Order|0808 802 0300/);
  });

  it('in England the topic names both', async () => {
    const texts = await ask('I live in Leeds and my ex keeps texting me', 'how do i report it');
    expect(texts).toContain(web.list('topics.reporting.text').join('\n\n'));
    expect(texts.join('\n')).toMatch(/Stalking Protection Order/);
  });
});
