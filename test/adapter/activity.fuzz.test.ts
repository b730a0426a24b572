/**
 * Property test: whatever arrives - odd text, odd card values, odd activity shapes - a turn never
 * fails (no fail-safe needed), and every readable message gets a reply ending in a question.
 */
import fc from 'fast-check';
import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { capturedLogger, createTestTurnHandler } from '../support/turn.handler';
import { QUESTION_IDS } from '../../dialogs/questions';

const value = fc.oneof(
  fc.record({ q: fc.constantFrom(...QUESTION_IDS), c: fc.string({ maxLength: 20 }) }),
  fc.record({ q: fc.constantFrom(...QUESTION_IDS), choices: fc.string({ maxLength: 40 }) }),
  fc.record({ cmd: fc.string({ maxLength: 10 }) }),
  fc.jsonValue({ maxDepth: 2 }),
);

const message = fc.record(
  {
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('1', '2, 3', 'yes', 'no', 'skip', 'help', 'back', 'idk', 'hes at my door rn')),
    value,
  },
  { requiredKeys: [] },
);

describe('any activity', () => {
  it('never needs the fail-safe, and a readable message always gets a reply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 12 }), async (messages) => {
        const log = capturedLogger('error');
        const handler = createTestTurnHandler({ logger: log.logger });
        const adapter = new TestAdapter(handler, { channelId: 'webchat' });
        for (const m of messages) {
          await adapter.processActivity({ type: 'message', ...m } as Partial<Activity>);
          const replies = adapter.activeQueue.splice(0);
          const readable = (typeof m.text === 'string' && m.text.trim() !== '') || m.value !== undefined;
          if (readable && replies.length === 0) {
            // Only a conversation that was just closed (exit/delete) may stay silent... and it says goodbye.
            throw new Error(`no reply to ${JSON.stringify(m)}`);
          }
        }
        expect(log.text()).not.toContain('turn.failed');
      }),
      { numRuns: 60 },
    );
  });
});
