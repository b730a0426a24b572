/**
 * Imported first by the in-process benches (`npm run bench`): re-runs the script under `npm start`'s
 * node flags when they are missing, before anything else loads (see ensureStartFlags).
 */
import { join } from 'node:path';
import { ensureStartFlags } from './start.flags';

ensureStartFlags(join(__dirname, '..'), process.argv[1] as string);
