/**
 * Fault injection: whatever fails inside a turn, the person still gets the 999 line, and the
 * log says what failed without the message text.
 */
import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Detectors } from '../../src/adapter';
import { defaultDetectors } from '../../src/app';
import { defaultServices } from '../../src/services';
import { MemoryStore, type StateStore, type TurnCommit } from '../../src/storage';
import { expectedText, saidTexts } from '../support/bot';
import { capturedLogger, createTestTurnHandler } from '../support/turn.handler';

const SECRET_TEXT = 'my address is 12 Secret Lane and he is called Bob';

async function turnWith(store: StateStore, detectors: Detectors = defaultDetectors) {
  const log = capturedLogger();
  const handler = createTestTurnHandler({ store, detectors, logger: log.logger });
  const adapter = new TestAdapter(handler, { channelId: 'webchat', locale: 'en-GB' });
  await adapter.processActivity({ type: 'message', text: SECRET_TEXT });
  return { replies: adapter.activeQueue.splice(0), logs: log.text() };
}

function expectFailsafe(result: { replies: { text?: string; importance?: string }[]; logs: string }) {
  const last = result.replies.at(-1);
  expect(last?.text).toBe(expectedText('say:common.failsafe'));
  expect(last?.importance).toBe('high');
  expect(last?.text).toContain('999');
  expect(result.logs).toContain('turn.failed');
  expect(result.logs).not.toContain('Secret Lane');
  expect(result.logs).not.toContain('Bob');
}

class FailingStore extends MemoryStore {
  constructor(private readonly failOn: 'read' | 'write') {
    super();
  }
  override async read(keys: string[]) {
    if (this.failOn === 'read') throw new Error(`disk on fire reading ${SECRET_TEXT}`);
    return super.read(keys);
  }
  override async commitTurn(commit: TurnCommit) {
    if (this.failOn === 'write') throw new Error('disk full');
    return super.commitTurn(commit);
  }
}

describe('a failing turn still gives the person the 999 line', () => {
  it('when storage cannot be read', async () => {
    expectFailsafe(await turnWith(new FailingStore('read')));
  });

  it('when storage cannot be written', async () => {
    expectFailsafe(await turnWith(new FailingStore('write')));
  });

  it('when the understanding step throws', async () => {
    const broken: Detectors = {
      detectSafety: defaultDetectors.detectSafety,
      understand: () => {
        throw new Error('recognizer exploded');
      },
    };
    expectFailsafe(await turnWith(new MemoryStore(), broken));
  });

  it('when the understanding thread fails after the safety check has run', async () => {
    const broken: Detectors = {
      detectSafety: defaultDetectors.detectSafety,
      understand: () => new Promise((_, reject) => setTimeout(() => reject(new Error('thread exited')), 5)),
    };
    expectFailsafe(await turnWith(new MemoryStore(), broken));
  });

  it('when the safety detector throws', async () => {
    const broken: Detectors = {
      detectSafety: () => {
        throw new TypeError('detector bug');
      },
      understand: defaultDetectors.understand,
    };
    expectFailsafe(await turnWith(new MemoryStore(), broken));
  });

  it('when wording the reply fails (a broken services configuration)', async () => {
    const log = capturedLogger();
    const handler = createTestTurnHandler({ services: { ...defaultServices(), timeZone: 'Nowhere/Invalid' }, logger: log.logger });
    const adapter = new TestAdapter(handler, { channelId: 'webchat', locale: 'en-GB' });
    await adapter.processActivity({ type: 'message', text: `he's outside my door right now, ${SECRET_TEXT}` });
    expect(adapter.activeQueue.splice(0)[0]?.importance).toBe('high');
    await adapter.processActivity({ type: 'message', value: { q: 'carryOn', c: 'no' } });
    const replies = adapter.activeQueue.splice(0);
    expectFailsafe({ replies, logs: log.text() });
  });

  it('when the stored conversation is corrupt, the bot restarts politely instead', async () => {
    const store = new MemoryStore();
    await store.write({ 'conversation/webchat/convo': { conversation: { machineVersion: 1, snapshot: { value: 42 } }, locale: 'en-GB' } });
    const log = capturedLogger();
    const handler = createTestTurnHandler({ store, logger: log.logger, now: () => new Date() });
    const adapter = new TestAdapter(handler, { channelId: 'webchat', conversation: { id: 'convo', isGroup: false, conversationType: '', name: '' } });
    await adapter.processActivity({ type: 'message', text: 'hello' });
    const texts = saidTexts(adapter.activeQueue.splice(0));
    expect(texts[0]).toBe(expectedText('say:common.restarted'));
    expect(texts).toContain(expectedText('ask:safety'));

    // Even then, emergency guidance comes before the notice.
    await store.write({ 'conversation/webchat/convo': { conversation: { machineVersion: 0, snapshot: {} }, locale: 'en-GB' } });
    await adapter.processActivity({ type: 'message', text: "he's outside my door now" });
    const replies = adapter.activeQueue.splice(0);
    expect(replies[0]?.importance).toBe('high');
    expect(saidTexts(replies.filter((r) => r.importance !== 'high'))[0]).toBe(expectedText('say:common.restarted'));
  });
});
