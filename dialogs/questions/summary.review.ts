/**
 * The summary review: "does this look right?", "which line?", "change or remove it?". Their
 * choices are decisions, not data (the machine acts on them).
 */
import { isSummaryLineId } from '../summary';
import { defineQuestion } from './question';
import { singleChoice } from './recording';

export const summaryReview = defineQuestion({
  id: 'summaryReview',
  kind: 'single',
  choices: ['looksRight', 'change'],
  noSkip: true,
  // Emergency moments are corrected here: they can only be removed.
  summary: { line: 'moments', corrects: true },
});

/** Choices are the summary's line ids plus "cancel", set per conversation. */
export const summaryLine = defineQuestion({
  id: 'summaryLine',
  kind: 'single',
  choices: ['cancel'],
  noSkip: true,
  // "police" typed here is the Police line (a caseworker review: it set off the emergency guidance).
  namesParts: true,
  choicesNow: (view) => [...view.editableLines, 'cancel'],
  recordChoice(answers, choice) {
    const single = singleChoice(choice);
    return isSummaryLineId(single) || single === 'cancel' ? answers : undefined;
  },
});

export const lineAction = defineQuestion({
  id: 'lineAction',
  kind: 'single',
  choices: ['change', 'remove', 'cancel'],
  noSkip: true,
  // Emergency moments can be removed from the summary, not changed.
  choicesNow: (view) => (view.editing === 'moments' ? ['remove', 'cancel'] : undefined),
});
