/**
 * The facts each blind batch got on its FIRST run, from the understanding code as it was at the
 * commit that recorded that run (batches 4-9; batch 10's first run is the rules of today, read with
 * `learned: false`). Writes .tmp/first-runs.json ({ story text: facts }), for
 *   npm run understanding:train -- --loo --rules .tmp/first-runs.json --batches batch-4,...,batch-10
 * which measures the learned fallback against the rules as they were before each batch's fixes.
 * Each commit's src, dialogs and locales are unpacked under .tmp/first-runs/ (git archive) and read in
 * a process of their own.
 *
 *   npx tsx scripts/understanding-first-runs.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The commit that recorded each batch's first run ("blind batch N kept, first run ... recorded before any fix"). */
const FIRST_RUNS: Readonly<Record<string, string>> = {
  'batch-4': '79fc2bd',
  'batch-5': 'c7895d5',
  'batch-6': 'edc3ec9',
  'batch-7': '0e902ad',
  'batch-8': '0541454',
  'batch-9': '65d9052',
};

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, '.tmp', 'first-runs');
const TODAY = '2026-11-30T12:00:00Z';

function child(commit: string, batch: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(OUT, commit, 'src', 'understanding')) as typeof import('../src/understanding');
  const stories = JSON.parse(readFileSync(path.join(ROOT, 'test', 'understanding', 'blind', `${batch}.json`), 'utf8')) as { text: string }[];
  const out: Record<string, unknown> = {};
  for (const s of stories) out[s.text] = mod.understand(s.text, { now: new Date(TODAY), timeZone: 'Europe/London' });
  process.stdout.write(JSON.stringify(out));
}

function main(): void {
  const all: Record<string, unknown> = {};
  for (const [batch, commit] of Object.entries(FIRST_RUNS)) {
    const dir = path.join(OUT, commit);
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      const tar = execFileSync('git', ['archive', commit, 'src', 'dialogs', 'locales'], { cwd: ROOT, maxBuffer: 1 << 28 });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    const json = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', commit, batch], { cwd: ROOT, maxBuffer: 1 << 26 });
    Object.assign(all, JSON.parse(json.toString('utf8')));
    console.log(`${batch}: read with the code at ${commit}`);
  }
  const file = path.join(ROOT, '.tmp', 'first-runs.json');
  writeFileSync(file, JSON.stringify(all));
  console.log(`wrote ${file}`);
}

const at = process.argv.indexOf('--child');
if (at > 0) child(process.argv[at + 1] as string, process.argv[at + 2] as string);
else main();
