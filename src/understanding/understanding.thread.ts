/**
 * Reading dates off the main thread. The date recognizer costs ~15-20 ms of CPU per message that
 * mentions a date (and ~1 s to load and warm up); run in the main thread, that blocks every other
 * conversation's turn meanwhile. Here it runs in a worker thread (./understand.worker.ts):
 *
 * - messages that call the recognizer (`usesDateRecognizer`: a date cue) go to the thread;
 *   "yes", "help" and the rest are read on the spot, as before (`understandUnlessDates` answers
 *   both questions from one normalised text); a message of STORY_CHARS or more goes to the thread
 *   as it is, without being normalised here first only to decide (most have a date cue);
 * - the thread loads and warms up the recognizer while the main thread loads the rest of the bot,
 *   on the other CPU core, so start-up waits for the longer of the two, not their sum; `ready`
 *   resolves when the thread is warm (the app's /healthz waits for it);
 * - the answers are the same facts `understand` gives in the main thread. If the thread fails, exits
 *   or takes longer than `timeoutMs`, that message is read in the main thread instead (the
 *   recognizer is then loaded there on first use), so a message is never lost or left waiting.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { UnderstoodFacts } from '../../dialogs/facts';
import { understand, understandUnlessDates, warmUpUnderstanding, type UnderstandOptions } from './index';
import type { UnderstandAnswer, UnderstandRequest } from './understand.worker';

export interface UnderstandingThread {
  /** Facts from the message: on the thread when it has a date cue, else on the spot. */
  understand(text: string, options: UnderstandOptions): UnderstoodFacts | Promise<UnderstoodFacts>;
  /** Resolves once the thread's recognizer is warm (or, if the thread failed, the main thread's). */
  readonly ready: Promise<void>;
  /** Whether the thread is running (false once it failed: messages are then read in the main thread). */
  isRunning(): boolean;
  /**
   * Hands over, now, the answers the thread has finished, so the turns waiting for them go on before
   * the work queued since (call it where new work starts, e.g. as each HTTP request comes in).
   * Without it an answer waits its turn in the event loop behind every request that arrived while
   * the thread worked: under load a story's turn went twice through the queue, at twice the latency.
   */
  deliverAnswers(): void;
  close(): Promise<void>;
}

export interface UnderstandingThreadOptions {
  /** Locales to warm up (default: the default locale). */
  locales?: string[];
  /** How long one message may take on the thread before it is read in the main thread instead. */
  timeoutMs?: number;
  /** Tests: the worker script (default: understand.worker next to this file, .js or .ts). */
  workerFile?: string;
}

const DEFAULT_TIMEOUT_MS = 5_000;

interface Pending {
  resolve(facts: UnderstoodFacts): void;
  timer: NodeJS.Timeout;
}

function workerFileNextToThis(): string {
  const js = path.join(__dirname, 'understand.worker.js');
  return existsSync(js) ? js : path.join(__dirname, 'understand.worker.ts');
}

/**
 * A message this long is a story, and most stories have a date cue (71% of the blind corpora's messages of 80
 * characters or more; 23% of shorter ones): sent to the thread without normalising it here first only to decide,
 * which the thread would then do again. The facts are the same either way (the thread runs `understand`).
 */
export const STORY_CHARS = 80;

