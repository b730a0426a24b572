/**
 * Blind batches of answers to "How and when can the team safely contact you?", written by helpers
 * who never saw the readers (test/contact/blind/), kept as regression tests at their figures:
 * the bot asks for a number only after words with no way to reach them, and reads refusals.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContactRefusal, refusesContact } from '../../src/contact/refusal';
import { scoreContactAnswers, type ContactAnswer } from './blind/score';

const DIR = join(__dirname, 'blind');
const floors = JSON.parse(readFileSync(join(DIR, 'floors.json'), 'utf8')) as Record<string, { askRight: number; refusalsRead: number; falseRefusals: number; wrongUnasked: number }>;

describe('blind contact answers', () => {
  for (const file of readdirSync(DIR).filter((f) => /^batch-\d+\.json$/.test(f))) {
    it(`${file}: at least its recorded figures, and no refusal read where there was none`, () => {
      const floor = floors[file];
      expect(floor, `floors.json has ${file}`).toBeDefined();
      const score = scoreContactAnswers(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as ContactAnswer[]);
      expect(score.askRight).toBeGreaterThanOrEqual(floor!.askRight);
      expect(score.refusalsRead).toBeGreaterThanOrEqual(floor!.refusalsRead);
      expect(score.falseRefusals).toBeLessThanOrEqual(floor!.falseRefusals);
    });
  }
});

/**
 * Adversarial answers (test/contact/blind/adversarial-N.json): written by a helper told roughly how the refusal reader
 * works and asked to break it - refusals it might miss and look-alikes it might misread - kept at their figures.
 */
describe('adversarial contact answers', () => {
  for (const file of readdirSync(DIR).filter((f) => /^adversarial-\d+\.json$/.test(f))) {
    it(`${file}: at least its recorded refusals read, at most its recorded refusals read where none was`, () => {
      const floor = floors[file];
      expect(floor, `floors.json has ${file}`).toBeDefined();
      const items = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { text: string; refusal: boolean }[];
      const read = items.filter((item) => item.refusal && refusesContact(item.text)).length;
      const misread = items.filter((item) => !item.refusal && refusesContact(item.text)).length;
      expect(read).toBeGreaterThanOrEqual(floor!.refusalsRead);
      expect(misread).toBeLessThanOrEqual(floor!.falseRefusals);
    });
  }
});

/**
 * What the bot does with the reading (`readContactRefusal`): a refusal taken as plain is never wrong, and a reading that
 * could be wrong is asked about. Counted: answers whose reading ends wrong with no question asked.
 */
describe('contact answers read or asked about', () => {
  for (const file of readdirSync(DIR).filter((f) => /^(?:batch|adversarial)-\d+\.json$/.test(f))) {
    it(`${file}: no answer taken as a plain refusal wrongly; at most its recorded refusals taken as a way without asking`, () => {
      const floor = floors[file];
      const items = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { text: string; label?: string; refusal?: boolean }[];
      let wrongUnasked = 0;
      for (const item of items) {
        const refusal = item.refusal ?? item.label === 'refuses';
        const reading = readContactRefusal(item.text);
        expect(refusal || reading !== 'refuses', item.text).toBe(true);
        if (refusal && reading === 'no') wrongUnasked++;
      }
      expect(wrongUnasked).toBeLessThanOrEqual(floor!.wrongUnasked);
    });
  }
});
