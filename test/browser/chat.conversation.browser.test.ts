/**
 * The served /chat page in Debian's chromium: a whole conversation by buttons and by typing, an
 * emergency mid-way (highlighted, and the first reply), then the summary and consent to share.
 * Stock Web Chat talks to our Direct Line endpoint over its WebSocket stream, under the strict CSP.
 */
import { describe, expect, it } from 'vitest';
import { say, seen, useChatApp } from '../support/chat.fixture';
import type { Page } from 'playwright-core';
import { watchProblems } from '../support/browser';
import { translator } from '../../src/i18n';

const web = translator('en-GB', 'webchat');

const chat = useChatApp();


const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).last().click();

describe('the chat page in a browser', () => {
  it('runs a whole conversation with buttons and typing, an emergency mid-way, the summary and consent', async () => {
    const page = await chat.browser.newPage();
    page.setDefaultTimeout(10_000);
    const problems = watchProblems(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== chat.app.url) outside.push(url.origin);
    });
    await page.goto(`${chat.app.url}/chat`);

    // The welcome arrives without the person typing anything.
    await seen(page, 'are you safe right now?');
    await click(page, "I'm safe");
    await seen(page, 'In your own words, what has been happening?');
    await say(page, 'My ex keeps turning up at my work and sending me messages');
    await seen(page, 'It sounds like this is your ex-partner - is that right?');
    await click(page, 'Yes');
    await seen(page, "So far I've understood");

    // An emergency mid-way: the very next reply is the emergency guidance, highlighted and labelled.
    await say(page, 'he is outside my door right now with a knife');
    const emergency = page.locator('.emergency').first();
    await emergency.waitFor();
    await expect(emergency.textContent()).resolves.toContain('999');
    await expect(emergency.getAttribute('aria-label')).resolves.toBe('Urgent: your safety');
    // In the page (a string: this project's type-check has no DOM library).
    const firstAfter = await page.evaluate<boolean>(`(() => {
      const items = [...document.querySelectorAll('.webchat__basic-transcript__activity')];
      const mine = items.findIndex((item) => item.textContent.includes('outside my door right now'));
      return mine >= 0 && items[mine + 1] !== undefined && items[mine + 1].querySelector('.emergency') !== null;
    })()`);
    expect(firstAfter).toBe(true);
    const style = await page.evaluate<string>("getComputedStyle(document.querySelector('.emergency')).borderLeftColor");
    expect(style).toBe('rgb(177, 14, 30)');
    if (process.env.CHAT_SCREENSHOT) await page.screenshot({ path: process.env.CHAT_SCREENSHOT });

    await click(page, "They've gone");
    await seen(page, 'Thank you for letting me know');

    // Straight to the summary, then consent to share it.
    await say(page, 'talk to a person');
    await seen(page, 'Your summary');
    await click(page, "That's right");
    await click(page, web.t('questions.consent.choices.share'));
    await seen(page, web.t('questions.contactSafe.prompt').slice(0, 40));
    await say(page, 'Email only, after 6pm');
    // No address given: asked for one, once.
    await seen(page, web.t('questions.contactAddress.prompt').slice(0, 40));
    await say(page, 'safe.me@example.com');
    await click(page, 'No, just the summary');
    await seen(page, /Your reference is [A-Z0-9]{8}/);

    const handoffs = await chat.app.app.handoffs.list();
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]!.channelId).toBe('webchat');
    expect(handoffs[0]!.transcript).toEqual([]);
    // Only the emergency guidance is highlighted: its short messages (the 999 line first, the
    // Silent Solution in two, the other ways to call), and no other reply.
    const blocks = await page.locator('.emergency').allInnerTexts();
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toContain('999');
    expect(blocks.join(' ')).toContain('55');
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 90_000);
});
