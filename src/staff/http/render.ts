/**
 * Server-rendered pages: Nunjucks with autoescape on (every value is HTML-escaped unless a template
 * says `| safe`, which only the QR code - our own SVG - does).
 *
 * Every word on a page comes from the catalogue (`staff.*` in locales/): templates call
 * `t('staff.key', { param: value })` and `tn('staff.key', count)` (plurals). Their result is a plain
 * string, so it is escaped like any value - parameters included (a person's words stay inert).
 */
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type Nunjucks from 'nunjucks';
import { PROJECT_ROOT } from '../../project.root';
import { staffCount, staffText, type CopyParams } from '../copy';

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
    env.addGlobal('t', (key: string, params?: CopyParams) => staffText(key, params));
    env.addGlobal('tn', (key: string, count: number, params?: CopyParams) => staffCount(key, count, params));
  }
  return env;
}

export function renderPage(template: string, context: Record<string, unknown>): string {
  return environment().render(template, context);
}

/** A template given as text, rendered with the same environment (tests of the copy and escaping). */
export function renderTemplateString(source: string, context: Record<string, unknown>): string {
  return environment().renderString(source, context);
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
