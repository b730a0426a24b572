/** Words at "how can we contact you safely?" that rule contact out, told apart from a way or a time (src/contact/refusal.ts). */
import { describe, expect, it } from 'vitest';
import { refusesContact } from '../../src/contact/refusal';

describe('refusesContact', () => {
  it.each([
    "please don't contact me, I'll ring you",
    'No',
    'no.',
    'Nobody',
    'none please',
    'I do not want to be contacted',
    'no contact please',
    "pls dont call or text me i'll call when safe",
    'Don’t contact me.',
    'never',
  ])('refuses: %s', (words) => {
    expect(refusesContact(words)).toBe(true);
  });

  it.each([
    'dont contact me at home',
    "don't contact me by phone, email is fine",
    'text only, no calls',
    'email is fine, no texts',
    'not safe to call, text only',
    'no calls after 6',
    'text me after 6pm',
    'never call, text only',
    'no one checks my email, use that',
  ])('a way or a time, not a refusal: %s', (words) => {
    expect(refusesContact(words)).toBe(false);
  });
});
