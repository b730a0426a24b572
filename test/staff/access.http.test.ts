/**
 * Who can reach what: every /staff route the router knows refuses without a session (the list comes
 * from restify's router, so a route added later is checked too); cross-site posts and forms without
 * the session's CSRF token are refused; roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, StaffClient, loggedIn, startConsole, type Console } from './support';

/** The only /staff routes that answer without a session (the enrolment link carries its own secret). */
const PUBLIC = ['GET /staff/login', 'POST /staff/login', 'GET /staff/static/staff.css', 'GET /staff/enrol/:token', 'POST /staff/enrol/:token'];

let c: Console;
beforeAll(async () => {
  c = await startConsole();
});
afterAll(() => c.close());

function staffRoutes(): { method: string; path: string }[] {
  const routes = Object.values(c.app.server.router.getRoutes()) as unknown as { method: string; path: string }[];
  return routes.filter((r) => r.path === '/staff' || r.path.startsWith('/staff/')).map((r) => ({ method: r.method, path: r.path }));
}

describe('without a session', () => {
  it('every /staff route but login, the stylesheet and enrolment refuses: GET goes to the login page, POST gets 401', async () => {
    const handoff = await c.handoff('secret words about the person');
    const routes = staffRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const guarded = routes.filter((r) => !PUBLIC.includes(`${r.method} ${r.path}`));
    expect(guarded.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /staff', 'GET /staff/handoffs/:id', 'POST /staff/handoffs/:id/claim', 'GET /staff/audit']),
    );
    // No session, a made-up session, and an ended one.
    const member = await c.member('admin');
    const ended = await loggedIn(c, member);
    const endedCookie = ended.cookies.get('staff_session')!;
    await ended.postForm('/staff/logout', {});
    for (const cookie of [undefined, 'staff_session=made-up-token', `staff_session=${endedCookie}`]) {
      for (const route of guarded) {
        const path = route.path.replace(':id', handoff.id);
        const client = new StaffClient(c.url);
        const headers = cookie ? { cookie } : undefined;
        const reply = route.method === 'GET' ? await client.get(path, headers) : await client.post(path, { _csrf: 'x', text: 'note', status: 'closed' }, headers);
        const label = `${route.method} ${route.path} with ${cookie ?? 'no cookie'}`;
        if (route.method === 'GET') {
          expect(reply.status, label).toBe(303);
          expect(reply.location, label).toBe('/staff/login');
        } else {
          expect(reply.status, label).toBe(401);
        }
        expect(reply.body, label).not.toContain('secret words');
      }
    }
    expect(await c.app.handoffs.notes(handoff.id)).toEqual([]);
    expect((await c.app.handoffs.get(handoff.id))?.status).toBe('new');
  });

  it('an enrolment route with a made-up or used token shows nothing', async () => {
    for (const token of ['made-up', 'A'.repeat(43)]) {
      const client = new StaffClient(c.url);
      expect((await client.get(`/staff/enrol/${token}`)).status).toBe(404);
      const form = await client.get('/staff/login');
      expect((await client.post(`/staff/enrol/${token}`, { _csrf: StaffClient.csrf(form), password: PASSWORD })).status).toBe(404);
    }
  });

  it('the login page carries the security headers and no script', async () => {
    const reply = await new StaffClient(c.url).get('/staff/login');
    expect(reply.status).toBe(200);
    const csp = reply.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.body).not.toMatch(/<script/i);
  });
});

