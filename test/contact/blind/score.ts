/** Scores the contact readers on answers to "How and when can the team safely contact you?" (scripts/contact-blind.ts). */
import { givesAnAddress } from '../../../src/contact/address';
import { refusesContact } from '../../../src/contact/refusal';

export interface ContactAnswer {
  text: string;
  label: 'address' | 'noAddress' | 'thisChat' | 'refuses';
}

export function scoreContactAnswers(batch: readonly ContactAnswer[]) {
  let askRight = 0;
  let refusals = 0;
  let refusalsRead = 0;
  let falseRefusals = 0;
  const misses: string[] = [];
  for (const { text, label } of batch) {
    const refused = refusesContact(text);
    // What the bot does in a web chat: ask once for a number or email (dialogs/questions/ending.ts).
    const asks = !refused && !givesAnAddress(text);
    const shouldAsk = label === 'noAddress';
    if (asks === shouldAsk) askRight++;
    else misses.push(`[${label}] ${asks ? 'asked for a number' : refused ? 'read as a refusal' : 'not asked'}: ${text}`);
    if (label === 'refuses') {
      refusals++;
      if (refused) refusalsRead++;
    } else if (refused) falseRefusals++;
  }
  return { askRight, refusals, refusalsRead, falseRefusals, misses };
}
