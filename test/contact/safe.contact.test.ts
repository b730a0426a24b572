/**
 * The person's safe-contact words as a rule for messages the bot sends on its own: now only when
 * their words are fully understood and allow a message at this local time; never without a way
 * or when they said not to; otherwise later (when they next write).
 */
import { describe, expect, it } from 'vitest';
import { messageTiming, readSafeContact } from '../../src/contact/safe.contact';

const LONDON = 'Europe/London';
// Monday 30 November 2026 (GMT, so UTC is the local clock); Saturday 5 December.
const MONDAY = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00Z`);
const SATURDAY = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00Z`);
// 1 July 2026 is in British Summer Time: 17:30 UTC is 18:30 in London.
const SUMMER = new Date('2026-07-01T17:30:00Z');

const timing = (words: string | undefined, at: Date) => messageTiming(readSafeContact(words), at, LONDON);

describe('reading safe-contact words', () => {
  it.each([
    ['text only, after 6pm', '12:00', 'later'],
    ['text only, after 6pm', '19:00', 'now'],
    ['Text only after 6', '18:30', 'now'],
    ['after 6pm', '23:30', 'later'], // an open end still stops at night
    ['any time', '23:30', 'now'],
    ['text is fine', '10:00', 'now'],
    ['text is fine', '03:00', 'later'], // no time given: waking hours only
    ['weekdays 9-5', '16:59', 'now'],
    ['weekdays 9-5', '17:00', 'later'],
    ['between 10 and 2', '13:00', 'now'],
    ['between 10 and 2', '15:00', 'later'],
    ['before 9am or after 6pm', '08:30', 'now'],
    ['before 9am or after 6pm', '12:00', 'later'],
    ['not after 8pm', '20:30', 'later'],
    ['not after 8pm', '19:00', 'now'],
    ['mornings or evenings, not weekends', '09:00', 'now'],
    ['text me after 7:30pm', '19:15', 'later'],
    ['text me after 7:30pm', '19:45', 'now'],
    ['text only, no calls', '11:00', 'now'],
  ] as const)('"%s" at %s on a Monday: %s', (words, hhmm, expected) => {
    expect(timing(words, MONDAY(hhmm))).toBe(expected);
  });

  it('days they named are kept to', () => {
    expect(timing('weekdays 9-5', SATURDAY('12:00'))).toBe('later');
    expect(timing('mornings or evenings, not weekends', SATURDAY('09:00'))).toBe('later');
    expect(timing('weekends only', SATURDAY('12:00'))).toBe('now');
    expect(timing('weekends only', MONDAY('12:00'))).toBe('later');
  });

  it('the local clock is London time, summer time included', () => {
    expect(timing('after 6pm', SUMMER)).toBe('now');
    expect(timing('before 6pm', SUMMER)).toBe('later');
  });

  it.each([undefined, '', '   ', "don't contact me", 'Do not contact me please', 'no', "I'll call them myself", 'dont text, I will call them', "it's not safe"])(
    '"%s": never',
    (words) => {
      expect(timing(words, MONDAY('12:00'))).toBe('never');
      expect(timing(words, MONDAY('19:00'))).toBe('never');
    },
  );

  it.each(['call only', 'email me', 'phone calls only, after 6pm'])('"%s" names no message: later, whatever the time', (words) => {
    expect(timing(words, MONDAY('12:00'))).toBe('later');
    expect(timing(words, MONDAY('19:00'))).toBe('later');
  });

  it.each(['only when he is at work', 'text when the kids are asleep', 'ask for Sam', 'after the school run'])(
    '"%s" is not fully understood: later, never a guess',
    (words) => {
      expect(readSafeContact(words).unclear.length).toBeGreaterThan(0);
      expect(timing(words, MONDAY('12:00'))).toBe('later');
      expect(timing(words, MONDAY('19:00'))).toBe('later');
    },
  );
});