export function startUnderstandingThread(options: UnderstandingThreadOptions = {}): UnderstandingThread {
  const file = options.workerFile ?? workerFileNextToThis();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let running = true;
  let closing = false;

  // Answers come back on a port of their own, so they can also be taken synchronously (deliverAnswers).
  const answers = new MessageChannel();
  const worker = new Worker(file, {
    workerData: { locales: options.locales, answers: answers.port2 },
    transferList: [answers.port2],
    // TypeScript sources (tsx, tests) need tsx's loader in the thread too; the compiled bot does not.
    execArgv: file.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [],
  });
  worker.unref();
  answers.port1.unref();

  /** The thread is gone: what was waiting for it is read here instead, and so is everything after. */
  const fail = () => {
    if (!running) return;
    running = false;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.resolve(INLINE);
    }
  };

  // Marker: "read it in the main thread" (resolved instead of facts when the thread cannot answer).
  const INLINE: UnderstoodFacts = Object.freeze({}) as UnderstoodFacts;

  const answer = (message: UnderstandAnswer) => {
    const p = pending.get(message.id);
    if (!p) return; // timed out earlier: already read in the main thread
    clearTimeout(p.timer);
    pending.delete(message.id);
    p.resolve(message.facts);
  };
  answers.port1.on('message', answer);

  const ready = new Promise<void>((resolve) => {
    worker.on('message', (message: { ready?: true }) => {
      if (message.ready) resolve();
    });
    const gone = () => {
      fail();
      if (!closing) {
        // Started but failed: warm up here instead, so ready still means dates are fast.
        for (const locale of options.locales ?? [undefined]) warmUpUnderstanding(locale);
      }
      resolve();
    };
    worker.once('error', gone);
    worker.once('exit', gone);
  });

  function onThread(text: string, opts: UnderstandOptions): Promise<UnderstoodFacts> {
    const id = ++nextId;
    const request: UnderstandRequest = { id, text, now: opts.now.getTime(), locale: opts.locale, timeZone: opts.timeZone };
    return new Promise<UnderstoodFacts>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(INLINE);
      }, timeoutMs);
      pending.set(id, { resolve, timer });
      worker.postMessage(request);
    }).then((facts) => (facts === INLINE ? understand(text, opts) : facts));
  }

  return {
    understand(text, opts) {
      if (!running || !(opts?.now instanceof Date)) return understand(text, opts);
      if (text.length >= STORY_CHARS) return onThread(text, opts);
      return understandUnlessDates(text, opts) ?? onThread(text, opts);
    },
    ready,
    isRunning: () => running,
    deliverAnswers() {
      if (pending.size === 0) return;
      for (let m = receiveMessageOnPort(answers.port1); m; m = receiveMessageOnPort(answers.port1)) {
        answer(m.message as UnderstandAnswer);
      }
    },
    async close() {
      closing = true;
      fail();
      answers.port1.close();
      await worker.terminate();
    },
  };
}

/** Two threads where there are two cores or more (a second costs ~70 MB of memory), else one. */
export const DEFAULT_UNDERSTANDING_THREADS = Math.min(2, availableParallelism());

/**
 * Several understanding threads behind the same interface. A burst of stories (people answering
 * "what has been happening?" at the same moment) queued behind one thread while the other CPU core
 * sat idle; each message now goes to the thread with the fewest messages in flight.
 *
 * The first thread starts at once (readiness waits for it alone); the others start once it is warm,
 * so start-up costs no more than before. Each thread keeps its own fallback: a thread that fails has
 * its messages read in the main thread, as with one.
 */
export function startUnderstandingThreads(count: number, options: UnderstandingThreadOptions = {}): UnderstandingThread {
  const first = startUnderstandingThread(options);
  const started: UnderstandingThread[] = [first];
  const inFlight = new Map<UnderstandingThread, number>([[first, 0]]);
  let closed = false;

  void first.ready.then(() => {
    for (let i = 1; i < count && !closed; i++) {
      const extra = startUnderstandingThread(options);
      started.push(extra);
      // Joins the rotation only once warm: a cold thread would make its first messages wait.
      void extra.ready.then(() => {
        if (!closed && extra.isRunning()) inFlight.set(extra, 0);
      });
    }
  });

  const leastBusy = (): UnderstandingThread => {
    let best = first;
    let fewest = Infinity;
    for (const [thread, n] of inFlight) {
      if (thread.isRunning() && n < fewest) {
        best = thread;
        fewest = n;
      }
    }
    return best;
  };

  return {
    understand(text, opts) {
      const thread = leastBusy();
      const facts = thread.understand(text, opts);
      if (!(facts instanceof Promise)) return facts;
      inFlight.set(thread, (inFlight.get(thread) ?? 0) + 1);
      return facts.finally(() => inFlight.set(thread, Math.max(0, (inFlight.get(thread) ?? 1) - 1)));
    },
    ready: first.ready,
    isRunning: () => started.some((t) => t.isRunning()),
    deliverAnswers() {
      for (const thread of started) thread.deliverAnswers();
    },
    async close() {
      closed = true;
      await Promise.all(started.map((t) => t.close()));
    },
  };
}
