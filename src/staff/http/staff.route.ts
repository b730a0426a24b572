/**
 * Every console route goes through `addStaffRoute`, which decides before the handler runs:
 * security headers on every answer; cross-site requests refused; no session -> the login page (GET)
 * or 401 (POST); a form post without the right CSRF token -> 403; an admin page for a reviewer -> 403.
 * `access` has no default: a new route says whether it is public.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { clientKeyOf } from '../../http/client.address';
import type { Logger } from '../../logger';
import type { HandoffStore } from '../../storage/handoff.store';
import type { StaffConfig } from '../../config';
import type { StaffAccounts } from '../accounts';
import type { StaffLogin } from '../login';
import type { ActiveSession, StaffSessions } from '../sessions';
import type { StaffStores, NewAuditEntry } from '../store';
import { sameToken } from '../tokens';
import { staffText, type CopyParams } from '../copy';
import { roleLabel } from '../view.models';
import { cookie, readCookie } from './cookies';
import { readForm } from './form.body';
import { redirect, renderPage, sendHtml } from './render';
import { setSecurityHeaders } from './security.headers';

export const MAX_FORM_BYTES = 16 * 1024;

export interface StaffDeps {
  config: StaffConfig;
  stores: StaffStores;
  handoffs: HandoffStore;
  accounts: StaffAccounts;
  sessions: StaffSessions;
  login: StaffLogin;
  logger: Logger;
  now: () => Date;
}

export type Access = 'public' | 'session' | 'admin';

export interface StaffRequest {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The form, on POST. */
  form: URLSearchParams;
  now: Date;
  client: string;
  /** Set on every route but 'public' ones. */
  me?: ActiveSession;
}

export function cookieNames(config: StaffConfig) {
  // __Host- cookies are only accepted over HTTPS, with Path=/ and no Domain: nothing else can set them.
  return config.secureCookies
    ? { session: '__Host-staff_session', csrf: '__Host-staff_csrf' }
    : { session: 'staff_session', csrf: 'staff_csrf' };
}

/** Renders a page with the signed-in member of staff and their CSRF token. */
export function page(deps: StaffDeps, r: StaffRequest, status: number, template: string, context: Record<string, unknown> = {}): void {
  const me = r.me && { email: r.me.account.email, role: r.me.account.role, roleLabel: roleLabel(r.me.account.role), id: r.me.account.id };
  sendHtml(r.res, status, renderPage(template, { me, csrf: r.me?.session.csrfToken, ...context }));
}

/** Where a message page sends them next: a link and the key of its words (`staff.back.*`). */
export interface BackLink {
  href: string;
  label: `staff.back.${string}`;
}

const BACK_TO_QUEUE: BackLink = { href: '/staff', label: 'staff.back.queue' };

/**
 * A page with a heading and a sentence: `key` names a `staff.messages.*` entry with `heading` and
 * `text` (its `{{params}}` from `params`).
 */
export function message(
  deps: StaffDeps,
  r: StaffRequest,
  status: number,
  key: `staff.messages.${string}`,
  options: { back?: BackLink; params?: CopyParams } = {},
): void {
  const back = options.back ?? BACK_TO_QUEUE;
  page(deps, r, status, 'message.njk', {
    heading: staffText(`${key}.heading`),
    text: staffText(`${key}.text`, options.params),
    back: back.href,
    backLabel: staffText(back.label),
  });
}

export async function audit(deps: StaffDeps, r: StaffRequest, entry: Omit<NewAuditEntry, 'actorId' | 'actor'>): Promise<void> {
  await deps.stores.audit.append({ actorId: r.me?.account.id ?? null, actor: r.me?.account.email ?? 'unknown', ...entry }, r.now);
}

/**
 * Cross-site requests are refused outright (SameSite=Strict already keeps the cookie off them).
 * Browsers say where a request comes from in Sec-Fetch-Site; older ones only in Origin.
 */
function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export function addStaffRoute(
  server: Server,
  deps: StaffDeps,
  method: 'get' | 'post',
  path: string,
  access: Access,
  handler: (r: StaffRequest) => Promise<void>,
): void {
  const names = cookieNames(deps.config);
  server[method](path, async (req: Request, res: Response) => {
    const raw = res as unknown as ServerResponse;
    setSecurityHeaders(raw, { hsts: deps.config.secureCookies });
    const r: StaffRequest = {
      req,
      res: raw,
      params: (req.params ?? {}) as Record<string, string>,
      query: new URL(req.url ?? '/', 'http://console.invalid').searchParams,
      form: new URLSearchParams(),
      now: deps.now(),
      client: clientKeyOf(req, deps.config.trustedProxies),
    };
    try {
      if (method === 'post' && isCrossSite(req)) {
        message(deps, r, 403, 'staff.messages.crossSite');
        return;
      }
      if (access !== 'public') {
        r.me = await deps.sessions.resolve(readCookie(req, names.session), r.now);
        if (!r.me) {
          if (readCookie(req, names.session)) raw.setHeader('Set-Cookie', cookie(names.session, '', { secure: deps.config.secureCookies, maxAge: 0 }));
          if (method === 'get') redirect(raw, '/staff/login');
          else message(deps, r, 401, 'staff.messages.loggedOut', { back: { href: '/staff/login', label: 'staff.back.login' } });
          return;
        }
      }
      if (method === 'post') {
        const body = await readForm(req, MAX_FORM_BYTES);
        if (!body.ok) {
          message(deps, r, body.status, body.status === 413 ? 'staff.messages.tooLong' : 'staff.messages.notAForm');
          return;
        }
        r.form = body.form;
        const expected = r.me ? r.me.session.csrfToken : readCookie(req, names.csrf);
        if (!sameToken(r.form.get('_csrf') ?? undefined, expected)) {
          message(deps, r, 403, 'staff.messages.formExpired');
          return;
        }
      }
      if (access === 'admin' && r.me?.account.role !== 'admin') {
        message(deps, r, 403, 'staff.messages.adminOnly');
        return;
      }
      await handler(r);
    } catch (err) {
      deps.logger.error({ event: 'staff.failed', route: path, errName: err instanceof Error ? err.name : typeof err }, 'staff console request failed');
      if (!raw.headersSent) message(deps, r, 500, 'staff.messages.failed');
    }
  });
}
