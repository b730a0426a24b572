/**
 * The web chat's pages and files: GET /chat (full page), GET /widget.js (the launcher for a host
 * site), the scripts and styles under /chat/, and POST /api/webchat/token (a new conversation's
 * token, for allowed origins only). No request ever leaves for a third party.
 */
import type { IncomingMessage } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { sendError } from '../http/respond';
import type { TokenBuckets } from '../http/token.buckets';
import { translator, type Locale, type PhoneNumbers } from '../i18n';
import type { Logger } from '../logger';
import { TOO_MANY } from '../directline/directline.routes';
import type { DirectLineService } from '../directline/directline.service';
import type { OriginPolicy } from '../directline/origin.policy';
import { chatPage } from './chat.page';
import { assetHeaders, chatPageHeaders, newNonce } from './security.headers';
import type { Asset, WebAssets } from './web.assets';

export interface WebRoutesDeps {
  assets: WebAssets;
  service: DirectLineService;
  origins: OriginPolicy;
  logger: Logger;
  locale: Locale;
  phones: PhoneNumbers;
  quickExitUrl: string;
  /** The public address is https: send HSTS with the page. */
  hsts: boolean;
  perClient: TokenBuckets;
  newChats: TokenBuckets;
  /** The rate-limit key of a request's client (src/http/client.address.ts: behind a trusted proxy, the forwarded address). */
  clientOf(req: IncomingMessage): string;
}

const NOT_ALLOWED = 'This site may not start a chat here.';

function sendAsset(req: Request, res: Response, asset: Asset, extra: Record<string, string> = {}): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzipped : asset.body;
  res.writeHead(200, {
    ...assetHeaders(asset.contentType),
    ...extra,
    Vary: 'Accept-Encoding',
    'Content-Length': String(body.length),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function registerWebRoutes(server: Server, deps: WebRoutesDeps): void {
  const tr = translator({ locale: deps.locale, phones: deps.phones }, 'webchat');

  server.get('/chat', async (req: Request, res: Response) => {
    const nonce = newNonce();
    const embedded = new URL(req.url ?? '/', 'http://page.invalid').searchParams.get('embed') === '1';
    const html = chatPage({ locale: deps.locale, phones: deps.phones, nonce, quickExitUrl: deps.quickExitUrl, embedded, version: deps.assets.version });
    res.writeHead(200, chatPageHeaders(nonce, deps.origins.frameAncestors(), deps.origins.streamOrigin(req), deps.hsts));
    res.end(html);
  });

  server.get('/chat/chat.js', async (req: Request, res: Response) => sendAsset(req, res, deps.assets.chatJs));
  server.get('/chat/chat.css', async (req: Request, res: Response) => sendAsset(req, res, deps.assets.chatCss));
  server.get('/chat/webchat.js', async (req: Request, res: Response) => sendAsset(req, res, deps.assets.webChat));

  server.get('/widget.js', async (req: Request, res: Response) => {
    const widget = deps.assets.widget({
      open: tr.t('web.widget.open'),
      close: tr.t('web.widget.close'),
      frameTitle: tr.t('web.widget.frameTitle'),
      quickExitUrl: deps.quickExitUrl,
    });
    // Loaded by host sites: a classic cross-origin script, re-read within minutes of a change.
    sendAsset(req, res, widget, { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': 'public, max-age=300' });
  });

  server.opts('/api/webchat/token', async (req: Request, res: Response) => {
    for (const [name, value] of Object.entries(deps.origins.corsHeaders(req))) res.header(name, value);
    res.send(204);
  });

  server.post('/api/webchat/token', async (req: Request, res: Response) => {
    try {
      for (const [name, value] of Object.entries(deps.origins.corsHeaders(req))) res.header(name, value);
      res.header('Cache-Control', 'no-store');
      const client = deps.clientOf(req);
      const taken = deps.perClient.take(client);
      const fresh = taken.ok ? deps.newChats.take(client) : taken;
      if (!fresh.ok) {
        if (fresh.firstRefusal) deps.logger.warn({ event: 'webchat.rateLimited' }, 'new chat rate limit reached');
        sendError(res, 429, TOO_MANY, { 'Retry-After': String(fresh.retryAfterSeconds) });
        return;
      }
      if (!deps.origins.isAllowed(req.headers.origin, req)) {
        deps.logger.warn({ event: 'webchat.originRefused' }, 'token asked for from an origin not allowed');
        sendError(res, 403, NOT_ALLOWED);
        return;
      }
      res.send(200, await deps.service.newConversation());
    } catch (err) {
      deps.logger.error({ event: 'webchat.tokenFailed', errName: err instanceof Error ? err.name : typeof err }, 'could not start a chat');
      sendError(res, 500, 'The chat could not start. If you are in danger, call 999.');
    }
  });
}
