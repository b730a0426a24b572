/**
 * The project's root folder (the one holding package.json), found from this file's location, so the
 * same code finds `.env`, `data/` and `src/web/public` whether it runs from src/ (tsx, tests) or from
 * the compiled dist/src/ (`npm start`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
