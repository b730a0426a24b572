/**
 * The learned signal's features (src/safety/model.ts): with the locale's word classes, a word
 * brings its class, an -ing form its "now" variant, and every pair of classes in the message is
 * a feature - so what is learned about "knife" with "tonight" carries to "machete" with "rn".
 */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/safety/model';
import { packFor } from '../../src/safety/rules';

const { normalisation, concepts } = packFor('en-GB');

describe('learned-signal features with word classes', () => {
  it('gives two weapons the same class, and the same pair with a time now', () => {
    const knife = featuresOf('he has a knife right now', normalisation, concepts);
    const machete = featuresOf('hes got a machete rn', normalisation, concepts);
    for (const features of [knife, machete]) expect(features).toEqual(expect.arrayContaining(['k:weapon', 'k:now', 'kk:now+weapon']));
  });

  it('marks an -ing form of an act as happening now, and a stem matches every form', () => {
    expect(featuresOf('he is strangling her', normalisation, concepts)).toContain('k:attack.ing');
    expect(featuresOf('he strangled her years ago', normalisation, concepts)).toEqual(expect.arrayContaining(['k:attack', 'k:past']));
    expect(featuresOf('he strangled her years ago', normalisation, concepts)).not.toContain('k:attack.ing');
  });

  it('adds no class features without a lexicon (the words, pairs and letter groups stay)', () => {
    const plain = featuresOf('he has a knife right now', normalisation);
    expect(plain.some((f) => f.startsWith('k:') || f.startsWith('kk:'))).toBe(false);
    expect(plain).toContain('w:knife');
  });
});
