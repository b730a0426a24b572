/**
 * Dates read on a worker thread (src/understanding/understanding.thread.ts): the facts are the same
 * as in the main thread; messages without a date cue are read on the spot; a thread that fails to
 * start, dies, or does not answer in time never loses a message (it is read in the main thread).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { STORY_CHARS, startUnderstandingThread, startUnderstandingThreads } from '../../src/understanding/understanding.thread';

const now = new Date(Date.UTC(2026, 10, 28, 12));
const TEXTS = [
  'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026',
  'it started about 3 weeks ago',
  'last summer my ex began texting me every day',
  'since the 3rd of April he follows me home',
  'a colleague keeps sending me messages',
  'yes',
  '',
];

const dir = mkdtempSync(path.join(tmpdir(), 'understanding-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

/** The names of this process's threads (Linux: /proc/self/task/<id>/comm). */
function threadNames(): string[] {
  return readdirSync('/proc/self/task').map((task) => readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim());
}

describe('the understanding thread', () => {
  it.runIf(process.platform === 'linux')('names itself for ps, top -H and the bench\'s CPU by thread', async () => {
    const thread = startUnderstandingThread();
    try {
      await thread.ready;
      expect(threadNames()).toContain('understanding');
    } finally {
      await thread.close();
    }
  });

  it('gives the same facts as the main thread, dates read on the thread once it is ready', async () => {
    const thread = startUnderstandingThread();
    try {
      await thread.ready;
      expect(thread.isRunning()).toBe(true);
      for (const text of TEXTS) expect(await thread.understand(text, { now })).toEqual(understand(text, { now }));
      // Several at once come back to the right callers.
      const all = await Promise.all(TEXTS.map((text) => thread.understand(text, { now })));
      expect(all).toEqual(TEXTS.map((text) => understand(text, { now })));
    } finally {
      await thread.close();
    }
    expect(thread.isRunning()).toBe(false);
    // After close, messages are still read (in the main thread).
    expect(await thread.understand(TEXTS[0]!, { now })).toEqual(understand(TEXTS[0]!, { now }));
  }, 60_000);

  it('sends a story (STORY_CHARS or more) to the thread as it is, date cue or not, with the same facts', async () => {
    const thread = startUnderstandingThread();
    try {
      await thread.ready;
      const story = 'My ex boyfriend keeps sending me messages on Instagram and he has been turning up outside my work';
      expect(story.length).toBeGreaterThanOrEqual(STORY_CHARS);
      const answer = thread.understand(story, { now });
      expect(answer).toBeInstanceOf(Promise);
      expect(await answer).toEqual(understand(story, { now }));
    } finally {
      await thread.close();
    }
  }, 60_000);

  it('reads a message without a date cue on the spot (no promise)', async () => {
    const thread = startUnderstandingThread();
    try {
      const answer = thread.understand('a colleague keeps sending me messages', { now });
      expect(answer).not.toBeInstanceOf(Promise);
      expect(answer).toEqual(understand('a colleague keeps sending me messages', { now }));
    } finally {
      await thread.close();
    }
  }, 60_000);

  it('a thread that fails to start: ready still resolves, and every message is read in the main thread', async () => {
    const thread = startUnderstandingThread({ workerFile: script('broken.js', "throw new Error('broken worker');\n") });
    await thread.ready;
    expect(thread.isRunning()).toBe(false);
    for (const text of TEXTS) expect(await thread.understand(text, { now })).toEqual(understand(text, { now }));
    await thread.close();
  }, 60_000);

  it('a thread that never answers: the message is read in the main thread after the timeout', async () => {
    const silent = script(
      'silent.js',
      "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', () => undefined);\nparentPort.postMessage({ ready: true });\n",
    );
    const thread = startUnderstandingThread({ workerFile: silent, timeoutMs: 50 });
    try {
      await thread.ready;
      expect(await thread.understand(TEXTS[0]!, { now })).toEqual(understand(TEXTS[0]!, { now }));
    } finally {
      await thread.close();
    }
  }, 60_000);

  it('a thread that dies mid-way: what was waiting is read in the main thread, and so is what follows', async () => {
    const dying = script(
      'dying.js',
      "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage({ ready: true });\n",
    );
    const thread = startUnderstandingThread({ workerFile: dying });
    try {
      await thread.ready;
      expect(await thread.understand(TEXTS[0]!, { now })).toEqual(understand(TEXTS[0]!, { now }));
      expect(thread.isRunning()).toBe(false);
      expect(await thread.understand(TEXTS[2]!, { now })).toEqual(understand(TEXTS[2]!, { now }));
    } finally {
      await thread.close();
    }
  }, 60_000);

  it('deliverAnswers hands over a finished answer at once: the waiting turn goes on before work queued since', async () => {
    const prompt = script(
      'prompt.js',
      "const { parentPort, workerData } = require('node:worker_threads');\nparentPort.on('message', (m) => workerData.answers.postMessage({ id: m.id, facts: { answered: m.id } }));\nparentPort.postMessage({ ready: true });\n",
    );
    for (const deliver of [true, false]) {
      const thread = startUnderstandingThread({ workerFile: prompt });
      try {
        await thread.ready;
        let answered = false;
        void Promise.resolve(thread.understand('it started on 03/04/2026', { now })).then(() => {
          answered = true;
        });
        // The main thread busy with other work meanwhile; the thread answers within it.
        const until = Date.now() + 300;
        while (Date.now() < until) {
          /* busy */
        }
        if (deliver) thread.deliverAnswers();
        for (let i = 0; i < 20; i++) await Promise.resolve(); // microtasks only: no event-loop turn
        expect(answered).toBe(deliver);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(answered).toBe(true); // without deliverAnswers, on the event loop's next turn
      } finally {
        await thread.close();
      }
    }
  }, 60_000);

  it('several threads: the same facts, a burst spread over them once the second is warm, all closed together', async () => {
    const pool = startUnderstandingThreads(2);
    try {
      await pool.ready;
      for (const text of TEXTS) expect(await pool.understand(text, { now })).toEqual(understand(text, { now }));
    } finally {
      await pool.close();
    }
    expect(pool.isRunning()).toBe(false);

    // Which thread answered: a stand-in worker that answers with its thread id, a little slowly.
    const tagging = script(
      'tagging.js',
      "const { parentPort, threadId, workerData } = require('node:worker_threads');\nparentPort.on('message', (m) => setTimeout(() => workerData.answers.postMessage({ id: m.id, facts: { thread: threadId } }), 20));\nparentPort.postMessage({ ready: true });\n",
    );
    const tagged = startUnderstandingThreads(2, { workerFile: tagging });
    try {
      await tagged.ready;
      const dated = 'it started on 03/04/2026';
      let threads = new Set<unknown>();
      // The second thread joins once it has said it is ready: ask again until it has.
      for (let attempt = 0; attempt < 50 && threads.size < 2; attempt++) {
        const answers = (await Promise.all(Array.from({ length: 8 }, () => tagged.understand(dated, { now })))) as unknown as { thread: number }[];
        expect(answers.every((a) => typeof a.thread === 'number')).toBe(true);
        threads = new Set(answers.map((a) => a.thread));
      }
      expect(threads.size).toBe(2);
    } finally {
      await tagged.close();
    }
    expect(tagged.isRunning()).toBe(false);
  }, 60_000);
});
