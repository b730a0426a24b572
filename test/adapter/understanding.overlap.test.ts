/**
 * A story with a date is read on an understanding thread; the safety check runs on the main
 * thread meanwhile, not after it (the typed story was the slowest turn a person waits for).
 */
import { TestAdapter } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detectors } from '../../src/adapter';
import { defaultDetectors } from '../../src/app';
import { MemoryStore } from '../../src/storage';
import { expectedText, saidTexts } from '../support/bot';
import { createTestTurnHandler } from '../support/turn.handler';
import { translator } from '../../src/i18n';

const STORY = 'my ex has been texting me every day since March';

function adapterWith(detectors: Detectors) {
  const handler = createTestTurnHandler({ store: new MemoryStore(), detectors });
  return new TestAdapter(handler, { channelId: 'webchat', locale: 'en-GB' });
}

// Whole conversations; the file's first warms the date recognizer (slow on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

describe('the understanding of a message overlaps its safety check', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('starts reading the words before the safety check runs, and the turn uses what it read', async () => {
    const order: string[] = [];
    const detectors: Detectors = {
      detectSafety: (text, locale) => {
        order.push('safety');
        return defaultDetectors.detectSafety(text, locale);
      },
      understand: (text, now, locale) => {
        order.push('understanding started');
        // as the thread does: the answer comes later
        return new Promise((resolve) => setTimeout(() => resolve(defaultDetectors.understand(text, now, locale)), 20));
      },
    };
    const adapter = adapterWith(detectors);
    await adapter.processActivity({ type: 'message', text: 'hi' });
    await adapter.processActivity({ type: 'message', value: { q: 'safety', c: 'safe' } });
    adapter.activeQueue.splice(0);
    order.length = 0;
    await adapter.processActivity({ type: 'message', text: STORY });
    expect(order.slice(0, 2)).toEqual(['understanding started', 'safety']);
    // The facts it read reached the conversation: the ex is offered back for confirmation.
    const web = translator('en-GB', 'webchat');
    expect(saidTexts(adapter.activeQueue.splice(0)).at(-1)).toBe(web.t('questions.who.confirm', { value: web.t('facts.relationship.exPartner') }));
  });

  it('a command leaves the reading unused, and its failure is neither unhandled nor shown', async () => {
    process.on('unhandledRejection', onUnhandled);
    const understand = vi.fn(() => Promise.reject(new Error('thread gone')));
    const adapter = adapterWith({ detectSafety: defaultDetectors.detectSafety, understand });
    await adapter.processActivity({ type: 'message', text: 'start over please' });
    const replies = saidTexts(adapter.activeQueue.splice(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(understand).toHaveBeenCalled();
    expect(unhandled).toEqual([]);
    expect(replies.join('\n')).not.toContain(expectedText('say:common.failsafe'));
  });
});
