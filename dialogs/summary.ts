/**
 * The lines of the summary the person reviews before anything is shared, in display order.
 * Labels: summary.lines.<id>. The person can change or remove any line that has a value
 * ("moments", when the bot showed emergency guidance, can only be removed).
 */
export const SUMMARY_LINES = [
  'story',
  'relationship',
  'behaviours',
  'since',
  'howOften',
  'risk',
  'moments',
  'evidence',
  'police',
  /** Answers to questions added as modules without a line of their own (Answers.more). */
  'more',
  'route',
] as const;
export type SummaryLineId = (typeof SUMMARY_LINES)[number];

export function isSummaryLineId(value: unknown): value is SummaryLineId {
  return typeof value === 'string' && (SUMMARY_LINES as readonly string[]).includes(value);
}
