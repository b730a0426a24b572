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
    // kinds from blind contact batch 1 (its own messages are in test/contact/blind)
    'please do not contact me at all',
    "don't get in touch with me at all thanks",
    'i do not want anybody ringing or messaging me',
    "I don't want you texting or calling me, I'll call when I can",
    "it's not safe for anyone to contact me at the moment",
    'isnt safe to contact me',
    "I would rather you didn't, sorry",
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
    'dont contact me at all on my landline, mobile is fine',
    "i don't want anyone calling me, texts are fine",
    'not safe to contact me at home, use my work email',
    "i don't want you ringing me after 9",
  ])('a way or a time, not a refusal: %s', (words) => {
    expect(refusesContact(words)).toBe(false);
  });
});
