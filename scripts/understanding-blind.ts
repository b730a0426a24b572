/**
 * A blind understanding batch through the understanding step: facts read from each story against
 * the labels (relationship, behaviours, frequency, start date), with --misses to list what was missed.
 *
 *   npm run understanding:blind -- test/understanding/blind/batch-1.json --misses
 */
import { formatScore, readBatch, scoreBatch } from '../test/understanding/blind/score';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run understanding:blind -- FILE.json [--misses]');
  process.exit(2);
}
for (const file of files) {
  const score = scoreBatch(readBatch(file));
  console.log(formatScore(file, score));
  if (args.includes('--misses')) for (const m of score.misses) console.log(`  missed ${m}`);
}
