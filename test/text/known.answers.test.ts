import { describe, expect, it } from 'vitest';
import type { SafetyVerdict, UnderstoodFacts } from '../../dialogs/facts';
import { CATALOGUES } from '../../src/i18n';
import { detectSafety } from '../../src/safety';
import { answerPhrases, buildKnownAnswers, withKnownAnswers, type AnswerDetectors, type KnownAnswers } from '../../src/text/known.answers';
import { understand } from '../../src/understanding';

const NOW = new Date('2026-11-30T12:00:00Z');
const real: AnswerDetectors = {
  detectSafety: (text, locale) => detectSafety(text, locale),
  understand: (text, now, locale) => understand(text, { now, locale }),
};

/** Detectors that count their calls (to see which texts reach them). */
function counting(inner: AnswerDetectors): AnswerDetectors & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    detectSafety: (text, locale) => (calls.push(`safety:${text}`), inner.detectSafety(text, locale)),
    understand: (text, now, locale) => (calls.push(`understand:${text}`), inner.understand(text, now, locale)),
  };
}

describe('the catalogue phrases people answer with', () => {
  const phrases = answerPhrases(CATALOGUES['en-GB']);

  it('are the labels, synonyms and command words, each once', () => {
    for (const p of ['yes', 'Yes', 'no', 'not sure', 'help', 'skip']) expect(phrases).toContain(p);
    expect(new Set(phrases).size).toBe(phrases.length);
    expect(phrases.some((p) => p.includes('{{') || p.includes('|') || p !== p.trim() || p === '')).toBe(false);
  });

  it('leave out the copy that is not an answer (questions, guidance)', () => {
    const copy = JSON.stringify(CATALOGUES['en-GB']);
    expect(copy).toContain('999');
    expect(phrases.some((p) => p.includes('999') && p.length > 40)).toBe(false);
  });
});

describe('known answers, built with the real detectors', () => {
  let known: KnownAnswers;
  const phrases = answerPhrases(CATALOGUES['en-GB']);

  it('answer every phrase exactly as the detectors do', async () => {
    known = await buildKnownAnswers(new Map([['en-GB', phrases]]), real, NOW);
    expect(known.size()).toBeGreaterThan(phrases.length);
    for (const phrase of phrases) {
      for (const text of [phrase, phrase.toLowerCase()]) {
        const answer = known.lookup(text, 'en-GB');
        expect(answer, text).toBeDefined();
        expect(answer!.safety, text).toEqual(detectSafety(text, 'en-GB'));
        if (answer!.facts) expect(answer!.facts, text).toEqual(understand(text, { now: NOW, locale: 'en-GB' }));
      }
    }
  }, 120_000);

  it('hold nothing else: a person\'s own words, another locale, another spelling of a phrase', () => {
    expect(known.lookup("yes he's outside now", 'en-GB')).toBeUndefined();
    expect(known.lookup('my name is Sam', 'en-GB')).toBeUndefined();
    expect(known.lookup('yes', 'cy-GB')).toBeUndefined();
    expect(known.lookup('YES!!', 'en-GB')).toBeUndefined();
  });

  it('send every other message to the detectors and keep none of it', async () => {
    const spy = counting(real);
    const detectors = withKnownAnswers(spy, () => known);
    const before = known.size();
    expect(detectors.detectSafety('yes', 'en-GB')).toEqual({ level: 'none' });
    expect(await detectors.understand('yes', NOW, 'en-GB')).toEqual({});
    expect(spy.calls).toEqual([]);
    expect(detectors.detectSafety("yes he's outside with a knife", 'en-GB').level).toBe('emergency');
    expect(spy.calls).toEqual(["safety:yes he's outside with a knife"]);
    expect(known.size()).toBe(before);
    expect(known.lookup("yes he's outside with a knife", 'en-GB')).toBeUndefined();
  });

  it('give each caller its own copy', async () => {
    const detectors = withKnownAnswers(real, () => known);
    const verdict = detectors.detectSafety('no', 'en-GB') as SafetyVerdict & { level: string };
    verdict.level = 'emergency';
    expect(detectors.detectSafety('no', 'en-GB')).toEqual({ level: 'none' });
    const facts = (await detectors.understand('no', NOW, 'en-GB')) as UnderstoodFacts;
    facts.frequency = { value: 'daily', text: 'changed' } as unknown as UnderstoodFacts['frequency'];
    expect(await detectors.understand('no', NOW, 'en-GB')).toEqual({});
  });
});

describe('known answers, with detectors whose readings change', () => {
  it('read a phrase afresh every time when its reading depends on the date', async () => {
    const byDate: AnswerDetectors = {
      detectSafety: () => ({ level: 'none' }),
      understand: (text, now) => (text === 'since monday' ? ({ startedOn: { value: { iso: now.toISOString().slice(0, 10) } } } as unknown as UnderstoodFacts) : {}),
    };
    const known = await buildKnownAnswers(new Map([['en-GB', ['since monday', 'yes']]]), byDate, NOW);
    expect(known.lookup('since monday', 'en-GB')?.facts).toBeUndefined();
    expect(known.lookup('yes', 'en-GB')?.facts).toEqual({});
    const spy = counting(byDate);
    const detectors = withKnownAnswers(spy, () => known);
    await detectors.understand('since monday', NOW, 'en-GB');
    await detectors.understand('yes', NOW, 'en-GB');
    expect(spy.calls).toEqual(['understand:since monday']);
  });

  it('leave out a phrase the detectors fail on, and answer nothing before the table is built', async () => {
    const failing: AnswerDetectors = {
      detectSafety: (text) => {
        if (text === 'boom') throw new Error('detector failed');
        return { level: 'none' };
      },
      understand: () => ({}),
    };
    const known = await buildKnownAnswers(new Map([['en-GB', ['boom', 'fine']]]), failing, NOW);
    expect(known.lookup('boom', 'en-GB')).toBeUndefined();
    expect(known.lookup('fine', 'en-GB')).toBeDefined();
    const spy = counting(failing);
    withKnownAnswers(spy, () => undefined).detectSafety('fine', 'en-GB');
    expect(spy.calls).toEqual(['safety:fine']);
  });
});
