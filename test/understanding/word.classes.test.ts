/**
 * The classes of words the learned fallback reads (src/understanding/word.classes.ts): words used
 * alike share a class, a word under a negation or a stop word has none, and a class feature can be
 * traced back to the person's own word (a learned fact always says which words pushed it).
 */
import { describe, expect, it } from 'vitest';
import { storyFeatures, wordsThatPushed } from '../../src/understanding/learned';
import { normalise } from '../../src/understanding/normalise';
import { getPhrases } from '../../src/understanding/phrases';
import { spanOfWordClass, wordClassFeatures } from '../../src/understanding/word.classes';
import stored from '../../src/understanding/models/word-classes.en.json';

const classesOf = (word: string) => wordClassFeatures([`w:${word}`]);

describe('word classes', () => {
  it('gives every listed word one class at each size, and words used alike the same narrow class', () => {
    expect(stored.sizes.length).toBe(2);
    expect(stored.classes.every((c) => c.length === stored.words.length)).toBe(true);
    expect(classesOf('smashed')).toHaveLength(2);
    // near-synonyms a story may use instead of the words the training stories had
    for (const [a, b] of [['smashed', 'torched'], ['threatened', 'threatening'], ['emails', 'emailed'], ['bloke', 'fella']]) {
      expect(classesOf(a)[1], `${a} ~ ${b}`).toBe(classesOf(b)[1]);
    }
    expect(classesOf('smashed')[1]).not.toBe(classesOf('emails')[1]);
  });

  it('has no class for a word it does not list, or for anything but a plain word feature (stop words never are one)', () => {
    expect(classesOf('zzqx')).toEqual([]);
    expect(wordClassFeatures(['n:threatened', 'b:he threatened', 'c:<thr'])).toEqual([]);
  });

  it('reads a word under a negation as no class, as the plain word features do', () => {
    const phrases = getPhrases('en-GB');
    const said = storyFeatures(normalise('he threatened me outside the shop', phrases).text, true);
    const denied = storyFeatures(normalise('he has not threatened me outside the shop', phrases).text, true);
    const threatClass = classesOf('threatened')[1]!;
    expect(said).toContain(threatClass);
    expect(denied).not.toContain(threatClass);
    // without word classes, the features are the plain ones only
    expect(storyFeatures(normalise('he threatened me outside the shop', phrases).text).some((f) => f.startsWith('q'))).toBe(false);
  });

  it('finds the person\'s own word behind a class feature', () => {
    const phrases = getPhrases('en-GB');
    const n = normalise('Someone torched my car on the drive last night', phrases);
    const feature = classesOf('smashed')[1]!;
    const span = spanOfWordClass(n.text, feature);
    expect(span && n.text.slice(span.start, span.end)).toBe('torched');
    expect(wordsThatPushed(n, [feature])).toBe('torched');
    expect(spanOfWordClass(n.text, classesOf('emails')[1]!)).toBeUndefined();
  });
});
