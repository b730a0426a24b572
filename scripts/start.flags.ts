/**
 * The node flags `npm start` runs the bot with (package.json "start": `node <flags> dist/src/index.js`),
 * so the benches time exactly what it runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function startFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const words = start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/src/index.js') throw new Error(`unexpected start script: ${start}`);
  return words.slice(1, -1);
}
