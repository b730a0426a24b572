/**
 * About the person, from their own words: under 18 or an adult, and where they live. Only
 * first-person statements or a question about a place count; the services depend on them.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';

const now = new Date('2026-11-28T12:00:00Z');
const facts = (text: string) => understand(text, { now });

describe('age', () => {
  it.each([
    ['im 14 pls dont tell my mum', 'under18'],
    ["I'm 16 years old and he shared my nudes", 'under18'],
    ['I am a 15 year old girl', 'under18'],
    ["I'm still at school", 'under18'],
    ["I'm in year 10", 'under18'],
    ["I'm under 18", 'under18'],
    ['im 24 and i feel so stupid', 'adult'],
    ["I'm 18", 'adult'],
  ])('%j -> %s', (text, age) => {
    expect(facts(text).age?.value).toBe(age);
  });

  it.each(["I'm 5 minutes away", 'my son is 15', 'he turned up at my school', "I'm 10 mins from home", 'he is 17'])('%j says nothing about their age', (text) => {
    expect(facts(text).age).toBeUndefined();
  });

  it('under 18 wins when one message says both', () => {
    expect(facts("I'm 19 now but I was at school when it started, I'm in year 13 actually").age?.value).toBe('under18');
  });
});

describe('where they live', () => {
  it.each([
    ['I live in Glasgow', 'scotland'],
    ['we moved to north Wales last year', 'wales'],
    ['is there a helpline in Scotland?', 'scotland'],
    ["I'm from Belfast", 'northernIreland'],
    ['what about Northern Ireland', 'northernIreland'],
    ["I'm in England", 'england'],
    ['I moved from London to Cardiff', 'wales'],
  ])('%j -> %s', (text, nation) => {
    expect(facts(text).nation?.value).toBe(nation);
  });

  it.each(['he lives in Cardiff', 'I met him in Leeds', 'my ex is Scottish', 'he went to Glasgow for work'])('%j says nothing about where they live', (text) => {
    expect(facts(text).nation).toBeUndefined();
  });
});

describe('images or personal details (the behaviours table)', () => {
  it.each([
    ['he posted my address online', 'personalDetails'],
    ['he gave my num to his mates', 'personalDetails'],
    ['he doxxed me', 'personalDetails'],
    ["he's got my nudes and says he'll send them to everyone unless i pay", 'imageSharing'],
    ['this is sextortion', 'imageSharing'],
  ])('%j -> %s', (text, behaviour) => {
    expect(facts(text).behaviours?.value).toContain(behaviour);
  });

  it('publishing an address is never image abuse', () => {
    expect(facts('he posted my address online').behaviours?.value).not.toContain('imageSharing');
  });
});
