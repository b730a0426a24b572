/** The queue, a handoff, its actions (claim, status with outcome, note) and its print view. */
import type { Server } from 'restify';
import { ROUTES, type RouteId } from '../../../dialogs/routes';
import { HANDOFF_STATUSES, type HandoffFilter, type HandoffRecord, type HandoffStatus } from '../../storage/handoff.store';
import {
  RISK_FLAGS,
  riskLabel,
  routeLabel,
  statusLabel,
  accountNames,
  dateTime,
  handoffView,
  queueRow,
  type RiskFlag,
} from '../view.models';
import { redirect } from './render';
import { addStaffRoute, audit, message, page, type BackLink, type StaffDeps, type StaffRequest } from './staff.route';

const QUEUE_PAGE = 200;
const MAX_OUTCOME = 2000;
const MAX_NOTE = 4000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const statuses = () => HANDOFF_STATUSES.map((id) => ({ id, label: statusLabel(id) }));
const backToHandoff = (h: HandoffRecord): BackLink => ({ href: `/staff/handoffs/${h.id}`, label: 'staff.back.handoff' });
const isStatus = (v: string): v is HandoffStatus => (HANDOFF_STATUSES as readonly string[]).includes(v);
const isRoute = (v: string): v is RouteId => (ROUTES as readonly string[]).includes(v);
const isRisk = (v: string): v is RiskFlag => (RISK_FLAGS as readonly string[]).includes(v);

/** The handoff named in the path, or a 404 page (and undefined). */
async function findHandoff(deps: StaffDeps, r: StaffRequest): Promise<HandoffRecord | undefined> {
  const id = r.params.id ?? '';
  const handoff = UUID.test(id) ? await deps.handoffs.get(id) : undefined;
  if (!handoff) message(deps, r, 404, 'staff.messages.notFound');
  return handoff;
}

/** Reviewers claim what nobody has; only an admin takes over someone else's. */
const canClaim = (h: HandoffRecord, r: StaffRequest) => h.claimedBy !== r.me!.account.id && (h.claimedBy === null || r.me!.account.role === 'admin');
/** The one who has it, or an admin, changes its status. */
const canChange = (h: HandoffRecord, r: StaffRequest) => h.claimedBy === r.me!.account.id || r.me!.account.role === 'admin';

