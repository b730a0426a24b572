/**
 * The browser tests' shared setup: the bot on a free port, a neutral site (quick exit's target and,
 * for the widget, the host page) and Debian's chromium, started before a file's tests and closed
 * after them; plus the two page actions every chat test uses.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { startApp, type RunningApp } from './http';
import { startNeutralSite, type NeutralSite } from './neutral.site';

export interface ChatFixture {
  app: RunningApp;
  site: NeutralSite;
  browser: Browser;
}

export interface ChatFixtureOptions {
  viewport?: { width: number; height: number };
  /** Settings beyond QUICK_EXIT_URL (which points at the neutral site). */
  env?: (site: NeutralSite) => Record<string, string>;
  /** A host page for the widget, served by the neutral site. */
  hostPage?: (app: RunningApp) => string;
}

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function useChatApp(options: ChatFixtureOptions = {}): ChatFixture {
  const fixture = {} as ChatFixture;
  beforeAll(async () => {
    fixture.site = await startNeutralSite();
    fixture.app = await startApp({ QUICK_EXIT_URL: fixture.site.weatherUrl, ...options.env?.(fixture.site) });
    if (options.hostPage) fixture.site.setHostPage(options.hostPage(fixture.app));
    fixture.browser = await launchBrowser(options.viewport);
  }, 60_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.app?.close();
    await fixture.site?.close();
  }, 30_000);
  return fixture;
}

/**
 * Waits for a message in the transcript (plain text or inside a card). Up to 15 s (within the 20 s test timeout): a reply
 * takes ~1 s alone, but with the whole suite on a 2-CPU machine a reload's first reply once took 11 s (fresh clone of
 * 9ef4bed, 5 Dec 2026).
 */
export const SEEN_TIMEOUT_MS = 15_000;
export const seen = (page: Page, text: string | RegExp) =>
  page.locator('.webchat__text-content, .ac-textBlock').filter({ hasText: text }).last().waitFor({ timeout: SEEN_TIMEOUT_MS });

/**
 * Types a message into Web Chat's box, sends it, and waits until our Direct Line has accepted it (the POST's answer).
 * Web Chat shows the person's own bubble before it is sent, so seeing it is not proof the server has it: a reload right
 * after once lost "kept words" that way (CI run of dbb8372, 5 Dec 2026).
 */
export async function say(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: /message/i });
  const accepted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/v3\/directline\/conversations\/[^/]+\/activities$/.test(r.url()),
    { timeout: SEEN_TIMEOUT_MS },
  );
  await box.fill(text);
  await box.press('Enter');
  const response = await accepted;
  if (!response.ok()) throw new Error(`the message was not accepted: HTTP ${response.status()}`);
}
