/**
 * The chat page on a 360 px phone in Debian's chromium: quick exit by button and by Shift x3
 * (the page is replaced, not added to history, and the server forgets the conversation), reload
 * behaviour (a new conversation, unless kept for this tab), nothing in localStorage, and axe-core
 * finds no serious or critical accessibility violations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { say, seen, useChatApp } from '../support/chat.fixture';
import type { Page } from 'playwright-core';
import { watchProblems } from '../support/browser';

const chat = useChatApp({ viewport: { width: 360, height: 740 } });


/** Opens /chat and returns the conversation id the page was given. */
async function openChat(page: Page): Promise<string> {
  page.setDefaultTimeout(10_000);
  const token = page.waitForResponse((r) => r.url().endsWith('/api/webchat/token'));
  await page.goto(`${chat.app.url}/chat`);
  const { conversationId } = (await (await token).json()) as { conversationId: string };
  await seen(page, 'are you safe right now?');
  return conversationId;
}


/** The bot's state, its transcript and the Direct Line log for a web chat conversation. */
async function serverKeeps(conversationId: string): Promise<{ state: boolean; transcript: boolean; log: boolean }> {
  const key = `conversation/webchat/${encodeURIComponent(conversationId)}`;
  const items = await chat.app.app.store.read([key]);
  return {
    state: items[key] !== undefined,
    transcript: (await chat.app.app.store.readTranscript(key)).length > 0,
    log: (await chat.app.app.webchat.store.getConversation(conversationId)) !== undefined,
  };
}

const GONE = { state: false, transcript: false, log: false };

describe('quick exit, reload and accessibility on a phone', () => {
  it('quick exit button: the page is replaced (not kept in history) and the server forgets the chat', async () => {
    const page = await chat.browser.newPage();
    const conversationId = await openChat(page);
    await say(page, "I'm safe");
    await seen(page, 'In your own words');
    expect(await serverKeeps(conversationId)).toEqual({ state: true, transcript: true, log: true });

    const historyBefore = await page.evaluate<number>('history.length');
    const exit = page.getByRole('button', { name: 'Exit this page' });
    await expect(exit.isVisible()).resolves.toBe(true);
    await exit.click();
    await page.waitForURL(chat.site.weatherUrl);
    await page.getByRole('heading', { name: 'Weather forecast' }).waitFor();
    // Replaced, not added: "back" can't bring the chat up again.
    expect(await page.evaluate<number>('history.length')).toBe(historyBefore);
    await expect.poll(() => serverKeeps(conversationId), { timeout: 10_000 }).toEqual(GONE);
    await page.close();
  }, 60_000);

  it('Shift pressed 3 times does the same, wherever focus is', async () => {
    const page = await chat.browser.newPage();
    const conversationId = await openChat(page);
    await page.getByRole('textbox', { name: /message/i }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(chat.site.weatherUrl);
    await expect.poll(() => serverKeeps(conversationId), { timeout: 10_000 }).toEqual(GONE);
    await page.close();
  }, 60_000);

  it('a reload starts a new conversation, unless the person chose to keep it for this tab', async () => {
    const page = await chat.browser.newPage();
    const first = await openChat(page);
    await say(page, 'first words');
    await seen(page, 'first words');

    const reloaded = page.waitForResponse((r) => r.url().endsWith('/api/webchat/token'));
    await page.reload();
    const second = ((await (await reloaded).json()) as { conversationId: string }).conversationId;
    expect(second).not.toBe(first);
    await seen(page, 'are you safe right now?');
    expect(await page.locator('.webchat__text-content', { hasText: 'first words' }).count()).toBe(0);

    await page.getByLabel(/Keep this chat if I reload/).check();
    await say(page, 'kept words');
    await seen(page, 'kept words');
    await page.reload();
    await seen(page, 'kept words');
    await expect(page.getByLabel(/Keep this chat if I reload/).isChecked()).resolves.toBe(true);
    const stored = await page.evaluate<{ local: number; kept: string | null }>(
      "({ local: localStorage.length, kept: sessionStorage.getItem('helpline-chat') })",
    );
    expect(stored.local).toBe(0);
    expect(JSON.parse(stored.kept ?? '{}').conversationId).toBe(second);
    await page.close();
  }, 60_000);

  it('"delete" in the chat clears what was shown and keeps the confirmation (the conversation.clear event)', async () => {
    const page = await chat.browser.newPage();
    const conversationId = await openChat(page);
    await say(page, 'my ex keeps texting me');
    await seen(page, 'my ex keeps texting me');
    await say(page, 'delete');
    await seen(page, "I've deleted what you told me");
    const texts = page.locator('.webchat__text-content, .ac-textBlock');
    expect(await texts.filter({ hasText: 'my ex keeps texting me' }).count()).toBe(0);
    expect(await texts.filter({ hasText: 'are you safe right now?' }).count()).toBe(0);
    expect(await serverKeeps(conversationId)).toMatchObject({ state: false, transcript: false });
    await page.close();
  }, 60_000);

  it('has no serious or critical axe-core violations, and the exit button stays in view', async () => {
    const page = await chat.browser.newPage();
    const problems = watchProblems(page);
    await openChat(page);
    // Keyboard: quick exit is the first thing Tab reaches.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('quick-exit');
    // axe is evaluated through the DevTools protocol: the page's CSP stays strict.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate<{ id: string; impact: string | null; nodes: number }[]>(`
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
        .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    // Scrolled to the bottom of a long page, quick exit is still on screen.
    await page.mouse.wheel(0, 5000);
    const box = await page.getByRole('button', { name: 'Exit this page' }).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 740 && box.x + box.width <= 360).toBe(true);
    const overflow = await page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
    expect(overflow).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
