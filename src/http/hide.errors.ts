/**
 * restify answers its own errors (404, 405, a handler that throws) with the error's message, which
 * can be internal text. Replace every such body with a fixed message for its status code.
 */
import type { Server } from 'restify';

const PLAIN: Record<number, string> = {
  400: 'Bad request.',
  404: 'Not found.',
  405: 'Method not allowed.',
  406: 'Not acceptable.',
  413: 'The request body is too large.',
  415: 'Unsupported content type.',
};

export function plainErrorMessage(status: number): string {
  return PLAIN[status] ?? (status >= 500 ? 'Internal error.' : 'The request was refused.');
}

export function hideErrorDetails(server: Server): void {
  server.on('restifyError', (_req: unknown, _res: unknown, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    err.toJSON = () => ({ error: plainErrorMessage(status) });
    err.toString = () => plainErrorMessage(status);
    callback();
  });
}
