/**
 * Non-fatal strangulation is always high risk, whenever it happened (issue 8; FACTS.md). A caseworker's review of the
 * console found "yes, he grabbed me by the throat once in 2024" kept only as "yes", and "he strangled me last year"
 * read as past violence with no high-risk mark: harm.strangulation asks about now only when no time is given.
 * risk.strangulationPast reads it with a time long gone, and as grabbing by the throat or neck.
 */
import { describe, expect, it } from 'vitest';
import { highRiskKinds } from '../../dialogs/safety';
import { explainSafety } from '../../src/safety';

const rulesOf = (text: string) => explainSafety(text).map((m) => m.rule);

describe('strangulation told as past is high risk', () => {
  it.each([
    'yes, he grabbed me by the throat once in 2024',
    'he strangled me last year',
    'my ex choked me out once a few years ago',
    'he had me by the throat against the wall',
    'he smothered me with a pillow last year',
    'he once tried to strangle me, ages ago now',
    'he put his hands round my neck in 2023',
    'he choked me up against the wall last year',
  ])('%s', (text) => {
    expect(highRiskKinds(rulesOf(text))).toContain('strangulation');
  });

  it.each([
    'he never strangled me',
    'if he strangles me what do i do',
    'he grabbed me by the neck of my jumper',
    'he threatened to strangle me',
    'the dog choked on a bone last year',
    'that documentary choked me up last year',
    'my nan smothered me with kisses when i was little',
  ])('not read: %s', (text) => {
    expect(rulesOf(text)).not.toContain('risk.strangulationPast');
  });
});
