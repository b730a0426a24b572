import { describe, expect, it } from 'vitest';
import { normaliseForMatch, normalisePhrase } from '../../src/understanding/choice.matcher';
import { asksForPerson, matchCommand } from '../../src/understanding/command.matcher';
import { saysCannotSpeak } from '../../src/understanding/signal.matcher';
import { translator } from '../../src/i18n';

describe('normalisePhrase (catalogue phrases, kept once normalised)', () => {
  it('gives what normaliseForMatch gives, the first time and every time after', () => {
    for (const phrase of ['Someone from work or study', '  Um, I’m NOT safe please ', 'Start again!', 'ok']) {
      expect(normalisePhrase(phrase)).toBe(normaliseForMatch(phrase));
      expect(normalisePhrase(phrase)).toBe(normaliseForMatch(phrase));
    }
  });

  it('the matchers that use it read the same words as before', () => {
    const tr = translator('en-GB', 'webchat');
    expect(matchCommand('Help', tr)).toBe('help');
    expect(matchCommand('help me he keeps texting', tr)).toBeUndefined();
    expect(saysCannotSpeak("I can't talk, he'll hear me", tr)).toBe(true);
    expect(saysCannotSpeak('yes', tr)).toBe(false);
  });
});

describe('asksForPerson (a conversation review: everyday ways of asking for a person were not understood)', () => {
  const tr = translator('en-GB');
  it.each([
    ['i want to talk to a real person pleese', true],
    ['can i speak to a human', true],
    ['i dont want these questons i want a person', true],
    ['can i ring somone', true],
    ['i am not in danger i just want to speek to somone', true],
    ['is there a real person i can talk to', true],
    ['a person from work keeps messaging me', false],
    ['he is a real person not a bot account', false],
    ['i told someone at work', false],
    ['i want him to stop. he keeps sending me messages and he turned up at my work twice and i dont know what to do now', false],
  ] as const)('"%s" asks for a person: %s', (text, asks) => {
    expect(asksForPerson(text, tr)).toBe(asks);
  });
});
