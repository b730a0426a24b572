/**
 * The console in a real browser (playwright-core + Debian's chromium): a person shares a summary
 * through the bot over HTTP (their contact answer holds script, an onerror image and a javascript:
 * link); a member of staff logs in with a TOTP code, finds it in the queue, reads it, claims it,
 * adds a note and closes it - and nothing the person typed runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/staff/totp';
import { shareThroughTheBot, startConsole, type Console, type StaffMember } from './support';

const HOSTILE = '<script>window.__pwned="script"</script><img src=x onerror="window.__pwned=\'img\'"> <a href="javascript:window.__pwned=\'link\'">call me</a> javascript:window.__pwned=1';

let c: Console;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  c = await startConsole();
  profile = mkdtempSync(path.join(os.tmpdir(), 'staff-browser-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await c?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function watch(page: Page) {
  const seen = { dialogs: 0, badRequests: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs++;
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(c.url) || /\/x$/.test(r.url())) seen.badRequests.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.name));
  return seen;
}

async function logIn(page: Page, member: StaffMember): Promise<void> {
  await page.goto(`${c.url}/staff/login`);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  c.clock.advance(30_000);
  await page.getByLabel('Code from your authenticator app').fill(totpCode(member.secret, c.clock.now));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${c.url}/staff`);
}

describe('staff console in a browser', () => {
  it('log in with TOTP, find the shared handoff, read it, claim, note and close; nothing the person typed runs', { timeout: 60_000 }, async () => {
    const handoffId = await shareThroughTheBot(c.url, 'browser-share-1', HOSTILE);
    const stored = (await c.app.handoffs.get(handoffId))!;
    // The hostile text really is in what staff will read.
    expect(stored.transcript.some((e) => e.from === 'user' && e.text.includes('<script>'))).toBe(true);
    expect(stored.summary.contactSafe).toContain('onerror');

    const member = await c.member('reviewer');
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    const seen = await watch(page);
    await logIn(page, member);

    // The queue: the safe-contact words come first, as text.
    const row = page.locator('tr', { has: page.getByRole('link', { name: stored.reference }) });
    await expect.poll(() => row.locator('.safe-contact').textContent()).toContain('<script>window.__pwned="script"</script>');
    await row.getByRole('link', { name: stored.reference }).click();
    await page.waitForURL(`${c.url}/staff/handoffs/${handoffId}`);

    // The handoff reads as text, with the transcript (who said what).
    await expect.poll(() => page.locator('.contact-box .safe-contact').textContent()).toBe(HOSTILE);
    expect(await page.locator('.transcript li.person .words').allTextContents()).toContain(HOSTILE);
    expect(await page.locator('dl.summary').textContent()).toContain('3 April 2026');
    expect(await page.locator('main script, main img, a[href^="javascript:"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Claim' }).click();
    await page.waitForURL(`${c.url}/staff/handoffs/${handoffId}`);
    expect(await page.locator('dl.facts').textContent()).toContain(`In progress, with ${member.email}`);

    await page.getByRole('textbox', { name: 'Internal note' }).fill('Texted after 6pm as asked. <b>not bold</b>');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.waitForURL(`${c.url}/staff/handoffs/${handoffId}`);
    expect(await page.locator('.notes').textContent()).toContain('<b>not bold</b>');

    await page.getByRole('combobox', { name: 'Status' }).selectOption('closed');
    await page.getByRole('textbox', { name: 'Outcome' }).fill('Referred to the helpline; safety plan agreed.');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.waitForURL(`${c.url}/staff/handoffs/${handoffId}`);
    expect(await page.locator('dl.facts').textContent()).toContain('Closed');

    expect(await c.app.handoffs.get(handoffId)).toMatchObject({ status: 'closed', claimedBy: member.id, outcome: 'Referred to the helpline; safety plan agreed.' });
    const actions = (await c.app.staffStores.audit.list({ handoffId })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['handoff.view', 'handoff.claim', 'handoff.note', 'handoff.status']));

    // Nothing ran: no script flag, no dialog, no request for the broken image, no page error.
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(seen).toEqual({ dialogs: 0, badRequests: [], errors: [] });
    await page.close();
  });
});
