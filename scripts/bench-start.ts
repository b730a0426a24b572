/**
 * `npm run bench:start`: how long the compiled bot (`node dist/src/index.js`, what `npm start` runs)
 * takes from process start to `GET /healthz` 200, on SQLite in a temp folder. Builds first. Prints
 * figures (the median of a few starts); asserts nothing (the machine is shared and noisy).
 * Target (issue 14): at most 2.5 s. On Linux it also prints the CPU time the bot used up to then
 * (main thread, and the whole process with the understanding thread): wall time on a shared,
 * loaded machine mostly measures the other load; CPU time much less so.
 *   npm run bench:start -- --runs 5        starts to time (default 3)
 *   npm run bench:start -- --no-build      times dist/ as it is (to try a change made there)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startFlags } from './start.flags';
import { listeningPort } from '../test/support/listening.port';

const ROOT = join(__dirname, '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false } } });
const RUNS = Number(args.runs);
/** The node flags of `npm start` (package.json), so this times what it runs. */
const START_FLAGS = startFlags(ROOT);

/** CPU seconds (user + system) from /proc/<pid>[/task/<tid>]/stat; undefined where there is no /proc. */
function cpuSeconds(path: string): number | undefined {
  try {
    const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function startOnce(dir: string): Promise<{ listeningMs: number; readyMs: number; mainCpu?: number; processCpu?: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...START_FLAGS, join(ROOT, 'dist', 'src', 'index.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', SQLITE_PATH: join(dir, 'bot.sqlite') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await listeningPort(child);
    const listeningMs = performance.now() - t0;
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const readyMs = performance.now() - t0;
    return {
      listeningMs,
      readyMs,
      mainCpu: cpuSeconds(`/proc/${child.pid}/task/${child.pid}/stat`),
      processCpu: cpuSeconds(`/proc/${child.pid}/stat`),
    };
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

async function main(): Promise<void> {
  if (!args['no-build']) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await startOnce(dir));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`start to listening: ${runs.map((r) => s(r.listeningMs)).join(', ')} (median ${s(median(runs.map((r) => r.listeningMs)))})`);
    console.log(`start to /healthz 200: ${runs.map((r) => s(r.readyMs)).join(', ')} (median ${s(median(runs.map((r) => r.readyMs)))}; target <= 2.50 s)`);
    const main = runs.map((r) => r.mainCpu).filter((x): x is number => x !== undefined);
    const all = runs.map((r) => r.processCpu).filter((x): x is number => x !== undefined);
    if (main.length === runs.length && all.length === runs.length) {
      console.log(`CPU used by then: main thread ${main.map((x) => `${x.toFixed(2)} s`).join(', ')} (median ${median(main).toFixed(2)} s), whole process median ${median(all).toFixed(2)} s`);
    }
    console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')} (2 CPUs: above ~2 the figures above are mostly waiting)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
