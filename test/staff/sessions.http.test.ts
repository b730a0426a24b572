/**
 * Logging in and sessions over HTTP: TOTP, session fixation, idle and absolute timeouts, logout
 * here and everywhere, lockout after failures, the per-address limit, disabled accounts, enrolment.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cookie } from '../../src/staff/http/cookies';
import { cookieNames } from '../../src/staff/http/staff.route';
import { LOCK_AFTER, LOCK_MS } from '../../src/staff/login';
import { ABSOLUTE_MS, IDLE_MS } from '../../src/staff/sessions';
import { totpCode } from '../../src/staff/totp';
import { loadConfig } from '../../src/config';
import { PASSWORD, StaffClient, loggedIn, startConsole, type Console } from './support';

let c: Console;
afterEach(() => c?.close());

describe('logging in', () => {
  it('needs the password AND a current TOTP code, and a code works only once', async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    const client = new StaffClient(c.url);
    expect((await client.login(member, c.clock, { code: '' })).status).toBe(401);
    expect((await client.login(member, c.clock, { password: 'wrong password entirely' })).status).toBe(401);
    const ok = await client.login(member, c.clock);
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/staff');
    const set = ok.headers.getSetCookie().find((l) => l.startsWith('staff_session='))!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(set).toMatch(/Path=\//);
    expect((await client.get('/staff')).status).toBe(200);
    // The same code again (same 30 s step) is refused: a code seen over a shoulder can't be replayed.
    const again = new StaffClient(c.url);
    const form = await again.get('/staff/login');
    const replay = await again.post('/staff/login', { _csrf: StaffClient.csrf(form), email: member.email, password: PASSWORD, code: totpCode(member.secret, c.clock.now) });
    expect(replay.status).toBe(401);
  });

  it('the refusal says the same thing for an unknown email, a wrong password and a wrong code', async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    const bodies = await Promise.all([
      new StaffClient(c.url).login({ ...member, email: 'nobody@charity.example' }, c.clock),
      new StaffClient(c.url).login(member, c.clock, { password: 'not the password at all' }),
      new StaffClient(c.url).login(member, c.clock, { code: '123456' }),
    ]);
    const errors = bodies.map((b) => /role="alert">([^<]*)</.exec(b.body)?.[1]);
    expect(bodies.map((b) => b.status)).toEqual([401, 401, 401]);
    expect(new Set(errors).size).toBe(1);
    const audit = await c.app.staffStores.audit.list();
    expect(audit.filter((e) => e.action === 'login.failed')).toHaveLength(3);
  });

  it('STAFF_REQUIRE_2FA=false is refused outside local mode, and in local mode logs in without a code', async () => {
    expect(() => loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', STAFF_REQUIRE_2FA: 'false' })).toThrow(/STAFF_REQUIRE_2FA/);
    expect(loadConfig({}).staff.require2fa).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', STAFF_BASE_URL: 'http://console.example' })).toThrow(/STAFF_BASE_URL/);
    c = await startConsole({ STAFF_REQUIRE_2FA: 'false' });
    const member = await c.member('reviewer');
    const client = new StaffClient(c.url);
    const form = await client.get('/staff/login');
    expect(form.body).not.toContain('name="code"');
    expect((await client.post('/staff/login', { _csrf: StaffClient.csrf(form), email: member.email, password: PASSWORD })).status).toBe(303);
  });

  it('in production the cookies are __Host- and Secure', () => {
    const names = cookieNames({ ...loadConfig({ NODE_ENV: 'test' }).staff, secureCookies: true });
    expect(names.session).toBe('__Host-staff_session');
    expect(cookie(names.session, 'x', { secure: true })).toMatch(/; Secure/);
    expect(cookie('staff_session', 'x', { secure: false })).not.toMatch(/Secure/);
  });
});

describe('sessions', () => {
  it('session fixation: a session id planted before login is ignored, a new one is issued, and an earlier one ends', async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    const client = new StaffClient(c.url);
    client.cookies.set('staff_session', 'planted-by-someone-else');
    await client.login(member, c.clock);
    const first = client.cookies.get('staff_session')!;
    expect(first).not.toBe('planted-by-someone-else');
    expect((await new StaffClient(c.url).get('/staff', { cookie: 'staff_session=planted-by-someone-else' })).status).toBe(303);
    // Logging in again from the same browser: a new id, and the old one no longer works.
    await client.login(member, c.clock);
    const second = client.cookies.get('staff_session')!;
    expect(second).not.toBe(first);
    expect((await new StaffClient(c.url).get('/staff', { cookie: `staff_session=${first}` })).status).toBe(303);
    expect((await new StaffClient(c.url).get('/staff', { cookie: `staff_session=${second}` })).status).toBe(200);
  });

  it('ends after 15 minutes idle', async () => {
    c = await startConsole();
    const client = await loggedIn(c, await c.member('reviewer'));
    c.clock.advance(IDLE_MS - 60_000);
    expect((await client.get('/staff')).status).toBe(200);
    c.clock.advance(IDLE_MS + 1000);
    expect((await client.get('/staff')).status).toBe(303);
  });

  it('the storage retention purge (start-up and hourly) deletes expired sessions, and only those', async () => {
    c = await startConsole();
    const idle = await loggedIn(c, await c.member('reviewer'));
    c.clock.advance(IDLE_MS - 60_000);
    const active = await loggedIn(c, await c.member('reviewer'));
    c.clock.advance(120_000);
    const retention = { conversationsMs: 30 * 86_400_000, closedHandoffsMs: 90 * 86_400_000 };
    expect((await c.app.storage.purge(retention, c.clock.now)).staffSessions).toBe(1);
    expect((await c.app.storage.purge(retention, c.clock.now)).staffSessions).toBe(0);
    expect((await active.get('/staff')).status).toBe(200);
    expect((await idle.get('/staff')).status).toBe(303);
  });

  it('ends after 8 hours however active', async () => {
    c = await startConsole();
    const client = await loggedIn(c, await c.member('reviewer'));
    for (let t = 0; t < ABSOLUTE_MS - IDLE_MS; t += IDLE_MS - 60_000) {
      c.clock.advance(IDLE_MS - 60_000);
      expect((await client.get('/staff')).status).toBe(200);
    }
    c.clock.advance(IDLE_MS - 60_000);
    expect((await client.get('/staff')).status).toBe(303);
  });

  it('logout ends this session; "log out everywhere" ends them all', async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    const phone = await loggedIn(c, member);
    const desk = await loggedIn(c, member);
    const laptop = await loggedIn(c, member);
    const phoneToken = phone.cookies.get('staff_session')!;
    expect((await phone.postForm('/staff/logout', {})).location).toBe('/staff/login');
    expect((await new StaffClient(c.url).get('/staff', { cookie: `staff_session=${phoneToken}` })).status).toBe(303);
    expect((await desk.get('/staff')).status).toBe(200);
    expect((await desk.postForm('/staff/logout-everywhere', {})).status).toBe(303);
    expect((await laptop.get('/staff')).status).toBe(303);
  });

  it('disabling an account ends its sessions and refuses its logins', async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    const client = await loggedIn(c, member);
    await c.accounts.disable(member.email);
    expect((await client.get('/staff')).status).toBe(303);
    expect((await new StaffClient(c.url).login(member, c.clock)).status).toBe(401);
  });
});

describe('lockout and limits', () => {
  it(`wrong passwords from anyone never keep the owner out: after ${LOCK_AFTER} the right password and code still log in`, async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    for (let i = 0; i < LOCK_AFTER; i++) expect((await new StaffClient(c.url).login(member, c.clock, { password: `wrong guess ${i}xxxxx` })).status).toBe(401);
    expect((await c.app.staffStores.accounts.get(member.id))?.lockedUntil).not.toBeNull();
    // while locked a wrong password is still refused, and is not counted (the lock would never end)
    expect((await new StaffClient(c.url).login(member, c.clock, { password: 'one more wrong guess' })).status).toBe(401);
    expect((await c.app.staffStores.accounts.get(member.id))?.failedLogins).toBe(LOCK_AFTER);
    expect((await new StaffClient(c.url).login(member, c.clock)).status).toBe(303);
    expect((await c.app.staffStores.accounts.get(member.id))).toMatchObject({ failedLogins: 0, codeFailures: 0, lockedUntil: null });
  });

  it(`once a lock has ended one wrong password does not lock again (the counts start again)`, async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    for (let i = 0; i < LOCK_AFTER; i++) await new StaffClient(c.url).login(member, c.clock, { password: `wrong guess ${i}xxxxx` });
    c.clock.advance(LOCK_MS + 1000);
    expect((await new StaffClient(c.url).login(member, c.clock, { password: 'a typo of the owner' })).status).toBe(401);
    expect((await c.app.staffStores.accounts.get(member.id))).toMatchObject({ failedLogins: 1, lockedUntil: null });
  });

  it(`${LOCK_AFTER} wrong codes with the right password lock the account, even for the right code, until the lock ends`, async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    for (let i = 0; i < LOCK_AFTER; i++) expect((await new StaffClient(c.url).login(member, c.clock, { code: '000000' })).status).toBe(401);
    expect((await c.app.staffStores.accounts.get(member.id))?.codeFailures).toBe(LOCK_AFTER);
    expect((await new StaffClient(c.url).login(member, c.clock)).status).toBe(401);
    c.clock.advance(LOCK_MS);
    expect((await new StaffClient(c.url).login(member, c.clock)).status).toBe(303);
    expect((await c.app.staffStores.accounts.get(member.id))).toMatchObject({ failedLogins: 0, codeFailures: 0, lockedUntil: null });
  });

  it('limits login attempts from one address (429 with Retry-After) until the bucket refills', { timeout: 90_000 }, async () => {
    c = await startConsole();
    const member = await c.member('reviewer');
    // The clock stands still, so only the attempts count (the limiter runs on the console's clock).
    const attempt = async (i: number) => {
      const client = new StaffClient(c.url);
      const form = await client.get('/staff/login');
      return client.post('/staff/login', { _csrf: StaffClient.csrf(form), email: `nobody${i}@charity.example`, password: PASSWORD, code: '000000' });
    };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const reply = await attempt(i);
      statuses.push(reply.status);
      if (reply.status === 429) expect(Number(reply.headers.get('retry-after'))).toBe(10);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    c.clock.advance(10_000);
    expect((await new StaffClient(c.url).login(member, c.clock)).status).toBe(303);
  });

  /** A failed login attempt from the address a proxy says the request came from. */
  const attemptFrom = async (forwardedFor: string, i: number) => {
    const client = new StaffClient(c.url);
    const headers = { 'x-forwarded-for': forwardedFor };
    const form = await client.get('/staff/login', headers);
    return client.post('/staff/login', { _csrf: StaffClient.csrf(form), email: `nobody${i}@charity.example`, password: PASSWORD, code: '000000' }, headers);
  };

  it('behind a trusted proxy (TRUSTED_PROXIES) the limit is per client, so one client cannot lock every staff member out', { timeout: 90_000 }, async () => {
    c = await startConsole({ TRUSTED_PROXIES: '127.0.0.1,::1' });
    const member = await c.member('reviewer');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attemptFrom('10.9.8.7, 198.51.100.7', i)).status);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
    // Another client behind the same proxy logs in; the clock has not moved, so no bucket refilled.
    const client = new StaffClient(c.url);
    const headers = { 'x-forwarded-for': '198.51.100.8' };
    const form = await client.get('/staff/login', headers);
    const code = totpCode(member.secret, c.clock.now);
    const ok = await client.post('/staff/login', { _csrf: StaffClient.csrf(form), email: member.email, password: member.password, code }, headers);
    expect(ok.status).toBe(303);
    // Entries left of the proxy's own are the client's words: "10.9.8.7" above was not the key.
    expect((await attemptFrom('203.0.113.1, 198.51.100.7', 99)).status).toBe(429);
  });

  it('without TRUSTED_PROXIES, an X-Forwarded-For header is not believed: a client cannot dodge the limit by changing it', { timeout: 90_000 }, async () => {
    c = await startConsole();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attemptFrom(`198.51.100.${i}`, i)).status);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
  });
});

describe('enrolment', () => {
  it('a one-time link sets the password and two-factor; then the link is dead and the account logs in', async () => {
    c = await startConsole();
    const { link } = await c.accounts.add('new.person@charity.example', 'reviewer');
    const path = new URL(link!).pathname;
    const client = new StaffClient(c.url);
    const page = await client.get(path);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<svg');
    const secret = /<code class="secret">([A-Z2-7]+)</.exec(page.body)![1]!;
    const tooShort = await client.post(path, { _csrf: StaffClient.csrf(page), password: 'short', code: totpCode(secret, c.clock.now) });
    expect(tooShort.status).toBe(400);
    const wrongCode = await client.post(path, { _csrf: StaffClient.csrf(page), password: PASSWORD, code: '000000' });
    expect(wrongCode.status).toBe(400);
    const done = await client.post(path, { _csrf: StaffClient.csrf(page), password: PASSWORD, code: totpCode(secret, c.clock.now) });
    expect(done.status).toBe(200);
    expect((await client.get(path)).status).toBe(404);
    const reply = await new StaffClient(c.url).login({ id: '', email: 'new.person@charity.example', password: PASSWORD, secret }, c.clock);
    expect(reply.status).toBe(303);
  });
});
