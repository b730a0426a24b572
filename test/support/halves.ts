/**
 * Suites split in two test files so two vitest workers run the halves side by side: the odd- and even-numbered
 * blind batches (safety over HTTP, the understanding floors).
 */
export type Half = 'odd' | 'even';

/** The number in a batch's file name: "batch-179.json" -> 179. */
export const batchNumber = (fileName: string): number => Number(/\d+/.exec(fileName)?.[0] ?? Number.NaN);

/** Whether the batch numbered `number` belongs to this half. */
export const inHalf = (number: number, half: Half): boolean => (number % 2 === 1) === (half === 'odd');
