import { describe, expect, it } from 'vitest';
import { normaliseForMatch, normalisePhrase } from '../../src/understanding/choice.matcher';
import { matchCommand } from '../../src/understanding/command.matcher';
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
