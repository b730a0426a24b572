/**
 * `npm run bench:http`: this bot against an echo bot on the same stack (restify 11 + CloudAdapter,
 * scripts/bench-http/echo.bot.ts), both as separate processes on loopback, driven the same way:
 * whole conversations over HTTP with `deliveryMode: "expectReplies"`, 16 at a time, in alternating
 * rounds (echo, bot, echo, bot, ...) after alternating warm-up rounds (and the bot's between-turns warm-up: src/app.ts), in one run. Prints turns a second
 * and latency for each side, the ratios (targets: bot throughput >= 0.5x the echo bot's, p99 <= 1.5x),
 * the typed free-text turn (the story) on its own, and each server's CPU time per turn (all its
 * threads, and its main thread alone, from /proc: what other work on a shared machine changes
 * least; then by thread - the bot names its understanding and SQLite checkpoint threads, V8's and
 * libuv's stay "node"), and the bench's own CPU per turn (the client shares the machine's cores with the server it drives, so
 * a server's throughput here is about the cores over its CPU per turn plus the client's). Figures, not asserts.
 *
 * Then the same conversations in an open loop: they arrive at random (Poisson) at a fixed offered load,
 * half of what this bot did flat out, at the same moments for both sides, each person still waiting
 * for a reply before the next message. In the closed loop latency is concurrency over throughput, so
 * its p99 ratio only repeats the throughput ratio; the open loop's p99 is what a person waits at a
 * load both sides can carry.
 *
 * This bot runs compiled (`dist/src/index.js`, as `npm start` does; built first) on SQLite in a temp
 * folder, with rate limits raised (one client drives every conversation).
 *   npm run bench:http                 8 warm-up rounds and 6 measured rounds a side
 *   npm run bench:http -- --rounds 5 --warm-up 2
 *     Warm-up: both servers (and this client) keep getting faster for thousands of turns while V8 compiles and
 *     re-optimises their code; the echo bot gains most (at 1 warm-up round it ran at about half its settled speed,
 *     which made the ratio look better than it is). The measured rounds start after the warm-up rounds, and each
 *     round is printed, so a trend still climbing is seen.
 *   npm run bench:http -- --profile    also writes a CPU profile of the bot to .tmp/profile/ (and of the echo bot
 *     to .tmp/profile/echo/, to compare the same stack's share)
 *   npm run bench:http -- --heap-profile   a sampling profile of what the bot allocates, garbage included,
 *     to .tmp/profile/ (scripts/bench-http/heap.sampling.cjs; HEAP_PROFILE_LIVE=1: only what is still
 *     alive at the end, where a leak would show); summarise either with scripts/profile-summary.ts
 *   npm run bench:http -- --concurrency 1   conversations at a time (default 16; 1: no queueing, so a
 *     profile's time is the turn's own, not time spent waiting for a core)
 *   npm run bench:http -- --open-load 0.3   the open loop's offered load, as a share of this bot's
 *     closed-loop throughput (default 0.5; 0: no open rounds)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seededRandom } from './seeded.random';
import { startFlags } from './start.flags';
import { listeningPort } from '../test/support/listening.port';

const ROOT = join(__dirname, '..');
const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '6' }, 'warm-up': { type: 'string', default: '8' }, profile: { type: 'boolean', default: false },
    'heap-profile': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '16' },
    'open-load': { type: 'string', default: '0.5' },
  },
});
const ROUNDS = Number(args.rounds);
/** Alternating rounds a side before the measured ones, not counted (see the header). */
const WARM_UP_ROUNDS = Math.max(1, Number(args['warm-up']));
const CONCURRENCY = Number(args.concurrency);
const CONVERSATIONS_PER_ROUND = 64;
/** Open loop: the offered load as a share of this bot's closed-loop throughput (0: no open rounds). */
const OPEN_LOAD = Number(args['open-load']);
const OPEN_CONVERSATIONS_PER_ROUND = 128;
/** How long the measured rounds wait for the bot's between-turns warm-up to finish (it logs warmUp.done). */
const WARM_UP_WAIT_MS = 30_000;

