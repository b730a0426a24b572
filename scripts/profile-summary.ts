/**
 * Summarises a V8 CPU profile (`node --cpu-prof` writes `.cpuprofile` files): self time by
 * function and by file (node_modules collapsed to the package), and optionally the total time
 * (self + callees) of the functions matching a filter. Used to find where start-up and turns go.
 *   npx tsx scripts/profile-summary.ts .tmp/profile/CPU.xxx.cpuprofile [--top 30] [--total REGEX]
 *     [--callers REGEX [--depth 8]] [--skip SECONDS]
 * `--skip` leaves out the profile's first seconds (start-up), to see a bench's turns alone.
 * A sampling heap profile (`.heapprofile`, e.g. from `npm run bench:http -- --heap-profile`) is
 * summarised the same way, in KB allocated instead of ms.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface HeapNode {
  id: number;
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, total: { type: 'string' }, callers: { type: 'string' }, depth: { type: 'string', default: '8' }, skip: { type: 'string', default: '0' } },
});
if (positionals.length !== 1) {
  console.error('usage: tsx scripts/profile-summary.ts FILE.cpuprofile [--top N] [--total REGEX] [--callers REGEX [--depth N]]');
  process.exit(2);
}
const parsed = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile | { head: HeapNode };
const heap = 'head' in parsed;
const unit = heap ? 'KB' : 'ms';

/** A heap profile's tree as a CPU profile's flat nodes, one "sample" per node weighing its bytes. */
function fromHeap(head: HeapNode): Profile {
  const nodes: ProfileNode[] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  const visit = (n: HeapNode): void => {
    nodes.push({ id: n.id, callFrame: n.callFrame, children: n.children.map((c) => c.id) });
    if (n.selfSize > 0) {
      samples.push(n.id);
      timeDeltas.push(n.selfSize); // bytes, read below as microseconds are: / 1000 gives the unit shown (KB)
    }
    n.children.forEach(visit);
  };
  visit(head);
  return { nodes, samples, timeDeltas, startTime: 0, endTime: 0 };
}
const profile: Profile = 'head' in parsed ? fromHeap(parsed.head) : parsed;
const top = Number(args.top);

/** node_modules/<pkg> (or @scope/pkg), else the path after the project's folder. */
function fileOf(url: string): string {
  if (!url) return '(native/vm)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return `npm:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url.replace(/^file:\/\//, '');
}

function labelOf(n: ProfileNode): string {
  return `${n.callFrame.functionName || '(anonymous)'}  ${fileOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfMs = new Map<number, number>();
const skipMicros = heap ? 0 : Number(args.skip) * 1e6;
let sampledAt = profile.startTime;
profile.samples.forEach((id, i) => {
  sampledAt += profile.timeDeltas[i] ?? 0;
  if (sampledAt - profile.startTime < skipMicros) return;
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);

function addUp(key: (n: ProfileNode) => string): [string, number][] {
  const sums = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const k = key(byId.get(id)!);
    sums.set(k, (sums.get(k) ?? 0) + ms);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
}

function print(title: string, rows: [string, number][]): void {
  console.log(`\n${title}`);
  for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(9)} ${unit} ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${k}`);
}

console.log(heap ? `profile: ${(totalMs / 1000).toFixed(1)} MB allocated (sampled)` : `profile: ${(totalMs / 1000).toFixed(2)} s sampled`);
print(heap ? 'allocated by file / package' : 'self time by file / package', addUp((n) => fileOf(n.callFrame.url)));
print(
  heap ? 'allocated by function' : 'self time by function',
  addUp(labelOf),
);

if (args.total) {
  // Inclusive time of each matching frame, counted once per sample even when it recurses.
  const pattern = new RegExp(args.total);
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      const k = labelOf(n);
      if (!pattern.test(k) || seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  print(`total time (self + callees) of frames matching /${args.total}/`, [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top));
}

if (args.callers) {
  // Where the time of matching frames comes from: their call stacks (innermost first), heaviest first.
  const pattern = new RegExp(args.callers);
  const stacks = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(labelOf(byId.get(cur)!));
    const hit = chain.findIndex((k) => pattern.test(k));
    if (hit < 0) continue;
    const key = chain.slice(hit, hit + Number(args.depth)).join('\n      <- ');
    stacks.set(key, (stacks.get(key) ?? 0) + ms);
  }
  print(`call stacks of frames matching /${args.callers}/`, [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 12));
}
