/**
 * The understanding thread's side (started by ./understanding.thread.ts): warms up the date
 * recognizer, says so, then answers `understand` requests in order. Each answer is exactly what
 * `understand` returns in the main thread (plain data, copied across).
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { UnderstoodFacts } from '../../dialogs/facts';
import { understand, warmUpUnderstanding, warmUpUnderstandingInBackground } from './index';

export interface UnderstandRequest {
  id: number;
  text: string;
  /** The reference date, in ms. */
  now: number;
  locale?: string;
  timeZone?: string;
}

export interface UnderstandAnswer {
  id: number;
  facts: UnderstoodFacts;
}

const port = parentPort;
const data = workerData as { locales?: string[]; answers?: MessagePort } | undefined;
if (port) {
  // Named for ps/top -H and the bench's CPU by thread (Linux; elsewhere nothing to name).
  try {
    writeFileSync('/proc/thread-self/comm', 'understanding');
  } catch {
    // not Linux
  }
  // Answers go back on their own port (the main thread may take them synchronously), else the parent's.
  const answers = data?.answers ?? port;
  for (const locale of data?.locales ?? [undefined]) warmUpUnderstanding(locale);
  port.on('message', (request: UnderstandRequest) => {
    const facts = understand(request.text, { now: new Date(request.now), locale: request.locale, timeZone: request.timeZone });
    const reply: UnderstandAnswer = { id: request.id, facts };
    answers.postMessage(reply);
  });
  port.postMessage({ ready: true });
  // Then, between requests, the patterns its warm-up sentence did not reach.
  void (async () => {
    for (const locale of data?.locales ?? [undefined]) await warmUpUnderstandingInBackground(locale);
  })().catch(() => undefined);
}
