/** The audit log, for admins: read-only (there is no route, and no store method, that changes it). */
import type { Server } from 'restify';
import { auditRow } from '../view.models';
import { addStaffRoute, audit, message, page, type StaffDeps } from './staff.route';

const PAGE = 100;

export function registerAuditRoutes(server: Server, deps: StaffDeps): void {
  addStaffRoute(server, deps, 'get', '/staff/audit', 'admin', async (r) => {
    const pageNumber = Number(r.query.get('page') ?? '0');
    if (!Number.isInteger(pageNumber) || pageNumber < 0 || pageNumber > 100_000) {
      message(deps, r, 400, 'staff.messages.auditPage', { back: { href: '/staff/audit', label: 'staff.back.audit' } });
      return;
    }
    await audit(deps, r, { action: 'audit.view', handoffId: null, detail: null });
    const total = await deps.stores.audit.count();
    const entries = await deps.stores.audit.list({ limit: PAGE, offset: pageNumber * PAGE });
    page(deps, r, 200, 'audit.njk', {
      total,
      entries: entries.map(auditRow),
      newerHref: pageNumber > 0 ? `/staff/audit?page=${pageNumber - 1}` : '',
      olderHref: (pageNumber + 1) * PAGE < total ? `/staff/audit?page=${pageNumber + 1}` : '',
    });
  });
}
