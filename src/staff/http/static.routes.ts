/** The console's one stylesheet (no personal data: the only route besides login and enrolment without a session). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { addStaffRoute, type StaffDeps } from './staff.route';
import { PROJECT_ROOT } from '../../project.root';

const CSS = readFileSync(path.join(PROJECT_ROOT, 'src', 'staff', 'static', 'staff.css'));

export function registerStaticRoutes(server: Server, deps: StaffDeps): void {
  addStaffRoute(server, deps, 'get', '/staff/static/staff.css', 'public', async (r) => {
    r.res.statusCode = 200;
    r.res.setHeader('Content-Type', 'text/css; charset=utf-8');
    r.res.setHeader('Content-Length', CSS.length);
    r.res.end(CSS);
  });
}
