/** No message text, names or numbers reach the logs, even at debug level. */
import { Writable } from 'node:stream';
import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTurnHandler } from '../../src/adapter';
import { defaultDetectors } from '../../src/app';
import { createLogger } from '../../src/logger';
import { defaultServices } from '../../src/services';
import { MemoryStore } from '../../src/storage';
import { MemoryHandoffStore } from '../../src/storage/handoff.store';

describe('logs', () => {
  it('a whole conversation, including an emergency and a handoff, logs no message text', async () => {
    const lines: string[] = [];
    const logger = createLogger('trace', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    const handler = createTurnHandler({
      store: new MemoryStore(),
      handoffs: new MemoryHandoffStore(),
      services: defaultServices(),
      detectors: defaultDetectors,
      logger,
      now: () => new Date('2026-11-28T12:00:00Z'),
      maxMessageChars: 4000,
      defaultLocale: 'en-GB',
    });
    const adapter = new TestAdapter(handler, { channelId: 'webchat' });
    const said = [
      'Darren Smith my ex keeps texting 07700900123 since 03/04/2026',
      'yes',
      "he's outside 14 Acacia Avenue right now",
      'yes',
      'talk to a person',
      'that is right',
      'share',
      'ring me on 07700900123 after 6pm',
      'yes',
    ];
    for (const text of said) await adapter.processActivity({ type: 'message', text });
    const log = lines.join('');
    expect(log).toContain('handoff.initiate');
    for (const secret of ['Darren', '07700900123', 'Acacia', '03/04/2026', 'after 6pm']) expect(log).not.toContain(secret);
  });
});
