/**
 * The lines of the summary the person reviews before anything is shared, in display order.
 * Labels: summary.lines.<id>. The person can change or remove any line that has a value.
 */
export const SUMMARY_LINES = [
  'story',
  'relationship',
  'behaviours',
  'since',
  'howOften',
  'risk',
  'evidence',
  'police',
  'route',
] as const;
export type SummaryLineId = (typeof SUMMARY_LINES)[number];

export function isSummaryLineId(value: unknown): value is SummaryLineId {
  return typeof value === 'string' && (SUMMARY_LINES as readonly string[]).includes(value);
}