/** One conversation: join, the safety button, a typed story, confirmations, help. */
const FREE_TEXT = 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026';
const SCRIPT: Record<string, unknown>[] = [
  { type: 'conversationUpdate', membersAdded: [{ id: 'person' }, { id: 'bot' }] },
  { type: 'message', value: { q: 'safety', c: 'safe' } },
  { type: 'message', text: FREE_TEXT },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'help' },
];

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
}

async function startServer(name: string, command: string[], env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await listeningPort(child, { name });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  while ((await fetch(`${url}/healthz`).then((r) => r.status, () => 0)) !== 200) await new Promise((r) => setTimeout(r, 50));
  return { name, url, child };
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/** CPU seconds (user + system) in a /proc stat file: utime, stime in clock ticks (USER_HZ, 100 on Linux). */
function statCpuSeconds(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds a child process has used so far, all its threads or (`mainThread`) its main thread only;
 * undefined without Linux's /proc.
 */
function cpuSeconds(child: ChildProcess, mainThread = false): number | undefined {
  try {
    return statCpuSeconds(mainThread ? `/proc/${child.pid}/task/${child.pid}/stat` : `/proc/${child.pid}/stat`);
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds each thread of a child process has used so far, by name and id ("understanding#1234"; the main thread
 * "main"); {} without /proc.
 */
function cpuByThread(child: ChildProcess): Record<string, number> {
  const byName: Record<string, number> = {};
  try {
    for (const task of readdirSync(`/proc/${child.pid}/task`)) {
      try {
        const name = task === String(child.pid) ? 'main' : `${readFileSync(`/proc/${child.pid}/task/${task}/comm`, 'utf8').trim()}#${task}`;
        byName[name] = statCpuSeconds(`/proc/${child.pid}/task/${task}/stat`);
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return byName;
}

interface Round {
  turns: number;
  /** CPU seconds the server process used during the round (all its threads). */
  cpu: number | undefined;
  /** The same, its main thread only (the bot reads dates and checkpoints SQLite on other threads). */
  mainCpu: number | undefined;
  /** CPU seconds this process (the load generator, the same for both sides) used during the round. */
  clientCpu: number;
  seconds: number;
  latencies: number[];
  freeText: number[];
  failures: number;
}

let conversationCounter = 0;

/** One whole conversation, turn after turn (each sent once the reply to the one before is in). */
async function converse(server: Server, into: Round): Promise<void> {
  const conversation = `bench-${server.name}-${process.pid}-${++conversationCounter}`;
  for (const [i, activity] of SCRIPT.entries()) {
    const t0 = performance.now();
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'webchat',
        serviceUrl: 'http://127.0.0.1:9/',
        conversation: { id: conversation },
        from: { id: 'person' },
        recipient: { id: 'bot' },
        id: `${conversation}-${i}`,
        locale: 'en-GB',
        deliveryMode: 'expectReplies',
        ...activity,
      }),
    });
    const body = (await response.json()) as { activities?: unknown[] };
    const ms = performance.now() - t0;
    if (response.status !== 200 || !body.activities?.length) into.failures++;
    into.latencies.push(ms);
    if (activity.text === FREE_TEXT) into.freeText.push(ms);
  }
}

/**
 * Runs `drive` against the server and measures it: turns, wall time, the server's CPU (all its
 * threads, and its main thread) and every turn's latency.
 */
async function measured(server: Server, label: string, drive: (into: Round) => Promise<void>): Promise<Round> {
  const result: Round = { turns: 0, seconds: 0, cpu: undefined, mainCpu: undefined, clientCpu: 0, latencies: [], freeText: [], failures: 0 };
  const clientBefore = process.cpuUsage();
  const cpuBefore = cpuSeconds(server.child);
  const mainCpuBefore = cpuSeconds(server.child, true);
  const started = performance.now();
  await drive(result);
  result.seconds = (performance.now() - started) / 1000;
  result.turns = result.latencies.length;
  const client = process.cpuUsage(clientBefore);
  result.clientCpu = (client.user + client.system) / 1e6;
  const cpuAfter = cpuSeconds(server.child);
  const mainCpuAfter = cpuSeconds(server.child, true);
  result.cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  result.mainCpu = mainCpuBefore === undefined || mainCpuAfter === undefined ? undefined : mainCpuAfter - mainCpuBefore;
  console.log(`  ${server.name} ${label}: ${(result.turns / result.seconds).toFixed(0)} turns/s, p99 ${percentile(result.latencies, 0.99).toFixed(1)} ms`);
  return result;
}

/** Closed loop: CONCURRENCY conversations at a time, each next one as soon as one ends (the most it can do). */
function round(server: Server, label = 'round'): Promise<Round> {
  let next = 0;
  return measured(server, label, (into) =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < CONVERSATIONS_PER_ROUND) await converse(server, into);
      }),
    ).then(() => undefined),
  );
}

