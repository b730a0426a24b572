/**
 * `npx tsx scripts/contact-blind.ts FILE [--misses]`: how the contact readers do on a blind batch of
 * answers to "How and when can the team safely contact you?" (labels: address, noAddress, thisChat,
 * refuses). In a web chat the bot asks once for a number or email exactly when the words neither
 * refuse contact (src/contact/refusal.ts) nor give a way to reach them (src/contact/address.ts):
 * that should be the `noAddress` answers only; `refuses` should be read as a refusal.
 */
import { readFileSync } from 'node:fs';
import { scoreContactAnswers, type ContactAnswer } from '../test/contact/blind/score';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: contact-blind.ts FILE [--misses]');
const batch = JSON.parse(readFileSync(file, 'utf8')) as ContactAnswer[];
const score = scoreContactAnswers(batch);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}% (${n}/${d})`;
console.log(`${file}: ${batch.length} answers`);
console.log(`  asked for a number exactly when it should: ${pct(score.askRight, batch.length)}; refusals read: ${pct(score.refusalsRead, score.refusals)}; refusals read where none was: ${score.falseRefusals}`);
if (process.argv.includes('--misses')) for (const m of score.misses) console.log(`  ${m}`);
