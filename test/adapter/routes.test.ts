/**
 * Routing (CONVERSATION.md): what the options step recommends for different answers, through the
 * real bot. Each row is a conversation; the check is the recommendation and extra services said.
 */
import { describe, expect, it } from 'vitest';
import type { QuestionId } from '../../dialogs/questions';
import { createTestBot, expectedText, saidTexts } from '../support/bot';

type Answer = [QuestionId, string | string[]] | string;

interface Row {
  name: string;
  answers: Answer[];
  recommend: string;
  extras: string[];
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
    name: 'everything skipped -> information',
    answers: [['safety', 'safe'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']],
    recommend: 'information',
    extras: [],
  },
];

describe.each(ROWS.map((r) => [r.name, r] as const))('route: %s', (_name, row) => {
  it('is recommended at the options step', async () => {
    const bot = createTestBot();
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
    expect(texts).toContain(expectedText(`say:options.recommend.${row.recommend}`));
    const extras = ['paladin', 'revengePorn', 'domesticAbuse', 'samaritans'].filter((e) => texts.includes(expectedText(`say:options.extra.${e}`)));
    expect(extras).toEqual(row.extras);
    expect(texts.at(-1)).toBe(expectedText('ask:options'));
  });
});
