/**
 * Local mode (no app credentials) authenticates nothing, so it answers only requests addressed to this
 * machine: a Host header of localhost or a loopback address. A page on an attacker's domain rebound to
 * 127.0.0.1 sends its own name as Host and is refused before any route runs.
 */
import type { Request, Response, Next } from 'restify';
import { isLoopbackHostHeader } from '../loopback';
import { refuseRestOfBody } from './json.body';
import { sendError } from './respond';

const NOT_THIS_MACHINE = 'Local mode answers only requests addressed to localhost or 127.0.0.1.';

export function refuseForeignHost(req: Request, res: Response, next: Next): void {
  if (isLoopbackHostHeader(req.headers.host)) {
    next();
    return;
  }
  res.header('Connection', 'close');
  refuseRestOfBody(req);
  sendError(res, 403, NOT_THIS_MACHINE);
  next(false);
}
