/**
 * The understanding thread's side (started by ./understanding.thread.ts): warms up the date
 * recognizer, says so, then answers `understand` requests in order. Each answer is exactly what
 * `understand` returns in the main thread (plain data, copied across).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { understand, warmUpUnderstanding, warmUpUnderstandingInBackground } from './index';

export interface UnderstandRequest {
  id: number;
  text: string;
  /** The reference date, in ms. */
  now: number;
  locale?: string;
  timeZone?: string;
}

const port = parentPort;
if (port) {
  for (const locale of (workerData as { locales?: string[] } | undefined)?.locales ?? [undefined]) warmUpUnderstanding(locale);
  port.on('message', (request: UnderstandRequest) => {
    const facts = understand(request.text, { now: new Date(request.now), locale: request.locale, timeZone: request.timeZone });
    port.postMessage({ id: request.id, facts });
  });
  port.postMessage({ ready: true });
  // Then, between requests, the patterns its warm-up sentence did not reach.
  void (async () => {
    for (const locale of (workerData as { locales?: string[] } | undefined)?.locales ?? [undefined]) await warmUpUnderstandingInBackground(locale);
  })().catch(() => undefined);
}
