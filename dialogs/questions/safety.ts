/** "Are you safe right now?" - the first question; a story typed instead is kept, never guessed. */
import { defineQuestion } from './question';
import { pick, recordsChoice } from './recording';

export const safety = defineQuestion({
  id: 'safety',
  kind: 'single',
  choices: ['safe', 'notSafe', 'notSure'],
  noSkip: true,
  yesNo: { yes: 'safe', no: 'notSafe' },
  ownWording: ['notSure'],
  ...recordsChoice('safety', (choice) => pick(['safe', 'notSafe'] as const, choice)),
  // Asked twice and not answered: noted as such (never as "not sure"), with short words kept.
  recordNotAnswered: (answers, words) => ({ ...answers, safety: { status: 'notAnswered', ...(words ? { words } : {}) } }),
  flow: {
    next: 'story',
    branches: [
      { choice: 'notSafe', go: 'emergency', resumeAt: 'story', alarm: 'safety.notSafe' },
      { choice: 'notSure', go: 'story', briefLines: true },
    ],
    notAnswered: { say: 'safety.notAnswered' },
  },
});
