/** "Can I ask you some questions about risk?" - skipping goes straight to evidence. */
import { defineQuestion, recordsFlag } from './question';

export const riskConsent = defineQuestion({
  id: 'riskConsent',
  kind: 'single',
  choices: ['yes', 'skip'],
  noSkip: true,
  ownWording: ['yes', 'skip'],
  ...recordsFlag('riskConsent', 'yes', 'skip'),
  flow: { next: 'risk.frightened', branches: [{ choice: 'skip', go: 'evidence' }] },
});
