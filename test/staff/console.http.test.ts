/**
 * What staff see and do over HTTP: the queue (newest first, counts, filters, search, safe contact
 * first), a handoff as readable text, claim / status with outcome / note / print, the audit trail,
 * and a person's words always escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptForHandoff, type TranscriptEntry } from '../../src/storage/transcript';
import { loggedIn, startConsole, type Console, type StaffClient, type StaffMember } from './support';
import { dateTime } from '../../src/staff/view.models';

let c: Console;
let reviewer: StaffMember;
let client: StaffClient;
beforeAll(async () => {
  c = await startConsole();
  reviewer = await c.member('reviewer');
  client = await loggedIn(c, reviewer);
});
afterAll(() => c.close());

const rowsOf = (body: string) => [...body.matchAll(/<a href="\/staff\/handoffs\/([0-9a-f-]{36})">/g)].map((m) => m[1]);

describe('the queue', () => {
  it('lists handoffs newest first with counts, the safe-contact words first in each row, and filters', async () => {
    const older = await c.handoff('older one');
    c.clock.advance(60_000);
    const risky = await c.handoff('he put his hands round my neck', {
      highRisk: ['strangulation'],
      riskFactorsPresent: ['violence'],
      moments: [{ at: c.clock.now.toISOString(), level: 'emergency', reason: 'emergency.strangulationNow' }],
      contactSafe: undefined,
    });
    const page = await client.get('/staff');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const rows = rowsOf(page.body);
    expect(rows.indexOf(risky.id)).toBeLessThan(rows.indexOf(older.id));
    expect(page.body).toContain('No safe contact given - do not contact');
    expect(page.body).toContain('text me after 6pm');
    expect(page.body).toMatch(/class="flag flag-strangulation">Strangulation/);
    expect(page.body).toMatch(/class="flag flag-emergency">Emergency guidance shown/);
    expect(page.body).toMatch(/New <strong>\d+<\/strong>/);

    const strangulation = await client.get('/staff?risk=strangulation');
    expect(rowsOf(strangulation.body)).toEqual([risky.id]);
    const byRef = await client.get(`/staff?ref=${older.reference.toLowerCase()}`);
    expect(rowsOf(byRef.body)).toEqual([older.id]);
    expect(rowsOf((await client.get('/staff?status=closed')).body)).not.toContain(older.id);
    expect((await client.get('/staff?route=nowhere')).status).toBe(400);
    expect((await client.get('/staff?ref=<script>')).status).toBe(400);
  });

  it('flags a weapon, a person under 18 and intimate images in the queue, and filters by each (a caseworker review)', async () => {
    const young = await c.handoff('a girl online got me to send pics and now wants money', {
      lines: [{ id: 'behaviours', answer: { status: 'given', value: ['messages', 'imageSharing'] } }],
      route: { recommended: 'helpline', extras: ['reportRemove'] },
    });
    const armed = await c.handoff('he keeps a knife in his car', { riskRules: ['risk.weaponAccess'] });
    const page = await client.get('/staff');
    expect(page.body).toMatch(/class="flag flag-under18">Under 18/);
    expect(page.body).toMatch(/class="flag flag-images">Intimate images/);
    expect(page.body).toMatch(/class="flag flag-weapons">Weapon/);
    expect(rowsOf((await client.get('/staff?risk=under18')).body)).toEqual([young.id]);
    expect(rowsOf((await client.get('/staff?risk=images')).body)).toEqual([young.id]);
    expect(rowsOf((await client.get('/staff?risk=weapons')).body)).toEqual([armed.id]);
    const detail = await client.get(`/staff/handoffs/${young.id}`);
    expect(detail.body).toMatch(/class="flag flag-under18">Under 18/);
  });

  it('puts the most urgent first, then the longest waiting; newest first when asked (a caseworker review)', async () => {
    const waitingLongest = await c.handoff('he keeps texting me');
    c.clock.advance(60_000);
    const strangled = await c.handoff('he put his hands round my neck last month', { highRisk: ['strangulation'] });
    c.clock.advance(60_000);
    const newest = await c.handoff('my neighbour keeps staring');
    const urgent = rowsOf((await client.get('/staff')).body);
    expect(urgent.indexOf(strangled.id)).toBeLessThan(urgent.indexOf(waitingLongest.id));
    expect(urgent.indexOf(waitingLongest.id)).toBeLessThan(urgent.indexOf(newest.id));
    const byNewest = rowsOf((await client.get('/staff?order=newest')).body);
    expect(byNewest.indexOf(newest.id)).toBeLessThan(byNewest.indexOf(strangled.id));
    expect(byNewest.indexOf(strangled.id)).toBeLessThan(byNewest.indexOf(waitingLongest.id));
    expect((await client.get('/staff?order=sideways')).status).toBe(400);
  });

  it('words the summary for staff: "their ex-partner", not "your" (a caseworker review)', async () => {
    const h = await c.handoff('my ex keeps following me', {
      lines: [
        { id: 'story', text: 'my ex keeps following me' },
        { id: 'relationship', answer: { status: 'given', value: 'exPartner' } },
        { id: 'route', chosen: 'helpline' },
      ],
    });
    const page = await client.get(`/staff/handoffs/${h.id}`);
    expect(page.body).toContain('their ex-partner');
    expect(page.body).toContain('What they want to do');
    expect(page.body).not.toMatch(/your ex-partner|What you want to do/);
  });

  it('marks what the bot read from their words and they confirmed, apart from what they chose (a caseworker review)', async () => {
    const h = await c.handoff('my ex keeps following me', {
      lines: [
        { id: 'relationship', answer: { status: 'given', value: 'exPartner', confirmed: true } },
        { id: 'behaviours', answer: { status: 'given', value: ['following'] } },
      ],
    });
    const page = await client.get(`/staff/handoffs/${h.id}`);
    const marker = '(read from their words by the bot; they said it was right)';
    expect(page.body.match(/<dd class="words">[^<]*(?:<span class="source">[^<]*<\/span>)?<\/dd>/g)?.filter((dd) => dd.includes(marker))).toHaveLength(1);
    expect(page.body).toMatch(new RegExp(`their ex-partner <span class="source">\\(read from their words`));
  });

  it('names the lines not in what was shared, so none is read as "none" (a caseworker review)', async () => {
    const h = await c.handoff('he keeps texting', { lines: [{ id: 'behaviours', answer: { status: 'given', value: ['messages'] } }] });
    const page = await client.get(`/staff/handoffs/${h.id}`);
    expect(page.body).toContain('Not in what they shared');
    expect(page.body).toMatch(/removed by them before sharing[^:]*: Who, Started, How often, Safety, Evidence kept, Police\./);
  });

  it('records "tried - no answer" with what was tried; the case stays open and counted (a caseworker review)', async () => {
    const h = await c.handoff('text me after 6pm please');
    await client.postForm(`/staff/handoffs/${h.id}/claim`, {});
    const changed = await client.postForm(`/staff/handoffs/${h.id}/status`, { status: 'tried', outcome: 'texted at 18:30, no reply' });
    expect(changed.status).toBe(303);
    expect(await c.app.handoffs.get(h.id)).toMatchObject({ status: 'tried', outcome: 'texted at 18:30, no reply', closedAt: null });
    const queue = await client.get('/staff');
    expect(rowsOf(queue.body)).toContain(h.id);
    expect(queue.body).toMatch(/Tried - no answer <strong>\d+<\/strong>/);
    expect(rowsOf((await client.get('/staff?status=tried')).body)).toEqual([h.id]);
  });

  it('says which UK time every time is in, and shows when each case came in, not only in a tooltip (a caseworker review)', async () => {
    expect(dateTime('2026-07-01T12:00:00Z')).toBe('1 July 2026 at 13:00 BST');
    expect(dateTime('2026-12-01T12:00:00Z')).toBe('1 December 2026 at 12:00 GMT');
    const h = await c.handoff('came in just now');
    const queue = await client.get('/staff');
    const row = queue.body.slice(queue.body.indexOf(h.reference));
    expect(row.slice(0, 400)).toMatch(/<small>\d{1,2} \w+ 2026 at \d\d:\d\d (?:GMT|BST)<\/small>/);
  });

  it('shows the open handoffs unless asked (a caseworker review: closed cases pushed the longest-waiting open ones out of sight)', async () => {
    const done = await c.handoff('dealt with already');
    const waiting = await c.handoff('still waiting');
    await client.postForm(`/staff/handoffs/${done.id}/claim`, {});
    await client.postForm(`/staff/handoffs/${done.id}/status`, { status: 'closed', outcome: 'spoke to them, safety plan made' });
    const queue = await client.get('/staff');
    expect(rowsOf(queue.body)).toContain(waiting.id);
    expect(rowsOf(queue.body)).not.toContain(done.id);
    expect(queue.body).toMatch(/Open <strong>\d+<\/strong>/);
    expect(rowsOf((await client.get('/staff?status=any')).body)).toEqual(expect.arrayContaining([done.id, waiting.id]));
    expect(rowsOf((await client.get('/staff?status=closed')).body)).toContain(done.id);
    expect((await client.get('/staff?status=nonsense')).status).toBe(400);
  });

  it('words that may ask not to be contacted carry a caution above them (a caseworker review: shown as a plain safe way before)', async () => {
    const refused = await c.handoff('my ex keeps turning up', { contactSafe: "please don't contact me, I'll ring you" });
    const usable = await c.handoff('my ex keeps texting', { contactSafe: 'text after 6pm, never call' });
    const queue = (await client.get('/staff')).body;
    expect(queue).toContain('May ask not to be contacted - read first:</strong> <strong class="safe-contact">please don&#39;t contact me, I&#39;ll ring you');
    const page = (await client.get(`/staff/handoffs/${refused.id}`)).body;
    expect(page).toContain('Their words may ask not to be contacted at all, or only in some ways: read them before any contact.');
    expect(page).toContain('please don&#39;t contact me, I&#39;ll ring you');
    const ok = (await client.get(`/staff/handoffs/${usable.id}`)).body;
    expect(ok).toContain('text after 6pm, never call');
    expect(ok).not.toContain('may ask not to be contacted');
  });

  it('words read as refusing contact in the conversation are shown as do-not-contact, with the words', async () => {
    const refused = await c.handoff('my ex keeps turning up', { contactSafe: "please don't contact me, I'll ring you", contactRefused: true });
    const queue = (await client.get('/staff')).body;
    expect(queue).toContain('Asked not to be contacted - do not contact:</strong> please don&#39;t contact me, I&#39;ll ring you');
    const page = (await client.get(`/staff/handoffs/${refused.id}`)).body;
    expect(page).toContain('They asked not to be contacted, and were told nobody would contact them');
    expect(page).not.toContain('follow them exactly');
  });

  it('never says no emergency guidance was shown when the person removed that line: the route says so, and the queue flags it', async () => {
    const removed = await c.handoff('he was outside banging on the door', { moments: [], route: { recommended: 'emergency', extras: [] } });
    const quiet = await c.handoff('he keeps emailing me', { moments: [] });
    const page = (await client.get(`/staff/handoffs/${removed.id}`)).body;
    expect(page).not.toContain('No emergency or crisis guidance was shown');
    expect(page).toContain('None in what they shared, but the route recommended was Emergency (999): emergency guidance was given in this conversation.');
    expect((await client.get(`/staff/handoffs/${quiet.id}`)).body).toContain('None in what they shared.');
    expect(rowsOf((await client.get('/staff?risk=emergency')).body)).toContain(removed.id);
    expect(rowsOf((await client.get('/staff?risk=emergency')).body)).not.toContain(quiet.id);
  });
});

describe('the risk filter', () => {
  it('finds a flagged handoff behind more than 1000 newer ones, and counts it (the store filters, not the page)', { timeout: 60_000 }, async () => {
    const own = await startConsole();
    try {
      const old = await own.handoff('old one', { highRisk: ['strangulation'] });
      for (let i = 0; i < 1001; i++) {
        own.clock.advance(1000);
        await own.handoff(`newer ${i}`);
      }
      const member = await loggedIn(own, await own.member('reviewer'));
      const page = await member.get('/staff?risk=strangulation');
      expect(page.status).toBe(200);
      expect(rowsOf(page.body)).toEqual([old.id]);
      expect(page.body).toContain('1 shown');
      const all = await member.get('/staff');
      expect(rowsOf(all.body)).toHaveLength(200);
      expect(all.body).toContain('1002 shown');
    } finally {
      await own.close();
    }
  });
});

describe('a handoff', () => {
  it('reads as text: summary lines, dates as dates, moments, route, consent, transcript with who and when', async () => {
    const handoff = await c.handoff('since 3 April he waits outside', {
      lines: [
        { id: 'story', text: 'since 3 April he waits outside' },
        { id: 'since', answer: { status: 'given', value: { band: 'months', date: { iso: '2026-04-03' } }, words: 'since 3 April' } },
      ],
      route: { recommended: 'policeAndHelpline', extras: ['paladin'], chosen: 'helpline' },
      moments: [{ at: '2026-11-30T09:00:00.000Z', level: 'emergency', reason: 'emergency.x' }],
    } as never, [
      { from: 'user', at: '2026-11-30T09:00:00.000Z', text: 'he is outside now' },
      { from: 'bot', at: '2026-11-30T09:00:01.000Z', text: 'Call 999 now.', importance: 'high' },
      { from: 'bot', at: '2026-11-30T09:00:02.000Z', text: 'Are you somewhere safe?' },
    ]);
    const page = await client.get(`/staff/handoffs/${handoff.id}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('{"');
    expect(page.body).toContain('3 April 2026');
    expect(page.body).toContain('&quot;since 3 April&quot;');
    expect(page.body).toContain('Emergency guidance shown</strong> on 30 November 2026 at 09:00');
    expect(page.body).toContain('Police and helpline (also: Paladin)');
    expect(page.body).toContain('talk to the National Stalking Helpline');
    expect(page.body).toContain('conversation shared');
    // Who said what and when, with the emergency guidance line marked (the only one).
    expect(page.body).toMatch(/<li class="person">\s*<span class="meta"><time[^>]*>09:00:00 GMT<\/time> <strong>Person<\/strong>/);
    expect(page.body.match(/<li class="bot emergency">/g)).toHaveLength(1);
    expect(page.body).toMatch(/<li class="bot emergency">\s*<span class="meta"><time[^>]*>09:00:01 GMT<\/time> <strong>Bot<\/strong> <span class="flag flag-emergency">Emergency guidance<\/span>/);
    const audit = await c.app.staffStores.audit.list({ handoffId: handoff.id });
    expect(audit.map((e) => [e.action, e.actor])).toEqual([['handoff.view', reviewer.email]]);
  });

  it('a long shared conversation shows its first and last lines, the emergency lines between, and how many were left out', async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, i)).toISOString();
    const lines = Array.from({ length: 500 }, (_, i) => ({ from: i % 2 ? 'bot' : 'user', at: at(i), text: `line ${i}` }) as TranscriptEntry);
    lines[200] = { from: 'bot', at: at(200), text: 'Call 999 now.', importance: 'high' };
    const handoff = await c.handoff('a long one', {}, keptForHandoff(lines));
    const page = await client.get(`/staff/handoffs/${handoff.id}`);
    expect(page.body).toContain('line 0<');
    expect(page.body).toContain('line 59<');
    expect(page.body).not.toContain('line 60<');
    expect(page.body).toContain('199 lines from the middle of a long conversation were left out here');
    expect(page.body).toContain('Call 999 now.');
    expect(page.body).toContain('line 260<');
    expect(page.body).toContain('line 499<');
    expect(page.body.match(/<li class="(?:person|bot)/g)).toHaveLength(301);
  });

  it('claim, status with outcome, note and print are done and each is in the audit log', async () => {
    const handoff = await c.handoff();
    const path = `/staff/handoffs/${handoff.id}`;
    expect((await client.postForm(`${path}/claim`, {})).location).toBe(path);
    expect((await client.postForm(`${path}/status`, { status: 'closed', outcome: '' })).status).toBe(400);
    expect((await client.postForm(`${path}/status`, { status: 'archived', outcome: 'x' })).status).toBe(400);
    expect((await client.postForm(`${path}/status`, { status: 'contacted', outcome: 'spoke to her' })).status).toBe(303);
    expect((await client.postForm(`${path}/notes`, { text: '   ' })).status).toBe(400);
    expect((await client.postForm(`${path}/notes`, { text: 'referred to local IDVA' })).status).toBe(303);
    expect((await client.postForm(`${path}/status`, { status: 'closed', outcome: 'safety plan agreed' })).status).toBe(303);
    // Printed: the summary alone unless the notes or the conversation are asked for; the confidentiality line on every page.
    const print = await client.get(`${path}/print`);
    expect(print.status).toBe(200);
    expect(print.body).not.toContain('referred to local IDVA');
    expect(print.body).not.toContain('Are you safe right now?');
    expect(print.body).toContain('safety plan agreed');
    expect(print.body).toMatch(/<p class="print-footer">Handoff [0-9A-F]{8} - confidential/);
    const withNotes = await client.get(`${path}/print?notes=1&transcript=1`);
    expect(withNotes.body).toContain('referred to local IDVA');
    expect(withNotes.body).toContain('Are you safe right now?');
    const stored = await c.app.handoffs.get(handoff.id);
    expect(stored).toMatchObject({ status: 'closed', claimedBy: reviewer.id, outcome: 'safety plan agreed' });
    expect(stored?.closedAt).not.toBeNull();
    const actions = (await c.app.staffStores.audit.list({ handoffId: handoff.id })).reverse();
    expect(actions.map((e) => e.action)).toEqual(['handoff.claim', 'handoff.status', 'handoff.note', 'handoff.status', 'handoff.print', 'handoff.print']);
    expect(actions.filter((e) => e.action === 'handoff.print').map((e) => e.detail)).toEqual(['summary', 'summary+conversation+notes']);
    expect(actions.every((e) => e.actorId === reviewer.id)).toBe(true);
    expect(actions.map((e) => e.detail)).toContain('contacted -> closed');
    // Notes never go into the audit log.
    expect(JSON.stringify(actions)).not.toContain('IDVA');
  });

  it('an unknown or malformed id is a plain 404', async () => {
    expect((await client.get('/staff/handoffs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await client.get('/staff/handoffs/..%2F..%2Fetc')).status).toBe(404);
  });

  it("a person's words are escaped everywhere they appear", async () => {
    const evil = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> <a href="javascript:alert(1)">x</a> {{ 7*7 }}';
    const handoff = await c.handoff(evil, { contactSafe: evil });
    await client.postForm(`/staff/handoffs/${handoff.id}/claim`, {});
    await client.postForm(`/staff/handoffs/${handoff.id}/notes`, { text: evil });
    await client.postForm(`/staff/handoffs/${handoff.id}/status`, { status: 'contacted', outcome: evil });
    for (const path of ['/staff', `/staff/handoffs/${handoff.id}`, `/staff/handoffs/${handoff.id}/print`]) {
      const body = (await client.get(path)).body;
      expect(body, path).not.toContain('<script>window');
      expect(body, path).not.toContain('<img src=x');
      expect(body, path).not.toContain('href="javascript:');
      expect(body, path).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
      // Template syntax in their words is text, not evaluated.
      expect(body, path).toContain('{{ 7*7 }}');
    }
  });

  it('characters that reorder text are written out, so a number in their words reads as typed (not "0800 1234" for "0800 \u202e4321")', async () => {
    // An attacker review: U+202E (right-to-left override) made "call 0800 4321 after 6" show as "call 0800 6 retfa 1234".
    const words = 'call 0800 \u202e4321\u202c after 6, text \u2067first\u2069 \u200fok';
    const handoff = await c.handoff('my ex keeps texting me', { contactSafe: words });
    await client.postForm(`/staff/handoffs/${handoff.id}/claim`, {});
    await client.postForm(`/staff/handoffs/${handoff.id}/notes`, { text: 'rang \u202e4321' });
    for (const path of ['/staff', `/staff/handoffs/${handoff.id}`, `/staff/handoffs/${handoff.id}/print`]) {
      const body = (await client.get(path)).body;
      expect(body, path).toContain('call 0800 [U+202E]4321[U+202C] after 6, text [U+2067]first[U+2069] [U+200F]ok');
      expect(body, path).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
    expect((await client.get(`/staff/handoffs/${handoff.id}`)).body).toContain('rang [U+202E]4321');
  });
});

describe('the audit log', () => {
  it('admins read who did what and when; nothing in the console changes or deletes it', async () => {
    const admin = await loggedIn(c, await c.member('admin'));
    const page = await admin.get('/staff/audit');
    expect(page.body).toContain('handoff viewed <code>handoff.view</code>');
    expect(page.body).toContain(reviewer.email);
    const routes = Object.values(c.app.server.router.getRoutes()) as unknown as { method: string; path: string }[];
    expect(routes.filter((r) => r.path.startsWith('/staff/audit')).map((r) => r.method)).toEqual(['GET']);
    const store = c.app.staffStores.audit as unknown as Record<string, unknown>;
    for (const method of ['update', 'delete', 'remove', 'clear']) expect(store[method]).toBeUndefined();
  });
});
