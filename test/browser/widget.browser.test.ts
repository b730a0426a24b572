/**
 * widget.js on a charity's host page (another origin) in Debian's chromium: the launcher opens the
 * chat in an iframe of /chat, the conversation works there, and quick exit inside the chat
 * replaces the host page itself and deletes the conversation on the server.
 */
import { describe, expect, it } from 'vitest';
import { useChatApp } from '../support/chat.fixture';

const fixture = useChatApp({
  env: (site) => ({ WEBCHAT_ALLOWED_ORIGINS: site.origin }),
  hostPage: (app) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A charity</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${app.url}; frame-src ${app.url}">
</head><body><h1>A charity's home page</h1><p>Support for people receiving unwanted contact.</p>
<script src="${app.url}/widget.js" async></script></body></html>`,
});

describe('the widget on a host page', () => {
  it('opens the chat from the launcher, and quick exit replaces the host page and deletes the chat', async () => {
    const page = await fixture.browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${fixture.site.origin}/host`);
    const launcher = page.getByRole('button', { name: 'Chat with us' });
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
    // Nothing is loaded from the chat until the person asks for it.
    expect(await page.locator('iframe').count()).toBe(0);

    const token = page.waitForResponse((r) => r.url().endsWith('/api/webchat/token'));
    await launcher.click();
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
    const { conversationId } = (await (await token).json()) as { conversationId: string };
    const chat = page.frameLocator('iframe[title="Chat with our automated helper"]');
    await chat.locator('.webchat__text-content', { hasText: 'are you safe right now?' }).last().waitFor();
    await chat.getByRole('button', { name: "I'm safe", exact: true }).last().click();
    await chat.locator('.webchat__text-content', { hasText: 'In your own words' }).last().waitFor();
    expect(await fixture.app.app.webchat.store.getConversation(conversationId)).toBeDefined();

    await chat.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(fixture.site.weatherUrl);
    await page.getByRole('heading', { name: 'Weather forecast' }).waitFor();
    await expect.poll(() => fixture.app.app.webchat.store.getConversation(conversationId), { timeout: 10_000 }).toBeUndefined();
    const key = `conversation/webchat/${conversationId}`;
    expect(await fixture.app.app.store.read([key])).toEqual({});
    await page.close();
  }, 60_000);

  it('the chat page: a strict CSP with no inline script, framed only by allowed sites', async () => {
    const response = await fetch(`${fixture.app.url}/chat`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors 'self' ${fixture.site.origin}`);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    // No inline script: every <script> has a src, or is a JSON data block (never executed).
    const html = await response.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((tag) => / src="\/chat\//.test(tag) || tag.includes('type="application/json"'))).toBe(true);
    const refused = await fetch(`${fixture.app.url}/api/webchat/token`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
  });
});
