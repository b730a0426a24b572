/**
 * Every refusal is a short, fixed, plain message in JSON: never an internal error's text, a stack,
 * or anything echoed from the request.
 */
import type { Response } from 'restify';

export function sendError(res: Response, status: number, error: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.send(status, { error });
}
