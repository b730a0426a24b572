/**
 * Blind safety batches: messages written by helpers who saw only the label definitions and a
 * diversity brief (test/safety/blind/BRIEF.md), never the rules or earlier corpora. Each batch's
 * first-run result is recorded in src/safety/README.md; afterwards the batch is a regression test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { batchNumber } from '../../support/halves';

export const BLIND_LABELS = ['emergency', 'crisis', 'risk', 'safe', 'either'] as const;
export type BlindLabel = (typeof BLIND_LABELS)[number];

const blindMessage = z.object({
  text: z.string().min(1),
  label: z.enum(BLIND_LABELS),
  why: z.string().optional(),
});
export type BlindMessage = z.infer<typeof blindMessage>;

export const BLIND_DIR = __dirname;

/** One batch file (a JSON array of {text, label, why}). */
export function loadBatch(file: string): BlindMessage[] {
  return z.array(blindMessage).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every kept batch in this folder, by name (batch-1, batch-2...). */
export function keptBatches(): { name: string; number: number; messages: BlindMessage[] }[] {
  return readdirSync(BLIND_DIR)
    .filter((f) => /^batch-\d+\.json$/.test(f))
    .sort((a, b) => batchNumber(a) - batchNumber(b))
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      number: batchNumber(f),
      messages: loadBatch(path.join(BLIND_DIR, f)),
    }));
}

/** The number of the oldest of the latest `count` batches: a batch is among them when its number is at least this. */
export function oldestOfLatest(batches: readonly { number: number }[], count: number): number {
  return batches.map((b) => b.number).sort((a, b) => b - a)[count - 1] ?? 0;
}
