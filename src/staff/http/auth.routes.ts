/** Log in, log out (here or everywhere) and enrolment (the one-time link from the CLI). */
import type { Server } from 'restify';
import { AccountError } from '../accounts';
import { MIN_PASSWORD_LENGTH } from '../password';
import { newToken } from '../tokens';
import { totpQrSvg, totpUri } from '../totp';
import { cookie, readCookie } from './cookies';
import { staffText } from '../copy';
import { redirect } from './render';
import { addStaffRoute, audit, cookieNames, message, page, type BackLink, type StaffDeps, type StaffRequest } from './staff.route';

const toLogin: BackLink = { href: '/staff/login', label: 'staff.back.login' };

/** The login and enrolment forms' CSRF token: a random cookie the form must repeat (double submit, SameSite=Strict). */
function preLoginCsrf(deps: StaffDeps, r: StaffRequest): string {
  const names = cookieNames(deps.config);
  const existing = readCookie(r.req, names.csrf);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newToken();
  r.res.setHeader('Set-Cookie', cookie(names.csrf, token, { secure: deps.config.secureCookies }));
  return token;
}

function loginPage(deps: StaffDeps, r: StaffRequest, status: number, extra: Record<string, unknown> = {}): void {
  page(deps, r, status, 'login.njk', { csrf: preLoginCsrf(deps, r), require2fa: deps.config.require2fa, email: '', ...extra });
}

export function registerAuthRoutes(server: Server, deps: StaffDeps): void {
  const names = cookieNames(deps.config);
  const secure = deps.config.secureCookies;

  addStaffRoute(server, deps, 'get', '/staff/login', 'public', async (r) => loginPage(deps, r, 200));

  addStaffRoute(server, deps, 'post', '/staff/login', 'public', async (r) => {
    const email = (r.form.get('email') ?? '').slice(0, 254);
    const result = await deps.login.check(
      { email, password: r.form.get('password') ?? '', code: r.form.get('code') ?? '', client: r.client },
      r.now,
    );
    if (!result.ok) {
      if (result.reason === 'rateLimited') {
        r.res.setHeader('Retry-After', String(result.retryAfterSeconds));
        loginPage(deps, r, 429, { error: staffText('staff.login.rateLimited'), email });
        return;
      }
      await deps.stores.audit.append(
        { actorId: result.account?.id ?? null, actor: result.account?.email ?? 'unknown email', action: 'login.failed', handoffId: null, detail: null },
        r.now,
      );
      deps.logger.info({ event: 'staff.login.failed', known: result.account !== undefined }, 'staff login refused');
      loginPage(deps, r, 401, { error: staffText('staff.login.refused'), email });
      return;
    }
    // Session fixation: whatever session cookie came with the request is ended, and a new one is made.
    const previous = readCookie(r.req, names.session);
    if (previous) await deps.sessions.end(previous);
    const { token } = await deps.sessions.start(result.account.id, r.now);
    r.res.setHeader('Set-Cookie', [cookie(names.session, token, { secure }), cookie(names.csrf, '', { secure, maxAge: 0 })]);
    await deps.stores.audit.append({ actorId: result.account.id, actor: result.account.email, action: 'login', handoffId: null, detail: null }, r.now);
    deps.logger.info({ event: 'staff.login', accountId: result.account.id }, 'staff logged in');
    redirect(r.res, '/staff');
  });

  addStaffRoute(server, deps, 'post', '/staff/logout', 'session', async (r) => {
    await deps.sessions.end(readCookie(r.req, names.session)!);
    await audit(deps, r, { action: 'logout', handoffId: null, detail: null });
    r.res.setHeader('Set-Cookie', cookie(names.session, '', { secure, maxAge: 0 }));
    redirect(r.res, '/staff/login');
  });

  addStaffRoute(server, deps, 'post', '/staff/logout-everywhere', 'session', async (r) => {
    const ended = await deps.sessions.endAll(r.me!.account.id);
    await audit(deps, r, { action: 'logout.everywhere', handoffId: null, detail: `${ended} sessions` });
    r.res.setHeader('Set-Cookie', cookie(names.session, '', { secure, maxAge: 0 }));
    redirect(r.res, '/staff/login');
  });

  const invalidLink = (r: StaffRequest) =>
    message(deps, r, 404, 'staff.messages.linkInvalid', { back: toLogin });

  async function enrolPage(r: StaffRequest, status: number, error?: string): Promise<void> {
    const account = await deps.accounts.forEnrolment(r.params.token ?? '');
    if (!account) return invalidLink(r);
    const context: Record<string, unknown> = {
      csrf: preLoginCsrf(deps, r),
      token: r.params.token,
      email: account.email,
      require2fa: deps.config.require2fa,
      minPassword: MIN_PASSWORD_LENGTH,
      error,
    };
    if (deps.config.require2fa) {
      const secret = await deps.accounts.enrolmentSecret(account);
      const uri = totpUri(secret, account.email);
      Object.assign(context, { secret, uri, qrSvg: await totpQrSvg(uri) });
    }
    page(deps, r, status, 'enrol.njk', context);
  }

  addStaffRoute(server, deps, 'get', '/staff/enrol/:token', 'public', (r) => enrolPage(r, 200));

  addStaffRoute(server, deps, 'post', '/staff/enrol/:token', 'public', async (r) => {
    try {
      await deps.accounts.enrol(r.params.token ?? '', { password: r.form.get('password') ?? '', code: r.form.get('code') ?? '' });
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      if (!(await deps.accounts.forEnrolment(r.params.token ?? ''))) return invalidLink(r);
      return enrolPage(r, 400, err.message);
    }
    message(deps, r, 200, deps.config.require2fa ? 'staff.messages.enrolled' : 'staff.messages.enrolledNo2fa', { back: toLogin });
  });
}
