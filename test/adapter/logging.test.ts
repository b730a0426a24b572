/** No message text, names or numbers reach the logs, even at debug level. */
import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { capturedLogger, createTestTurnHandler } from '../support/turn.handler';

describe('logs', () => {
  it('a whole conversation, including an emergency and a handoff, logs no message text', async () => {
    const log = capturedLogger('trace');
    const handler = createTestTurnHandler({ logger: log.logger });
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
    const text = log.text();
    expect(text).toContain('handoff.initiate');
    for (const secret of ['Darren', '07700900123', 'Acacia', '03/04/2026', 'after 6pm']) expect(text).not.toContain(secret);
  });
});
