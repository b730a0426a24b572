/**
 * WAL checkpoints off the main thread. SQLite copies the write-ahead log back into the database file
 * (a checkpoint) when it reaches 1,000 pages, inside whichever commit crossed that line, and with
 * synchronous=NORMAL a checkpoint is the one step that fsyncs: better-sqlite3 runs it synchronously,
 * so every few hundred turns one turn's commit held the event loop for ~10-100 ms (in a store
 * micro-benchmark: 1.7% of commits over 5 ms, and half the average commit cost).
 *
 * Here the bot's connection never checkpoints (`wal_autocheckpoint = 0`); a worker thread with its
 * own connection to the same file runs a PASSIVE checkpoint every `intervalMs`, which never waits
 * for, or blocks, the bot's reads and writes. Durability is unchanged: a turn is durable once its
 * commit is in the WAL (as before); a checkpoint only moves committed pages into the main file.
 * If the thread fails or exits, the bot's connection checkpoints by itself again, as before.
 */
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** SQLite's default wal_autocheckpoint, restored when the thread is gone. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
/** Between checkpoints while the log is short. */
const DEFAULT_INTERVAL_MS = 1000;
/**
 * The log only starts again from its beginning (instead of growing) at a commit that finds every
 * frame already checkpointed, so a checkpoint that a commit overtook is tried again soon while the
 * log is longer than SQLite's own threshold.
 */
const RETRY_MS = 20;
/**
 * A log this long (frames; ~64 MB of 4 KB pages) means commits never left the thread a quiet moment:
 * the bot's connection then checkpoints once itself (as SQLite did by itself before), so it can't grow
 * without bound.
 */
const CATCH_UP_FRAMES = 16_000;

/** Plain JavaScript (no TypeScript loader needed in the thread, compiled or under tsx). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Named for ps/top -H and the bench's CPU by thread (Linux; elsewhere nothing to name).
try { require('node:fs').writeFileSync('/proc/thread-self/comm', 'sqlite-ckpt'); } catch {}
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.path, { fileMustExist: true, timeout: 0 });
let timer;
function checkpoint() {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  if (result.log >= workerData.catchUpFrames) parentPort.postMessage('catch-up');
  timer = setTimeout(checkpoint, result.log > workerData.retryAboveFrames ? workerData.retryMs : workerData.intervalMs);
}
timer = setTimeout(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

export interface CheckpointThread {
  /** Whether the thread is checkpointing (false once it failed: the bot's connection does it again). */
  isRunning(): boolean;
  /** Stops the thread and closes its connection (before the bot's own connection is closed). */
  close(): Promise<void>;
}

export function startCheckpointThread(sqlite: BetterSqlite3.Database, path: string, intervalMs = DEFAULT_INTERVAL_MS): CheckpointThread {
  let running = true;
  let closing = false;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    execArgv: [], // none of the bot's flags (or a test runner's loaders) are needed to run SQLite
    workerData: {
      path,
      intervalMs,
      retryMs: RETRY_MS,
      retryAboveFrames: SQLITE_DEFAULT_AUTOCHECKPOINT,
      catchUpFrames: CATCH_UP_FRAMES,
      betterSqlite3: require.resolve('better-sqlite3'),
    },
  });
  worker.unref();
  sqlite.pragma('wal_autocheckpoint = 0');
  let catchUpQueued = false;
  worker.on('message', () => {
    if (catchUpQueued) return;
    catchUpQueued = true;
    setImmediate(() => {
      catchUpQueued = false;
      try {
        if (sqlite.open) sqlite.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // a failing database fails the next turn and the health probe, which report it
      }
    });
  });

  const exited = new Promise<void>((resolve) => {
    const gone = () => {
      try {
        if (running && !closing && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
      } catch {
        // the database itself failed: its next turn and the health probe report it
      }
      running = false;
      resolve();
    };
    worker.once('error', gone);
    worker.once('exit', gone);
  });

  return {
    isRunning: () => running,
    async close() {
      if (closing) return exited;
      closing = true;
      worker.ref(); // keeps the process up until the thread has closed its connection
      worker.postMessage('close');
      const stopped = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 2000).unref())]);
      if (!stopped) await worker.terminate();
      await exited;
    },
  };
}