export function registerHandoffRoutes(server: Server, deps: StaffDeps): void {
  addStaffRoute(server, deps, 'get', '/staff', 'session', async (r) => {
    // No status chosen: the open ones (a closed case is done; 200 a page, they would push the
    // longest-waiting open cases out of sight). "any": every status.
    const status = r.query.get('status') ?? '';
    const route = r.query.get('route') ?? '';
    const risk = r.query.get('risk') ?? '';
    const ref = (r.query.get('ref') ?? '').trim().toUpperCase();
    // Most urgent first unless asked (a caseworker review: newest first buried the serious cases).
    const order = r.query.get('order') ?? '';
    if (
      (status && status !== 'any' && !isStatus(status)) ||
      (route && !isRoute(route)) ||
      (risk && !isRisk(risk)) ||
      (ref && !/^[0-9A-F]{8}$/.test(ref)) ||
      (order && order !== 'newest' && order !== 'urgent')
    ) {
      message(deps, r, 400, 'staff.messages.filter');
      return;
    }
    const filter: HandoffFilter = {
      ...(isStatus(status) ? { status } : status === 'any' ? {} : { openOnly: true }),
      ...(isRoute(route) ? { route } : {}),
      ...(isRisk(risk) ? { risk } : {}),
      ...(ref ? { reference: ref } : {}),
    };
    const records = await deps.handoffs.list({ ...filter, order: order === 'newest' ? 'newest' : 'urgent', limit: QUEUE_PAGE });
    const total = await deps.handoffs.count(filter);
    const counts: Record<string, number> = { all: await deps.handoffs.count(), open: await deps.handoffs.count({ openOnly: true }) };
    for (const s of HANDOFF_STATUSES) counts[s] = await deps.handoffs.count({ status: s });
    const names = accountNames(await deps.stores.accounts.list());
    page(deps, r, 200, 'queue.njk', {
      rows: records.map((h) => queueRow(h, names, r.now)),
      total,
      truncated: total > records.length,
      counts,
      statuses: statuses(),
      risks: RISK_FLAGS.map((id) => ({ id, label: riskLabel(id) })),
      routes: ROUTES.map((id) => ({ id, label: routeLabel(id) })),
      filter: { status, route, risk, ref, order: order === 'newest' ? 'newest' : 'urgent' },
    });
  });

  async function showHandoff(r: StaffRequest, template: 'handoff.njk' | 'print.njk'): Promise<void> {
    const handoff = await findHandoff(deps, r);
    if (!handoff) return;
    // Printed: the summary alone unless the conversation or the notes are asked for (a caseworker review: a print for
    // another agency carried the internal notes and the whole transcript); the audit says what was printed.
    const printing = template === 'print.njk' ? { transcript: r.query.get('transcript') === '1', notes: r.query.get('notes') === '1' } : undefined;
    const printed = printing ? ['summary', ...(printing.transcript ? ['conversation'] : []), ...(printing.notes ? ['notes'] : [])].join('+') : null;
    await audit(deps, r, { action: template === 'print.njk' ? 'handoff.print' : 'handoff.view', handoffId: handoff.id, detail: printed });
    const names = accountNames(await deps.stores.accounts.list());
    page(deps, r, 200, template, {
      h: handoffView(handoff, await deps.handoffs.notes(handoff.id), names, r.now),
      statuses: statuses(),
      canClaim: canClaim(handoff, r),
      canChange: canChange(handoff, r),
      printedAt: dateTime(r.now.toISOString()),
      bodyClass: template === 'print.njk' ? 'print' : '',
      printing,
    });
  }

  addStaffRoute(server, deps, 'get', '/staff/handoffs/:id', 'session', (r) => showHandoff(r, 'handoff.njk'));
  addStaffRoute(server, deps, 'get', '/staff/handoffs/:id/print', 'session', (r) => showHandoff(r, 'print.njk'));

  addStaffRoute(server, deps, 'post', '/staff/handoffs/:id/claim', 'session', async (r) => {
    const handoff = await findHandoff(deps, r);
    if (!handoff) return;
    if (!canClaim(handoff, r)) {
      message(deps, r, 403, 'staff.messages.claimedByOther', { back: backToHandoff(handoff) });
      return;
    }
    await deps.handoffs.claim(handoff.id, r.me!.account.id, r.now);
    await audit(deps, r, { action: 'handoff.claim', handoffId: handoff.id, detail: handoff.claimedBy ? 'taken over' : null });
    redirect(r.res, `/staff/handoffs/${handoff.id}`);
  });

  addStaffRoute(server, deps, 'post', '/staff/handoffs/:id/status', 'session', async (r) => {
    const handoff = await findHandoff(deps, r);
    if (!handoff) return;
    const back = backToHandoff(handoff);
    if (!canChange(handoff, r)) {
      message(deps, r, 403, 'staff.messages.claimFirst', { back });
      return;
    }
    const status = r.form.get('status') ?? '';
    const outcome = (r.form.get('outcome') ?? '').trim();
    if (!isStatus(status)) return message(deps, r, 400, 'staff.messages.badStatus', { back });
    if (outcome.length > MAX_OUTCOME) return message(deps, r, 400, 'staff.messages.outcomeTooLong', { back, params: { max: MAX_OUTCOME } });
    if (status === 'closed' && !outcome) return message(deps, r, 400, 'staff.messages.outcomeNeeded', { back });
    await deps.handoffs.setStatus(handoff.id, status, { by: r.me!.account.id, ...(outcome ? { outcome } : {}) }, r.now);
    await audit(deps, r, { action: 'handoff.status', handoffId: handoff.id, detail: `${handoff.status} -> ${status}` });
    redirect(r.res, back.href);
  });

  addStaffRoute(server, deps, 'post', '/staff/handoffs/:id/notes', 'session', async (r) => {
    const handoff = await findHandoff(deps, r);
    if (!handoff) return;
    const back = backToHandoff(handoff);
    const text = (r.form.get('text') ?? '').trim();
    if (!text) return message(deps, r, 400, 'staff.messages.emptyNote', { back });
    if (text.length > MAX_NOTE) return message(deps, r, 400, 'staff.messages.noteTooLong', { back, params: { max: MAX_NOTE } });
    await deps.handoffs.addNote(handoff.id, r.me!.account.id, text, r.now);
    await audit(deps, r, { action: 'handoff.note', handoffId: handoff.id, detail: null });
    redirect(r.res, back.href);
  });
}