describe('CSRF and cross-site requests', () => {
  it('a form without the session CSRF token, or with another session’s, is refused and changes nothing', async () => {
    const handoff = await c.handoff();
    const member = await c.member('reviewer');
    const client = await loggedIn(c, member);
    const other = await loggedIn(c, await c.member('reviewer'));
    const othersToken = StaffClient.csrf(await other.get('/staff'));
    expect((await client.post(`/staff/handoffs/${handoff.id}/notes`, { text: 'no token' })).status).toBe(403);
    expect((await client.post(`/staff/handoffs/${handoff.id}/notes`, { _csrf: othersToken, text: 'stolen token' })).status).toBe(403);
    expect((await client.post(`/staff/handoffs/${handoff.id}/claim`, { _csrf: '' })).status).toBe(403);
    expect(await c.app.handoffs.notes(handoff.id)).toEqual([]);
    expect((await c.app.handoffs.get(handoff.id))?.claimedBy).toBeNull();
    // With the right token it works.
    expect((await client.postForm(`/staff/handoffs/${handoff.id}/notes`, { text: 'called, no answer' })).status).toBe(303);
    expect((await c.app.handoffs.notes(handoff.id)).map((n) => n.text)).toEqual(['called, no answer']);
  });

  it('a post from another site is refused even with a valid token', async () => {
    const handoff = await c.handoff();
    const client = await loggedIn(c, await c.member('reviewer'));
    const csrf = StaffClient.csrf(await client.get('/staff'));
    const cross = await client.post(`/staff/handoffs/${handoff.id}/claim`, { _csrf: csrf }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(cross.status).toBe(403);
    expect((await c.app.handoffs.get(handoff.id))?.claimedBy).toBeNull();
  });

  it('login needs the login form’s token', async () => {
    const member = await c.member('reviewer');
    const client = new StaffClient(c.url);
    const reply = await client.post('/staff/login', { email: member.email, password: member.password, code: '000000' });
    expect(reply.status).toBe(403);
    expect(reply.headers.get('set-cookie') ?? '').not.toContain('staff_session=');
  });

  it('a form body that is not a form, or too large, is refused', async () => {
    const client = await loggedIn(c, await c.member('reviewer'));
    const handoff = await c.handoff();
    const csrf = StaffClient.csrf(await client.get('/staff'));
    const json = await fetch(`${c.url}/staff/handoffs/${handoff.id}/notes`, {
      method: 'POST',
      headers: { cookie: `staff_session=${client.cookies.get('staff_session')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ _csrf: csrf, text: 'x' }),
    });
    expect(json.status).toBe(415);
    expect((await client.post(`/staff/handoffs/${handoff.id}/notes`, { _csrf: csrf, text: 'x'.repeat(20_000) })).status).toBe(413);
    expect(await c.app.handoffs.notes(handoff.id)).toEqual([]);
  });
});

describe('roles', () => {
  it('only admins read the audit log', async () => {
    const reviewer = await loggedIn(c, await c.member('reviewer'));
    expect((await reviewer.get('/staff/audit')).status).toBe(403);
    const admin = await loggedIn(c, await c.member('admin'));
    const page = await admin.get('/staff/audit');
    expect(page.status).toBe(200);
    expect(page.body).toContain('login');
  });

  it("a reviewer claims what nobody has, can't take over someone else's, and changes status only on their own", async () => {
    const handoff = await c.handoff();
    const first = await c.member('reviewer');
    const a = await loggedIn(c, first);
    const b = await loggedIn(c, await c.member('reviewer'));
    expect((await b.postForm(`/staff/handoffs/${handoff.id}/status`, { status: 'contacted' })).status).toBe(403);
    expect((await a.postForm(`/staff/handoffs/${handoff.id}/claim`, {})).status).toBe(303);
    expect((await b.postForm(`/staff/handoffs/${handoff.id}/claim`, {})).status).toBe(403);
    expect((await b.postForm(`/staff/handoffs/${handoff.id}/status`, { status: 'closed', outcome: 'x' })).status).toBe(403);
    expect((await c.app.handoffs.get(handoff.id))).toMatchObject({ claimedBy: first.id, status: 'in_progress' });
    const admin = await c.member('admin');
    const boss = await loggedIn(c, admin);
    expect((await boss.postForm(`/staff/handoffs/${handoff.id}/claim`, {})).status).toBe(303);
    expect((await c.app.handoffs.get(handoff.id))?.claimedBy).toBe(admin.id);
  });
});
