/**
 * Regression tests for problems found by trying the bot as real people would (see the closing
 * notes): each one reproduces the original inputs.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText } from '../support/bot';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '');

async function toConsent(bot: ReturnType<typeof createTestBot>) {
  await bot.join();
  await bot.turn('my boss keeps sending me messages late at night');
  await bot.turn("I'm safe");
  await bot.turn('talk to a person');
  return bot.turn("That's right");
}

describe('decisions are never guessed', () => {
  it('unclear replies at the consent question keep asking; nothing is deleted', async () => {
    const bot = createTestBot();
    const ask = await toConsent(bot);
    expect(texts(ask).at(-1)).toBe(expectedText('ask:consent'));
    for (const reply of ['hmm', 'can you pass it on to them?', 'what happens then']) {
      const replies = await bot.turn(reply);
      expect(texts(replies)).not.toContain(expectedText('say:consent.deleted'));
    }
    expect(await bot.store.read(['conversation/webchat/conversation-1'])).not.toEqual({});
    const share = await bot.turn('please send it to the helpline');
    expect(texts(share).at(-1)).toBe(expectedText('ask:contactSafe'));
  });

  it('unclear replies after the end keep asking; the chat is not deleted', async () => {
    const bot = createTestBot();
    await toConsent(bot);
    await bot.turn('keep it');
    for (const reply of ['thanks', 'bye', 'ok then']) {
      expect(texts(await bot.turn(reply))).not.toContain(expectedText('say:delete.done'));
    }
  });
});

describe('typed answers that start with yes or no', () => {
  it('"yes he said he would kill me" answers the threats question yes, and asks about soon', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn('hi');
    for (const step of ['1', 'skip', 'skip', 'skip', 'skip', 'skip', 'ok', 'yes i am']) await bot.turn(step);
    const replies = await bot.turn('yes he said he would kill me');
    expect(texts(replies).join('\n')).toContain(translator('en-GB', 'sms').t('questions.risk.threatSoon.prompt'));
  });

  it('"i dont feel safe" and "not at all" at the safety question are not safe: emergency guidance', async () => {
    // "No. Im not." is blind batch 93's: labelled an emergency as an answer to this question (it has nothing to read alone)
    for (const answer of ['i dont feel safe', 'not at all', 'no im not', 'No. Im not.', 'nope not really']) {
      const bot = createTestBot({ conversationId: answer });
      await bot.join();
      const replies = await bot.turn(answer);
      expect(replies[0]?.importance, answer).toBe('high');
    }
  });
});

describe('crisis', () => {
  it('leads with 999-if-life-at-risk and Samaritans, and repeats Samaritans when the person stops', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.turn("I'm safe");
    const crisis = await bot.turn('i just want to kill myself honestly');
    expect(crisis[0]?.importance).toBe('high');
    expect(crisis[0]?.text?.startsWith(translator('en-GB', 'webchat').t('emergency.crisisLead'))).toBe(true);
    const stop = await bot.turn('No, not now');
    expect(texts(stop).join('\n')).toContain('116 123');
  });

  it('every emergency says the bot cannot call for help', async () => {
    const bot = createTestBot();
    const replies = await bot.turn("he's outside my door right now");
    expect(replies[0]?.text).toContain(translator('en-GB', 'webchat').t('emergency.notAPerson'));
  });
});

describe('answers are not lost or asked twice', () => {
  it('an urgent first message is kept as the story', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn("hes outside my door right now banging on it, my ex, he's been texting me all week");
    await bot.turn('yes'); // carry on
    const next = texts(await bot.turn('1')).join('\n'); // I'm safe
    expect(next).not.toContain(translator('en-GB', 'sms').t('questions.story.prompt'));
    expect(next).toContain(translator('en-GB', 'sms').t('facts.relationship.exPartner'));
  });

  it('"yes, and he calls me too" at a confirmation keeps what was understood and adds to it', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.turn("I'm safe");
    await bot.turn('my ex keeps texting me and turning up at my house');
    await bot.turn('yes');
    await bot.turn('yes and he calls me too');
    const record = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'];
    expect(record.conversation.snapshot.context.answers.behaviours.value).toEqual(['calls', 'messages', 'turningUp']);
  });

  it('"back" after a story told first reaches the safety question, not a loop', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn('someone keeps leaving flowers on my car');
    await bot.turn('1');
    const back = texts(await bot.turn('back')).join('\n');
    expect(back).toContain(translator('en-GB', 'sms').t('questions.safety.prompt'));
  });

  it('a threat told in the story is confirmed at the risk question, not asked from scratch', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.turn("I'm safe");
    await bot.turn('he has threatened me and keeps turning up at my work');
    for (const step of ['skip', 'yes', 'skip', 'skip', 'ok']) await bot.turn(step); // who, what (confirm), since, how often, risk consent
    const replies = await bot.turn('no'); // not very frightened
    expect(texts(replies).at(-1)).toBe(translator('en-GB', 'webchat').t('questions.risk.threats.confirm'));
  });
});

describe('sharing only what the person agreed to', () => {
  it('starting again clears the transcript', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.turn('my colleague Dave Smith keeps following me');
    expect(JSON.stringify(await bot.store.readTranscript('conversation/webchat/conversation-1'))).toContain('Dave Smith');
    await bot.turn('start again');
    const stored = await bot.store.readTranscript('conversation/webchat/conversation-1');
    expect(JSON.stringify(stored)).not.toContain('Dave Smith');
  });

  it('a not-sure answer to "might they act on it soon" shows the short 999 lines, not as emergency guidance', async () => {
    const bot = createTestBot();
    await bot.join();
    for (const [q, c] of [['safety', 'safe'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'yes'], ['risk.frightened', 'no'], ['risk.threats', 'yes']] as const) {
      await bot.choose(q, c);
    }
    const replies = await bot.choose('risk.threatSoon', 'notSure');
    // Issue 8: importance "high" is for emergency and crisis guidance only.
    expect(replies[0]?.importance).toBeUndefined();
    expect(replies[0]?.text).toBe(expectedText('say:emergency.brief'));
  });
});

describe('SMS', () => {
  it('never offers STOP as an answer, and help does not mention buttons', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    const emergency = await bot.turn("he's outside my door right now");
    const all = texts(emergency).join('\n').toLowerCase();
    expect(all).not.toMatch(/\bstop\b/);
    const help = texts(await bot.turn('menu')).join('\n');
    expect(help).toContain(translator('en-GB', 'sms').t('help.text'));
    expect(help.toLowerCase()).not.toContain('button');
  });
});

describe('second review', () => {
  const sms = () => createTestBot({ channelId: 'sms' });
  const smsText = (key: string) => translator('en-GB', 'sms').t(key);

  it('"he\'s gone now" after emergency guidance is acknowledged with 999 and reporting, then carries on', async () => {
    const bot = sms();
    await bot.turn('hi');
    await bot.turn('2');
    const replies = texts(await bot.turn("he's gone now")).join('\n');
    expect(replies).toContain(smsText('emergency.afterUpdate'));
  });

  it('numbers followed by words keep both the numbered choices and what the words said', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.choose('story', 'skip');
    await bot.choose('who', 'exPartner');
    await bot.turn("2 6 and he said he'd kill me");
    const record = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'];
    expect(record.conversation.snapshot.context.answers.behaviours.value).toEqual(['messages', 'turningUp', 'threats']);
  });

  it('"ok" at the story question is not kept as a story', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn('ok');
    expect(texts(replies).at(-1)).toBe(expectedText('reask:story'));
  });

  it('"he won\'t leave me alone" as a first message is kept as the story', async () => {
    const bot = sms();
    const replies = texts(await bot.turn("he won't leave me alone")).join('\n');
    expect(replies).toContain(smsText('story.thanksEarly'));
  });

  it('"idk" at the safety question is "not sure" (short 999 lines); "nah" at the police question is "not yet"', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.turn('idk');
    expect(replies[0]?.text).toBe(expectedText('say:emergency.brief'));
    for (const [q, c] of [['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip'], ['evidence', 'no']] as const) {
      await bot.choose(q, c);
    }
    await bot.turn('nah');
    const record = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'];
    expect(record.conversation.snapshot.context.answers.police).toEqual({ status: 'given', value: 'notReported' });
  });

  it('"its getting worse yeah" answers the getting-worse question yes, without asking again', async () => {
    const bot = createTestBot();
    await bot.join();
    for (const [q, c] of [['safety', 'safe'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'yes']] as const) {
      await bot.choose(q, c);
    }
    for (const f of ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved'] as const) await bot.choose(`risk.${f}`, 'no');
    const replies = await bot.turn('its getting worse yeah');
    expect(texts(replies).at(-1)).toBe(expectedText('ask:evidence'));
  });

  it('a confirmation offers "not sure" as well as yes, no and skip', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn('my ex keeps texting me');
    expect(replies.at(-1)?.suggestedActions?.actions.map((a) => (a.value as { c?: string }).c)).toEqual([undefined, 'yes', 'no', 'notSure', 'skip']);
  });
});

describe('correcting what was understood', () => {
  it('"no" to the understood behaviours shows the list with them already ticked', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn('my ex keeps texting me and turning up at my house');
    await bot.turn('yes');
    const [list] = await bot.turn('no');
    const set = (list?.attachments?.[0]?.content as { body: { type: string; value?: string }[] }).body.find((b) => b.type === 'Input.ChoiceSet');
    expect(set?.value).toBe('messages,turningUp');
    await bot.chooseMany('what', ['messages', 'calls']);
    const record = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'];
    expect(record.conversation.snapshot.context.answers.behaviours.value).toEqual(['calls', 'messages']);
  });
});
