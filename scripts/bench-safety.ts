/**
 * Benchmark the safety detector: npx tsx scripts/bench-safety.ts
 *
 * Runs the labelled corpus in many variations (capitals, SMS spelling without apostrophes, curly
 * quotes, emoji, benign sentences before and after, long stories) and prints the time per message.
 * The detector runs on every incoming message, before the state machine: the first line of figures
 * is its cost per message (median and p99), against the median target of issue 8 (under 0.2 ms). It runs
 * under `npm start`'s node flags (scripts/under.start.flags.ts), whatever they are: until 7 Dec 2026 they
 * held `--no-regexp-tier-up` (every pattern compiled to native code at its first use, the detector two to
 * three times faster, but its code kept until the bot ran out of code space: src/safety/README.md, "Cost,
 * as production runs it"); now none that change matching.
 */
import './under.start.flags';
import { detectSafety, warmUpSafety } from '../src/safety';
import { BENIGN_FILLER, CORPUS } from '../test/safety/corpus.en-GB';
import { seededRandom } from './seeded.random';

const rand = seededRandom(20240131);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const VARIANTS: ((t: string) => string)[] = [
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase().replace(/['\u2019]/g, ''),
  (t) => t.replace(/'/g, '\u2019'),
  (t) => `${t} 😭😭`,
  (t) => `${t}!!! pls help`,
  (t) => `${pick(BENIGN_FILLER)}. ${t}`,
  (t) => `${t}. ${pick(BENIGN_FILLER)}`,
  (t) => `${pick(BENIGN_FILLER)}. ${pick(BENIGN_FILLER)}. ${t}. ${pick(BENIGN_FILLER)}`,
  // a long story of 8-15 sentences with the message in the middle (~600-1200 characters)
  (t) => {
    const n = 8 + Math.floor(rand() * 8);
    const parts = Array.from({ length: n }, () => pick(BENIGN_FILLER));
    parts.splice(Math.floor(n / 2), 0, t);
    return parts.join('. ');
  },
];

/** Issue 8: the detector's median cost per message stays under 0.2 ms. */
const TARGET_MEDIAN_US = 200;

const messages: string[] = [];
for (let round = 0; round < 2; round++) {
  for (const m of CORPUS) for (const v of VARIANTS) messages.push(v(m.text));
}

const coldStart = performance.now();
detectSafety("he's outside");
const coldMs = performance.now() - coldStart;
warmUpSafety();
// One untimed pass so every pattern has run on varied input.
for (const m of messages) detectSafety(m);

const times: number[] = [];
let flagged = 0;
const totalStart = performance.now();
for (const m of messages) {
  const start = performance.now();
  const v = detectSafety(m);
  times.push((performance.now() - start) * 1000);
  if (v.level !== 'none') flagged++;
}
const totalMs = performance.now() - totalStart;

times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
const chars = messages.reduce((n, m) => n + m.length, 0);

const ms = (us: number) => (us / 1000).toFixed(3);
console.log(`safety detector benchmark (${process.version})`);
console.log(`  detector cost per message: median ${ms(q(0.5))} ms, p99 ${ms(q(0.99))} ms (issue 8 target: median under ${ms(TARGET_MEDIAN_US)} ms: ${q(0.5) < TARGET_MEDIAN_US ? 'met' : 'NOT met'})`);
console.log(`  messages: ${messages.length} (${CORPUS.length} corpus x ${VARIANTS.length} variations x 2), mean length ${Math.round(chars / messages.length)} chars`);
console.log(`  first call (cold, compiles the patterns): ${coldMs.toFixed(1)} ms`);
console.log(`  median: ${q(0.5).toFixed(1)} us/message`);
console.log(`  p90:    ${q(0.9).toFixed(1)} us/message`);
console.log(`  p99:    ${q(0.99).toFixed(1)} us/message`);
console.log(`  max:    ${(times[times.length - 1] as number).toFixed(1)} us/message`);
console.log(`  total:  ${totalMs.toFixed(0)} ms (${flagged} flagged above none)`);
// Figures, not asserts (the machine may be shared): a miss is printed, and `npm run bench` goes on.
if (q(0.99) >= 1000) console.log('  note: p99 is over 1 ms per message (the long stories)');
