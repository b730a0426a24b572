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
  flow: { next: 'shareTranscript' },
});

export const shareTranscript = defineQuestion({
  ...flagQuestion('shareTranscript', 'yes', 'no'),
  flow: { next: 'handoff' },
});

export const afterEnd = defineQuestion({ id: 'afterEnd', kind: 'single', choices: ['restart', 'deleteConversation'], noSkip: true });
