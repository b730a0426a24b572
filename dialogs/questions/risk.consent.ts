/** "Can I ask you some questions about risk?" - skipping goes straight to evidence. */
import { defineQuestion, singleChoice } from './question';

export const riskConsent = defineQuestion({
  id: 'riskConsent',
  kind: 'single',
  choices: ['yes', 'skip'],
  noSkip: true,
  ownWording: ['yes', 'skip'],
  recordChoice(answers, choice) {
    const single = singleChoice(choice);
    return single === 'yes' || single === 'skip' ? { ...answers, riskConsent: single === 'yes' } : undefined;
  },
  flow: { next: 'risk.frightened', branches: [{ choice: 'skip', go: 'evidence' }] },
});
