/**
 * Benchmark for src/understanding: cold start (require + first call), then the per-message
 * cost of `understand` over a few hundred varied messages, and the learned fallback's share of it.
 *
 *   npx tsx scripts/bench-understanding.ts [messages=400]
 */
import './under.start.flags';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rss0 = process.memoryUsage().rss;

const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mod = require('../src/understanding') as typeof import('../src/understanding');
const t1 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('../src/understanding/dates') as typeof import('../src/understanding/dates')).getDateModel('en-GB');
const tModel = performance.now();
const NOW = new Date('2026-11-28T12:00:00Z');
mod.understand('My ex has been texting me since 03/04/2026', { now: NOW });
const t2 = performance.now();
const rssCold = process.memoryUsage().rss;

// ------------------------------------------------------------------ varied messages (seeded)
let seed = 20261128;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const who = ['My ex', 'My ex-boyfriend', 'My husband', 'A guy I met on Tinder', 'Someone at work', 'My neighbour', 'My brother', 'A man I don\'t know', 'I don\'t know who it is but someone', 'My former partner', 'A colleague'];
const what = [
  'keeps turning up at my work', 'rings me from withheld numbers', 'has been messaging me on Instagram', 'made a fake account pretending to be me',
  'put a tracker on my car', 'keeps messaging my mum', 'left flowers on my doorstep', 'logs into my email', 'threatened to share my photos',
  'keyed my car', 'follows me home', 'waits outside my house', "said he'd hurt me", 'sends me letters', 'reads my texts', 'emails me',
];
const often = ['about three times a week', 'every night', 'constantly', 'twice a day', 'most days', 'now and then', '50 times a day', 'every few days', 'once a month', ''];
const since = ['since 03/04/2026', 'since Christmas', 'for about 6 months', 'since last March', 'three weeks ago', 'last summer', 'since the 3rd of April', 'for a couple of years', 'since last Tuesday', ''];
const filler = [
  'I am really scared and I do not know what to do.', 'I have told my family and they are worried.', 'I have kept screenshots of everything.',
  'The police said to keep a diary.', 'I just want it to stop.', 'Sorry if this does not make sense.',
];
const short = ['yes', 'no', 'not sure', 'skip', 'my ex', 'since March', 'every day', 'help', 'three times a day', 'a couple of years'];

const messages: string[] = [];
const total = Number(process.argv[2] ?? 400);
for (let i = 0; i < total; i++) {
  const kind = rand();
  if (kind < 0.25) messages.push(pick(short));
  else {
    let m = `${pick(who)} ${pick(what)} ${pick(often)} ${pick(since)}`.replace(/\s+/g, ' ').trim() + '.';
    if (kind > 0.7) m = `${pick(filler)} ${m} ${pick(filler)} ${pick(who)} also ${pick(what)}. ${pick(filler)}`;
    if (kind > 0.95) m = (m + ' ').repeat(4);
    messages.push(m);
  }
}

// ------------------------------------------------------------------ warm, then measure
for (const m of messages.slice(0, 50)) mod.understand(m, { now: NOW });
const times: number[] = [];
let found = 0;
for (const m of messages) {
  const s = performance.now();
  const facts = mod.understand(m, { now: NOW });
  times.push(performance.now() - s);
  found += Object.keys(facts).length;
}
// The learned fallback's share (src/understanding/learned.ts): the same messages read with the rules
// alone and with the fallback, alternating which goes first so both see the same warm state.
const learnedCost: number[] = [];
for (let round = 0; round < 3; round++) {
  messages.forEach((m, i) => {
    const first = (i + round) % 2 === 0;
    const timed = (learned: boolean) => {
      const s = performance.now();
      mod.understand(m, { now: NOW, learned });
      return performance.now() - s;
    };
    const a = first ? timed(true) : timed(false);
    const b = first ? timed(false) : timed(true);
    learnedCost.push(first ? a - b : b - a);
  });
}
learnedCost.sort((a, b) => a - b);
const learnedMean = learnedCost.reduce((a, b) => a + b, 0) / learnedCost.length;
const learnedStories = messages.filter((m) => m.split(/\s+/).filter(Boolean).length >= 6).length;

times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const chars = messages.reduce((a, m) => a + m.length, 0) / messages.length;

console.log(`understanding bench (Node ${process.version}, ${messages.length} messages, mean ${chars.toFixed(0)} chars)`);
console.log(
  `cold: require ${(t1 - t0).toFixed(0)} ms + first call ${(t2 - t1).toFixed(0)} ms = ${(t2 - t0).toFixed(0)} ms ` +
    `(of which loading the recognizer and building its model ${(tModel - t1).toFixed(0)} ms); RSS ${mb(rss0)} -> ${mb(rssCold)}`,
);
console.log(`warm per message: median ${q(0.5).toFixed(2)} ms, p90 ${q(0.9).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, max ${(times[times.length - 1] as number).toFixed(2)} ms, mean ${mean.toFixed(2)} ms`);
console.log(
  `of which the learned fallback (${learnedStories} of ${messages.length} messages long enough to be read by it): mean ${learnedMean.toFixed(3)} ms, ` +
    `median ${(learnedCost[Math.floor(learnedCost.length / 2)] as number).toFixed(3)} ms a message (with it minus without it, ${learnedCost.length} pairs)`,
);
console.log(`facts found: ${found} (${(found / messages.length).toFixed(2)} per message); RSS now ${mb(process.memoryUsage().rss)}`);
