/**
 * The questions at the end: consent to share, a safe way to contact them, whether the
 * conversation itself is shared, and what next once it is over.
 */
import { defineQuestion } from './question';
import { flagQuestion, singleChoice } from './recording';

export const CONSENT_CHOICES = ['share', 'keep', 'delete'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

export const consent = defineQuestion({ id: 'consent', kind: 'single', choices: CONSENT_CHOICES, noSkip: true });

export const contactSafe = defineQuestion({
  id: 'contactSafe',
  kind: 'text',
  choices: ['skip'],
  recordChoice: (answers, choice) => (singleChoice(choice) === 'skip' ? answers : undefined),
  // Their words, and whether they rule contact out (the confirmation and the console then say nobody will contact them).
  readText: ({ contactRefused: _, ...answers }, facts, text) => ({ ...answers, contactSafe: text, ...(facts.refusesContact ? { contactRefused: true } : {}) }),
  // Words that may rule contact out: asked, never guessed (then the number or email, if it is still needed).
  // How but not where ("text only, after 6pm" in a web chat): the number or email, asked for once.
  flow: {
    branches: [
      { whenFacts: ['contactMaybeRefused', 'contactHasNoAddress'], go: 'contactCheckThenAddress' },
      { whenFacts: ['contactMaybeRefused'], go: 'contactCheck' },
      { whenFacts: ['contactHasNoAddress'], go: 'contactAddress' },
    ],
    next: 'shareTranscript',
  },
});

export const CONTACT_CHECK_CHOICES = ['noContact', 'asSaid'] as const;

/**
 * "Just to be sure I pass on the right thing, which of these is right?" - asked when the contact words may rule contact
 * out but don't plainly (src/contact/refusal.ts): "Nobody should contact me" records the refusal; "They can use what I said" keeps
 * their words as a way to reach them (and goes on to the number or email where the words had none: the second id).
 */
function contactCheck<Id extends 'contactCheck' | 'contactCheckThenAddress'>(id: Id, asSaidGoes: 'shareTranscript' | 'contactAddress') {
  return defineQuestion({
    id,
    kind: 'single',
    choices: CONTACT_CHECK_CHOICES,
    noSkip: true,
    wholeReplyOnly: true,
    recordChoice: ({ contactRefused: _, ...answers }, choice) => {
      const picked = singleChoice(choice);
      if (picked === 'noContact') return { ...answers, contactRefused: true };
      return picked === 'asSaid' ? answers : undefined;
    },
    flow: { branches: [{ choice: 'noContact', go: 'shareTranscript' }], next: asSaidGoes },
  });
}

export const contactCheckQuestion = contactCheck('contactCheck', 'shareTranscript');
export const contactCheckThenAddress = contactCheck('contactCheckThenAddress', 'contactAddress');

/**
 * The number or email for the way and time they gave, added to their words for the team
 * ("text only, after 6pm - 07700 900123"). Skipped ("no", "I'd rather not" too): their first
 * words stand, and the team sees there is no number. Words that rule contact out now: nobody will.
 */
export const contactAddress = defineQuestion({
  id: 'contactAddress',
  kind: 'text',
  choices: ['skip'],
  recordChoice: (answers, choice) => (singleChoice(choice) === 'skip' ? answers : undefined),
  // "no", "I'd rather not": the skip choice (its synonyms). Words that now rule contact out ("actually don't contact me"): nobody will.
  // Words with no number or email ("yes", "ok"): not an answer, asked again, then left as their first words.
  readText: (answers, facts, text) => {
    if (facts.refusesContact) return { ...answers, contactRefused: true };
    if (facts.contactHasNoAddress) return undefined;
    return answers.contactSafe ? { ...answers, contactSafe: `${answers.contactSafe} - ${text}` } : answers;
  },
  flow: { next: 'shareTranscript' },
});

export const shareTranscript = defineQuestion({
  ...flagQuestion('shareTranscript', 'yes', 'no'),
  flow: { next: 'handoff', entry: 'removedWordsNote' },
});

export const afterEnd = defineQuestion({ id: 'afterEnd', kind: 'single', choices: ['restart', 'deleteConversation'], noSkip: true });
