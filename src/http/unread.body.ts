/**
 * A request body nobody read (a route that takes none, a 404, a refusal that answered first) must not
 * keep its connection open: Node discards what is left of it for as long as the client sends, and a
 * client could stream into it for minutes. Once the answer is sent, the rest may take a moment to
 * arrive (a short body in flight); a body still arriving after that closes the connection.
 */
import type { Request, Response, Next } from 'restify';

/** How long a whole request (headers and body) may take to arrive. Node's default is 5 minutes. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How long the rest of an unread body may still take once the answer is sent. */
export const UNREAD_BODY_GRACE_MS = 2000;

export function closeUnreadBodies(req: Request, res: Response, next: Next): void {
  res.once('finish', () => {
    const socket = req.socket;
    if (req.complete || !socket) return;
    req.resume();
    const timer = setTimeout(() => {
      if (!req.complete) socket.destroy();
    }, UNREAD_BODY_GRACE_MS);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
  });
  next();
}