/**
 * Open loop: conversations begin at the given times (ms from the start) whether or not earlier ones
 * have finished, as people arrive; each person still waits for a reply before the next message.
 * Latency at a fixed offered load, the same load for both sides: what a person waits at that load.
 */
function openRound(server: Server, startsAtMs: number[]): Promise<Round> {
  return measured(server, 'open round', async (into) => {
    const t0 = performance.now();
    await Promise.all(
      startsAtMs.map(async (at) => {
        const wait = at - (performance.now() - t0);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await converse(server, into);
      }),
    );
  });
}

/** Poisson arrivals: `count` conversation start times (ms) at `perSecond` conversations a second. */
function arrivals(count: number, perSecond: number, random: () => number): number[] {
  const times: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    at += (-Math.log(1 - random()) / perSecond) * 1000;
    times.push(at);
  }
  return times;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

interface Totals {
  turnsPerSecond: number;
  /** Server CPU (all threads) per turn, in ms: less sensitive to other work on the machine than latency. */
  cpuPerTurn: number | undefined;
  /** Its main thread's part. */
  mainCpuPerTurn: number | undefined;
  /** The load generator's CPU per turn, in ms: with the servers it shares the machine's cores. */
  clientCpuPerTurn: number;
  median: number;
  p99: number;
  freeTextMedian: number;
  freeTextP99: number;
  failures: number;
}

