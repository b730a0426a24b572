/**
 * Verdict-equality harness for the safety detector: every text the safety tests use, run through
 * the detector, written to a JSON snapshot or compared with one. For changes that must not move a
 * single verdict (speed work, refactors): snapshot before, compare after.
 *
 *   npm run safety:verdicts -- --write .tmp/verdicts-before.json     # on the untouched code
 *   npm run safety:verdicts -- --compare .tmp/verdicts-before.json   # after each change (exit 1 on any difference;
 *     every changed top level is listed first, then up to VERDICT_DIFFS other differences)
 *
 * Texts: the corpus, the held-out wording, every kept blind batch, the literal messages in
 * test/safety/*.test.ts, the conversation lines the blind HTTP test sends before a message, the
 * variants the trigger test uses (capitals, no apostrophes, doubled and reversed), the benchmark's
 * mix (filler before and after, long stories) and seeded random strings (fast-check). Each text is
 * run as a first message (as typed) and mid-conversation (trimmed, as the adapter passes it on).
 * A verdict is the full explanation: every rule that fired, its level and the words that matched,
 * the top verdict (with alsoCrisis), and the rules without their trigger gates.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { detectSafety, explainSafety } from '../src/safety';
import { runRules } from '../src/safety/engine';
import { packFor } from '../src/safety/rules';
import { BENIGN_FILLER, CORPUS } from '../test/safety/corpus.en-GB';
import { HELD_OUT } from '../test/safety/heldout.en-GB';
import { keptBatches } from '../test/safety/blind/blind.batches';
import { NAMED_VERDICTS } from '../test/support/detectors';
import { seededRandom } from './seeded.random';

const TEST_DIR = path.join(__dirname, '..', 'test', 'safety');
/** What the blind HTTP test sends before a message mid-conversation. */
const MID_CONVERSATION_LINES = ['hi', "I'm safe", 'my ex keeps messaging me'];

/** String literals of 4+ characters in the safety test files (the messages they check). */
function testFileLiterals(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(TEST_DIR).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(path.join(TEST_DIR, file), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){4,})'|"((?:[^"\\\n]|\\.){4,})"|`([^`$\\]{4,})`/g)) {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      out.push(raw.replace(/\\'/g, "'").replace(/\\"/g, '"').replace(/\\n/g, '\n'));
    }
  }
  return out;
}


function benchMix(base: readonly string[]): string[] {
  const rand = seededRandom(20240131);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: string[] = [];
  for (const t of base) {
    out.push(
      `${t} 😭😭`,
      `${t}!!! pls help`,
      t.replace(/'/g, '\u2019'),
      `${pick(BENIGN_FILLER)}. ${t}`,
      `${t}. ${pick(BENIGN_FILLER)}`,
      `${pick(BENIGN_FILLER)}. ${pick(BENIGN_FILLER)}. ${t}. ${pick(BENIGN_FILLER)}`,
    );
    const n = 8 + Math.floor(rand() * 8);
    const parts = Array.from({ length: n }, () => pick(BENIGN_FILLER));
    parts.splice(Math.floor(n / 2), 0, t);
    out.push(parts.join('. '));
  }
  return out;
}

function randomStrings(): string[] {
  const corpus = CORPUS.map((m) => m.text);
  const arb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary', maxLength: 6000 }),
    fc.constantFrom(...corpus).chain((t) => fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })).map(([a, b]) => a + t + b)),
  );
  const sentenceEnd = fc.constantFrom('. ', '.\n', '! ', '? ', '\n\n', '. 🙁 ', '... ');
  const run = fc.array(fc.tuple(fc.constantFrom(...BENIGN_FILLER), sentenceEnd), { minLength: 0, maxLength: 8 });
  const embedded = fc.tuple(run, fc.constantFrom(...corpus), sentenceEnd, run).map(([a, t, e, b]) =>
    [...a.map(([s, x]) => s + x), t, e, ...b.map(([s, x]) => s + x)].join(''),
  );
  return [...fc.sample(arb, { numRuns: 600, seed: 20261130 }), ...fc.sample(embedded, { numRuns: 600, seed: 20261201 })];
}

