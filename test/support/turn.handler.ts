/**
 * The real turn handler with test defaults: in-memory stores, the real detectors, the bundled
 * services, a fixed clock, a silent logger. Tests override only what they are about.
 */
import { Writable } from 'node:stream';
import { TestAdapter, type Activity } from 'botbuilder';
import { createTurnHandler, type TurnDeps, type TurnHandler } from '../../src/adapter';
import { defaultDetectors } from '../../src/app';
import { createLogger, type Logger } from '../../src/logger';
import { defaultServices } from '../../src/services';
import { MemoryStore } from '../../src/storage';
import { MemoryHandoffStore } from '../../src/storage/handoff.store';

export const FIXED_NOW = new Date('2026-11-28T12:00:00Z');

export function testTurnDeps(overrides: Partial<TurnDeps> = {}): TurnDeps {
  return {
    store: new MemoryStore(),
    handoffs: new MemoryHandoffStore(),
    services: defaultServices(),
    detectors: defaultDetectors,
    logger: createLogger('silent'),
    now: () => FIXED_NOW,
    maxMessageChars: 4000,
    defaultLocale: 'en-GB',
    ...overrides,
  };
}

export function createTestTurnHandler(overrides: Partial<TurnDeps> = {}): TurnHandler {
  return createTurnHandler(testTurnDeps(overrides));
}

/** A logger at `level` whose lines are kept, to check what reaches the logs. */
export function capturedLogger(level = 'debug'): { lines: string[]; logger: Logger; text(): string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger(level, stream), text: () => lines.join('') };
}

/** Runs activities through botbuilder's TestAdapter and collects each turn's replies. */
export function testAdapterFor(handler: TurnHandler, template: Partial<Activity> = { channelId: 'webchat', locale: 'en-GB' }) {
  const adapter = new TestAdapter(handler, template);
  return {
    adapter,
    async turn(activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}