function totals(rounds: Round[]): Totals {
  const latencies = rounds.flatMap((r) => r.latencies);
  const freeText = rounds.flatMap((r) => r.freeText);
  return {
    turnsPerSecond: rounds.reduce((n, r) => n + r.turns, 0) / rounds.reduce((s, r) => s + r.seconds, 0),
    cpuPerTurn: rounds.some((r) => r.cpu === undefined)
      ? undefined
      : (1000 * rounds.reduce((s, r) => s + r.cpu!, 0)) / rounds.reduce((n, r) => n + r.turns, 0),
    mainCpuPerTurn: rounds.some((r) => r.mainCpu === undefined)
      ? undefined
      : (1000 * rounds.reduce((s, r) => s + r.mainCpu!, 0)) / rounds.reduce((n, r) => n + r.turns, 0),
    clientCpuPerTurn: (1000 * rounds.reduce((s, r) => s + r.clientCpu, 0)) / rounds.reduce((n, r) => n + r.turns, 0),
    median: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    freeTextMedian: percentile(freeText, 0.5),
    freeTextP99: percentile(freeText, 0.99),
    failures: rounds.reduce((n, r) => n + r.failures, 0),
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function printSide(name: string, t: Totals): void {
  console.log(
    `${name.padEnd(9)} ${t.turnsPerSecond.toFixed(0).padStart(8)} ${ms(t.median).padStart(8)} ${ms(t.p99).padStart(8)}   ` +
      `${`${ms(t.freeTextMedian)} / ${ms(t.freeTextP99)}`.padStart(22)}   ${String(t.failures).padStart(8)}   ` +
      `${t.cpuPerTurn === undefined ? '-' : ms(t.cpuPerTurn)}${t.mainCpuPerTurn === undefined ? '' : ` (${ms(t.mainCpuPerTurn)})`}`.padEnd(24) +
      ms(t.clientCpuPerTurn),
  );
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const profileDir = join(ROOT, '.tmp', 'profile');
  if (args.profile || args['heap-profile']) mkdirSync(profileDir, { recursive: true });
  const servers: Server[] = [];
  try {
    const echo = await startServer('echo', ['--disable-warning=DEP0111', ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/echo`] : []), '--import', 'tsx', join(ROOT, 'scripts', 'bench-http', 'echo.bot.ts')], {});
    servers.push(echo);
    console.log('echo bot ready');
    const bot = await startServer(
      'bot',
      [
        ...startFlags(ROOT),
        ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
        ...(args['heap-profile'] ? ['--require', join(ROOT, 'scripts', 'bench-http', 'heap.sampling.cjs')] : []),
        join(ROOT, 'dist', 'src', 'index.js'),
      ],
      {
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        STORAGE: 'sqlite',
        SQLITE_PATH: join(dir, 'bench.sqlite'),
        RATE_LIMIT_CLIENT_PER_SECOND: '100000',
        RATE_LIMIT_CLIENT_BURST: '1000000',
        RATE_LIMIT_CONVERSATION_PER_SECOND: '100000',
        RATE_LIMIT_CONVERSATION_BURST: '1000000',
        ...(args['heap-profile'] ? { HEAP_PROFILE_DIR: profileDir, HEAP_PROFILE_LIVE: process.env.HEAP_PROFILE_LIVE ?? '' } : {}),
      },
    );
    servers.push(bot);
    console.log('this bot ready');
    // The bot compiles the patterns its start-up warm-up did not reach between turns after ready
    // (src/text/compile.between.turns.ts) and logs when done: said here, as it slows the rounds meanwhile.
    const readyAt = performance.now();
    let compiledAt: number | undefined;
    bot.child.stdout!.on('data', (chunk: Buffer) => {
      if (compiledAt === undefined && chunk.toString().includes('"event":"warmUp.done"')) compiledAt = performance.now();
    });

    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
      await round(echo, 'warm-up round');
      await round(bot, 'warm-up round');
    }
    // The measured rounds time the bot warm: its between-turns work (compiling, the known answers' table) is
    // done once per process, so they wait for it (at most WARM_UP_WAIT_MS; the line below says if it was not).
    const waitUntil = performance.now() + WARM_UP_WAIT_MS;
    while (compiledAt === undefined && performance.now() < waitUntil) await new Promise((r) => setTimeout(r, 50));
    const measuredFrom = performance.now();
    const results: Record<'echo' | 'bot', Round[]> = { echo: [], bot: [] };
    const threadCpu: Record<'echo' | 'bot', Record<string, number>> = { echo: {}, bot: {} };
    for (let i = 0; i < ROUNDS; i++) {
      for (const [name, server] of [['echo', echo], ['bot', bot]] as const) {
        const before = cpuByThread(server.child);
        results[name].push(await round(server));
        for (const [thread, seconds] of Object.entries(cpuByThread(server.child))) {
          threadCpu[name][thread] = (threadCpu[name][thread] ?? 0) + seconds - (before[thread] ?? 0);
        }
      }
    }
    const e = totals(results.echo);
    const b = totals(results.bot);
    const turnsPerRound = CONVERSATIONS_PER_ROUND * SCRIPT.length;
    console.log(
      `\n${ROUNDS} alternating rounds a side (after ${WARM_UP_ROUNDS} warm-up round${WARM_UP_ROUNDS === 1 ? '' : 's'} each), ${turnsPerRound} turns a round: ` +
        `${CONVERSATIONS_PER_ROUND} conversations of ${SCRIPT.length} turns, ${CONCURRENCY} at a time, expectReplies over HTTP`,
    );
    console.log('side       turns/s   median      p99   free-text median / p99   failures   CPU/turn (main thread)   client CPU/turn');
    for (const [name, t] of [['echo bot', e], ['this bot', b]] as const) printSide(name, t);
    console.log(
      `ratios (this bot / echo bot): throughput ${(b.turnsPerSecond / e.turnsPerSecond).toFixed(2)}x (target >= 0.5x), ` +
        `p99 ${(b.p99 / e.p99).toFixed(2)}x (target <= 1.5x), median ${(b.median / e.median).toFixed(2)}x` +
        (b.cpuPerTurn === undefined || e.cpuPerTurn === undefined ? '' : `, server CPU per turn ${(b.cpuPerTurn / e.cpuPerTurn).toFixed(2)}x`) +
        (b.mainCpuPerTurn === undefined || e.mainCpuPerTurn === undefined ? '' : ` (main thread ${(b.mainCpuPerTurn / e.mainCpuPerTurn).toFixed(2)}x)`),
    );
    for (const name of ['echo', 'bot'] as const) {
      const turns = results[name].reduce((sum, r) => sum + r.turns, 0);
      const parts = Object.entries(threadCpu[name]).filter(([, seconds]) => seconds > 0).sort((x, y) => y[1] - x[1]);
      if (parts.length > 0) {
        console.log(`${name === 'echo' ? 'echo bot' : 'this bot'} CPU per turn by thread: ` + parts.map(([thread, seconds]) => `${thread} ${((1000 * seconds) / turns).toFixed(2)} ms`).join(', '));
      }
    }
    console.log(
      compiledAt === undefined
        ? "the bot's between-turns warm-up (compiling, the known answers) had not finished by the end"
        : `the bot's between-turns warm-up (compiling, the known answers) finished ${((compiledAt - readyAt) / 1000).toFixed(1)} s after ready, ` +
            `${compiledAt <= measuredFrom ? 'before' : 'after'} the measured rounds began (${((measuredFrom - readyAt) / 1000).toFixed(1)} s after ready)`,
    );
    console.log(`typed free-text turn (the story, "${FREE_TEXT.slice(0, 40)}..."): median ${ms(b.freeTextMedian)}, p99 ${ms(b.freeTextP99)}`);

    if (OPEN_LOAD > 0) {
      // The same offered load for both sides: a share of what this bot did flat out above.
      const offered = OPEN_LOAD * b.turnsPerSecond;
      const open: Record<'echo' | 'bot', Round[]> = { echo: [], bot: [] };
      console.log(`\nopen loop: conversations arriving at random (Poisson) at ${offered.toFixed(0)} turns/s offered (${(100 * OPEN_LOAD).toFixed(0)}% of this bot's closed-loop throughput), the same arrival times for both sides`);
      for (let i = 0; i < ROUNDS; i++) {
        const schedule = arrivals(OPEN_CONVERSATIONS_PER_ROUND, offered / SCRIPT.length, seededRandom(1000 + i));
        open.echo.push(await openRound(echo, schedule));
        open.bot.push(await openRound(bot, schedule));
      }
      const oe = totals(open.echo);
      const ob = totals(open.bot);
      console.log(`${ROUNDS} alternating open rounds a side, ${OPEN_CONVERSATIONS_PER_ROUND} conversations (${OPEN_CONVERSATIONS_PER_ROUND * SCRIPT.length} turns) a round`);
      console.log('side       turns/s   median      p99   free-text median / p99   failures   CPU/turn (main thread)   client CPU/turn');
      for (const [name, t] of [['echo bot', oe], ['this bot', ob]] as const) printSide(name, t);
      console.log(
        `ratios at ${offered.toFixed(0)} turns/s offered (this bot / echo bot): p99 ${(ob.p99 / oe.p99).toFixed(2)}x, median ${(ob.median / oe.median).toFixed(2)}x` +
          ` (the closed-loop p99 ratio above follows the throughput ratio; this one is the wait at a load both can carry)`,
      );
    }
  } finally {
    await Promise.all(servers.map(stop));
    rmSync(dir, { recursive: true, force: true });
    if (args.profile || args['heap-profile']) console.log(`profile of the bot: ${profileDir}`);
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
