/**
 * Is storage writable right now? /healthz asks; the answer is a real write (Storage.probe), at
 * most one at a time and reused for a second, plus a background check that logs changes. A database
 * that is down, a full disk, a corrupt or deleted SQLite file all make it false; it turns true again
 * by itself once a probe succeeds.
 */
import type { Logger } from '../logger';

export interface StorageHealthOptions {
  /** Reuse a probe's answer this long (ms). Default 1000. */
  maxAgeMs?: number;
  /** Background probe interval (ms). Default 10000. */
  intervalMs?: number;
  /** A probe that takes longer than this counts as a failure (ms). Default 3000. */
  timeoutMs?: number;
}

export interface StorageHealth {
  /** The latest answer, probing first when it is older than maxAgeMs. */
  check(): Promise<boolean>;
  start(): void;
  stop(): void;
}

export function createStorageHealth(probe: () => Promise<void>, logger: Logger, options: StorageHealthOptions = {}): StorageHealth {
  const maxAgeMs = options.maxAgeMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 3000;
  let healthy = true;
  let checkedAt = 0;
  let inFlight: Promise<boolean> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function run(): Promise<boolean> {
    let timeout: NodeJS.Timeout | undefined;
    let ok: boolean;
    let errName: string | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(() => reject(new Error('storage probe timed out')), timeoutMs);
        }),
      ]);
      ok = true;
    } catch (err) {
      ok = false;
      errName = err instanceof Error ? err.name : typeof err;
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string') errName = `${errName}:${code}`;
    } finally {
      clearTimeout(timeout);
    }
    if (ok !== healthy) {
      if (ok) logger.info({ event: 'storage.recovered' }, 'storage can be written again');
      else logger.error({ event: 'storage.unwritable', errName }, 'storage cannot be written: not ready');
    }
    healthy = ok;
    checkedAt = Date.now();
    return ok;
  }

  function check(): Promise<boolean> {
    if (Date.now() - checkedAt < maxAgeMs) return Promise.resolve(healthy);
    inFlight ??= run().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return {
    check,
    start() {
      timer ??= setInterval(() => void check(), options.intervalMs ?? 10_000);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
