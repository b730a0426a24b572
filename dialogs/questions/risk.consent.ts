/** "Can I ask you some questions about risk?" - skipping goes straight to evidence. */
import { defineQuestion, flagQuestion } from './question';

export const riskConsent = defineQuestion({
  ...flagQuestion('riskConsent', 'yes', 'skip'),
  flow: { next: 'risk.frightened', branches: [{ choice: 'skip', go: 'evidence' }] },
});
