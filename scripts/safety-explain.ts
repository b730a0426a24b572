/**
 * Why did the detector say that? Prints the normalised clauses and every rule that fired:
 *   npx tsx scripts/safety-explain.ts "hes outside rn" "another message"
 * For development only: never run it on real people's messages in production logs.
 */
import { explainSafety, normalise } from '../src/safety';
import { packFor } from '../src/safety/rules';

for (const text of process.argv.slice(2)) {
  console.log(`> ${text}`);
  console.log(`  clauses: ${normalise(text, packFor('en-GB').normalisation).join(' | ')}`);
  const matches = explainSafety(text);
  if (matches.length === 0) console.log('  none');
  for (const m of matches) console.log(`  ${m.rule} <- "${m.match}"`);
}
