/**
 * Preloaded into the bot by `npm run bench:http -- --heap-profile` (node --require): samples every
 * allocation, including objects already collected (what `node --heap-prof` leaves out, and what a
 * turn's garbage is), from HEAP_PROFILE_AFTER_MS after start (default 6000: past start-up and the
 * compiling between turns, so the turns alone), and writes `alloc.<pid>.heapprofile` to
 * HEAP_PROFILE_DIR when the process is stopped.
 * Summarise with `npx tsx scripts/profile-summary.ts FILE.heapprofile`.
 */
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.HEAP_PROFILE_DIR;
/** HEAP_PROFILE_LIVE=1: only what is still alive at the end (what the turns kept: a leak shows here). */
const live = process.env.HEAP_PROFILE_LIVE === '1';
const session = new Session();
session.connect();
session.post('HeapProfiler.enable');
let started = false;
setTimeout(
  () => {
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 16384,
      includeObjectsCollectedByMajorGC: !live,
      includeObjectsCollectedByMinorGC: !live,
    });
    started = true;
  },
  Number(process.env.HEAP_PROFILE_AFTER_MS ?? 6000),
).unref();

let written = false;
function write() {
  if (written || !dir || !started) return;
  written = true;
  session.post('HeapProfiler.stopSampling', (err, result) => {
    if (err) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `alloc.${process.pid}.heapprofile`),
      JSON.stringify(result.profile),
    );
  });
}
process.prependListener('SIGTERM', write);
process.on('exit', write);
