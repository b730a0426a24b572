/**
 * Server-rendered pages: Nunjucks with autoescape on (every value is HTML-escaped unless a template
 * says `| safe`, which only the QR code - our own SVG - does). Undefined values fail loudly.
 */
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type Nunjucks from 'nunjucks';
import { PROJECT_ROOT } from '../../project.root';

let env: Nunjucks.Environment | undefined;

/** Built at the first page: a bot whose staff console nobody opens never loads nunjucks (~16 ms of start-up). */
function environment(): Nunjucks.Environment {
  if (!env) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nunjucks = require('nunjucks') as typeof Nunjucks;
    env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(PROJECT_ROOT, 'src', 'staff', 'views'), { noCache: false }), {
      autoescape: true,
      throwOnUndefined: false,
      trimBlocks: true,
      lstripBlocks: true,
    });
  }
  return env;
}

export function renderPage(template: string, context: Record<string, unknown>): string {
  return environment().render(template, context);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(html));
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Content-Length', 0);
  res.end();
}
