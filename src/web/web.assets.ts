/**
 * The browser files: our own (src/web/public) and Web Chat's bundle from the installed package
 * (botframework-webchat/dist/webchat.js - never a CDN). Read once, gzipped once (on first use), served with a
 * version for cache busting.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../project.root';

export interface Asset {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
}

/** Gzipped on first use, not at start-up (Web Chat's 3.9 MB bundle takes a few hundred ms). */
function asset(body: Buffer, contentType: string): Asset {
  let gzipped: Buffer | undefined;
  return {
    body,
    get gzipped() {
      return (gzipped ??= gzipSync(body, { level: 6 }));
    },
    contentType,
  };
}

/** dist/webchat.js of the installed botframework-webchat (its "exports" hide package.json). */
export function webChatBundlePath(): string {
  const main = require.resolve('botframework-webchat');
  return path.resolve(path.dirname(main), '..', 'dist', 'webchat.js');
}

/** Served from the source tree (tsc does not copy them to dist/). */
const PUBLIC = path.join(PROJECT_ROOT, 'src', 'web', 'public');
const JS = 'application/javascript; charset=utf-8';

export interface WebAssets {
  version: string;
  chatJs: Asset;
  chatCss: Asset;
  webChat: Asset;
  /** widget.js with its settings (copy, quick exit URL) written in. */
  widget(settings: Record<string, string>): Asset;
}

export function loadWebAssets(): WebAssets {
  const chatJs = readFileSync(path.join(PUBLIC, 'chat.js'));
  const chatCss = readFileSync(path.join(PUBLIC, 'chat.css'));
  const widgetSource = readFileSync(path.join(PUBLIC, 'widget.js'), 'utf8');
  const webChat = readFileSync(webChatBundlePath());
  const version = createHash('sha256').update(chatJs).update(chatCss).update(webChat).digest('hex').slice(0, 12);
  let widget: Asset | undefined;
  return {
    version,
    chatJs: asset(chatJs, JS),
    chatCss: asset(chatCss, 'text/css; charset=utf-8'),
    webChat: asset(webChat, JS),
    widget(settings) {
      widget ??= asset(Buffer.from(widgetSource.replace('/* settings */ null', JSON.stringify(settings).replace(/</g, '\\u003c'))), JS);
      return widget;
    },
  };
}
