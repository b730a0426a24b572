/** "Can I ask you some questions about risk?" - skipping goes straight to evidence. */
import { defineQuestion } from './question';
import { flagQuestion } from './recording';

export const riskConsent = defineQuestion({
  ...flagQuestion('riskConsent', 'yes', 'skip'),
  flow: { next: 'risk.frightened', branches: [{ choice: 'skip', go: 'evidence' }] },
});
