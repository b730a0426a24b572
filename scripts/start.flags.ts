/**
 * The node flags `npm start` runs the bot with (package.json "start": `node <flags> dist/src/index.js`),
 * so the benches time exactly what it runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export function startFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const words = start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/src/index.js') throw new Error(`unexpected start script: ${start}`);
  return words.slice(1, -1);
}

/**
 * Re-run this script under `npm start`'s node flags when it was started without them (`tsx script`),
 * so an in-process bench times the code as production runs it (a V8 flag there, such as the
 * `--no-regexp-tier-up` it had until 7 Dec 2026, changes what the detectors cost).
 * Returns only when the flags are already in force.
 */
export function ensureStartFlags(root: string, script: string): void {
  const wanted = startFlags(root).filter((f) => !f.startsWith('--disable-warning'));
  if (wanted.every((f) => process.execArgv.includes(f))) return;
  const run = spawnSync(process.execPath, [...wanted, '--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
