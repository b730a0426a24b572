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
    // kinds from blind contact batch 2: a bare refusal first, then why; they will get in touch themselves
    'no. he checks my phone every night',
    "Nope - he'd know straight away",
    "sorry, no. it's too risky right now",
    "no thanks, I'll phone you when I'm ready",
    "I'll get in touch with you myself",
    'i will call the helpline when hes out',
    'please dont contact me by any means',
    "I'd rather not be contacted",
    'no contact please, just needed advice',
    // contact itself ruled out, however it is said (blind contact batch 3: a general reading, not its phrasings)
    'nobody is to contact me, thank you',
    'I cannot be contacted, he would find out',
    'there is no safe way to contact me at the moment',
    'Not at all, sorry.',
    'I am not wanting any contact from anyone',
    "you can't. he'd know",
    // adversarial answers' kinds (test/contact/blind/adversarial-1.json): the team told to do nothing, they will be
    // the one (a day for their own call is not one for the team), every way ruled out one by one
    "best if you don't, honestly",
    'please just leave me alone for now',
    "I'll be the one to call, thanks",
    "i'll find you when i can",
    "I'll phone you on Friday myself",
    'No texts, no calls, no emails. Sorry.',
    'not at home, not at work, not on my phone',
    // blind contact batch 5's kinds
    "they can't, sorry. he'd find out",
    "I'd rather not be contacted by anyone at this time",
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
    // look-alikes of batch 2's kinds: a bare "no" first, then a way, a time or a number left open
    'no, text is fine',
    'no, just text me',
    'No. Email only.',
    'nope, evenings are best',
    'no calls, text after 6',
    'No, but you can call my sister on 07700 900111',
    "no - email, he can't see it",
    "I'll call you back, or text me after 7",
    "text first, then I'll call you when it's safe",
    "I'll ring you, weekdays are better for me",
    "I don't mind how you contact me",
    'not sure how you can contact me safely, maybe email?',
    "I don't know the best way to contact me",
    "don't contact me before 10am",
    'no one else should contact me, only the helpline',
    'nobody can reach me at work, call my mobile',
    "you can't call, but you can email me",
    "he won't be contacting me again, he's moved away",
    'leave it till after 6, then text me',
    'no texts, no calls, email only',
    "I'll be the one answering, so call after 7",
    'not mornings, not weekends - evenings are fine',
    'nothing from your side until I text first, then call whenever',
    "don't contact me yet, wait til next week, then ring whenever",
    "they can't ring, but a text is fine",
    'please do not contact me at this time of night, mornings are ok',
  ])('a way or a time, not a refusal: %s', (words) => {
    expect(refusesContact(words)).toBe(false);
  });

  it('at the number-or-email question, an answer opening with "no" is no number, not no contact', () => {
    expect(refusesContact("no, I'd rather not give one", 'address')).toBe(false);
    expect(refusesContact('no. if he sees a missed call he will know', 'address')).toBe(false);
    expect(refusesContact('no. if he sees a missed call he will know', 'way')).toBe(true);
    expect(refusesContact('please dont contact me at all', 'address')).toBe(true);
    expect(refusesContact("I'll call you myself", 'address')).toBe(true);
  });
});