/** The texts, and which of them also run without trigger gates (the slowest check: the plain variants). */
export function verdictTexts(): { texts: string[]; ungated: Set<string> } {
  const base = [
    ...CORPUS.map((m) => m.text),
    ...BENIGN_FILLER,
    ...HELD_OUT.flatMap((b) => b.cases.map(([t]) => t)),
    ...keptBatches().flatMap((b) => b.messages.map((m) => m.text)),
    ...Object.keys(NAMED_VERDICTS),
    ...MID_CONVERSATION_LINES,
    ...testFileLiterals(),
  ];
  const variants = base.flatMap((t) => [t, t.toUpperCase(), t.replace(/'/g, ''), `${t}. ${t.split(' ').reverse().join(' ')}`]);
  const all = [...variants, ...benchMix(base), ...randomStrings()];
  return { texts: [...new Set(all)], ungated: new Set(variants) };
}

interface Verdict {
  /** explainSafety: every rule that fired, level and words, in order. */
  explained: string[];
  top: ReturnType<typeof detectSafety>;
  /** The rules with their trigger gates off (the tests compare this with the gated run). */
  ungated?: string[];
}

function verdictOf(text: string, ungated: boolean): Verdict {
  const pack = packFor('en-GB');
  const verdict: Verdict = {
    explained: explainSafety(text).map((m) => `${m.level} ${m.rule} <- ${m.match}`),
    top: detectSafety(text),
  };
  if (ungated) verdict.ungated = runRules(text, pack, { ignoreTriggers: true }).map((m) => `${m.rule} <- ${m.match}`);
  return verdict;
}

/** Every text as a first message (as typed) and mid-conversation (trimmed by the adapter). */
export function allVerdicts(): Record<string, Verdict> {
  const out: Record<string, Verdict> = {};
  const { texts, ungated } = verdictTexts();
  for (const text of texts) {
    out[`first:${text}`] = verdictOf(text, ungated.has(text));
    const trimmed = text.trim();
    if (trimmed !== text && trimmed.length > 0) out[`mid:${trimmed}`] = verdictOf(trimmed, ungated.has(text));
  }
  return out;
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--write' && mode !== '--compare') || !file) {
    console.error('usage: safety-verdicts --write FILE | --compare FILE');
    process.exit(2);
  }
  const start = performance.now();
  const now = allVerdicts();
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (mode === '--write') {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, `${JSON.stringify(now, null, 1)}\n`);
    console.log(`wrote ${Object.keys(now).length} verdicts to ${file} (${seconds} s)`);
    return;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Verdict>;
  // Texts added or removed since the snapshot (a new test file, a new batch) are counted, not
  // compared: only a text in both runs can show a changed verdict.
  // A changed top level (what the person is told) is listed before changes only in which rules fired or their words.
  const differences: string[] = [];
  const levelChanges: string[] = [];
  let compared = 0;
  for (const key of Object.keys(now)) {
    if (!(key in before)) continue;
    compared++;
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(now[key]);
    if (a === b) continue;
    const shown = `${JSON.stringify(key).slice(0, 160)}\n  before: ${a}\n  now:    ${b}`;
    if (before[key]!.top.level !== now[key]!.top.level) levelChanges.push(shown);
    else differences.push(shown);
  }
  if (levelChanges.length > 0) console.error(`${levelChanges.length} of ${compared} top levels differ:\n${levelChanges.join('\n')}`);
  differences.unshift(...levelChanges);
  const added = Object.keys(now).length - compared;
  const removed = Object.keys(before).filter((key) => !(key in now)).length;
  const extra = added + removed > 0 ? ` (${added} new texts, ${removed} gone: not compared)` : '';
  if (differences.length > 0) {
    console.error(`${differences.length} of ${compared} verdicts differ from ${file}${extra}:`);
    console.error(differences.slice(0, Number(process.env.VERDICT_DIFFS ?? 30)).join('\n'));
    process.exit(1);
  }
  console.log(`all ${compared} verdicts equal ${file}${extra} (${seconds} s)`);
}

if (require.main === module) main();
