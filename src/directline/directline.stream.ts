/**
 * The WebSocket stream at a conversation's streamUrl (ws 8): JSON text frames
 * `{activities, watermark}`, and empty frames as keep-alives. The client sends nothing but empty
 * pings. Each socket reads the store after its watermark when this process stores something for
 * the conversation and, for activities another instance stored, every `pollMs`.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { ActivityFeed } from './activity.feed';
import { isConversationId } from './directline.ids';
import { parseWatermark, type DirectLineService } from './directline.service';
import type { DirectLineTokens } from './directline.tokens';
import type { OriginPolicy } from './origin.policy';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;
const KEEP_ALIVE_MS = 25_000;
/** Open streams per conversation in this process (a tab or two, and reconnects). */
const MAX_STREAMS_PER_CONVERSATION = 5;
/** Open streams per client address in this process: a household or an office behind one address, not thousands. */
export const MAX_STREAMS_PER_CLIENT = 20;

export interface StreamDeps {
  service: DirectLineService;
  tokens: DirectLineTokens;
  feed: ActivityFeed;
  origins: OriginPolicy;
  logger: Logger;
  /** A client over its rate limit is refused (false). */
  admitClient(req: IncomingMessage): boolean;
  /** The rate-limit key of a request's client (src/http/client.address.ts: behind a trusted proxy, the forwarded address). */
  clientOf(req: IncomingMessage): string;
  /** How often an open stream reads the store for activities stored by another instance. */
  pollMs: number;
  /**
   * A stream ends after this long (its token was checked only when it opened), with close code 1001; Web Chat's
   * Direct Line client then reconnects (GET the conversation, a new stream token) while its conversation token holds.
   */
  maxStreamMs: number;
}

/** A path segment decoded, or undefined when it is not valid percent-encoding ("%E0%A4%A"). */
function decodedOrUndefined(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function refuse(socket: Duplex, status: 401 | 403 | 404 | 429, reason: string): void {
  const extra = status === 429 ? 'Retry-After: 1\r\n' : '';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n${extra}\r\n`);
}

export function attachDirectLineStream(server: Server, deps: StreamDeps): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024, perMessageDeflate: false });
  const openStreams = new Map<string, number>();

  const clientStreams = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string, by: 1 | -1) => {
    const next = (counts.get(key) ?? 0) + by;
    if (next > 0) counts.set(key, next);
    else counts.delete(key);
  };

  function serve(ws: WebSocket, conversationId: string, watermark: number, client: string): void {
    let sent = watermark;
    let busy = false;
    let again = false;
    let open = true;

    count(openStreams, conversationId, 1);
    count(clientStreams, client, 1);
    const finish = (code: number) => {
      if (!open) return;
      open = false;
      count(openStreams, conversationId, -1);
      count(clientStreams, client, -1);
      clearInterval(poll);
      clearInterval(keepAlive);
      clearTimeout(maxAge);
      unsubscribe();
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code);
    };

    const pump = async () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          const page = await deps.service.page(conversationId, sent);
          if (!open) return;
          if (!page) {
            finish(1000);
            return;
          }
          if (page.activities.length > 0) {
            sent = page.watermark;
            ws.send(JSON.stringify({ activities: page.activities, watermark: String(page.watermark) }));
            if (page.activities.length >= 100) again = true;
          }
        } while (again && open);
      } catch (err) {
        deps.logger.warn({ event: 'directline.streamReadFailed', errName: err instanceof Error ? err.name : typeof err }, 'stream could not read the store');
      } finally {
        busy = false;
      }
    };

    const unsubscribe = deps.feed.subscribe(conversationId, () => void pump(), () => finish(1000));
    const poll = setInterval(() => void pump(), deps.pollMs);
    const keepAlive = setInterval(() => ws.readyState === ws.OPEN && ws.send(''), KEEP_ALIVE_MS);
    const maxAge = setTimeout(() => finish(1001), deps.maxStreamMs);
    poll.unref();
    keepAlive.unref();
    maxAge.unref();
    // The client's empty pings need no answer; anything else is ignored too.
    ws.on('message', () => undefined);
    ws.on('close', () => finish(1000));
    ws.on('error', () => finish(1011));
    void pump();
  }

  async function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stream.invalid');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    if (!deps.admitClient(req)) {
      refuse(socket, 429, 'Too Many Requests');
      return;
    }
    // A browser names its page's origin: only pages allowed to chat may open a stream.
    const origin = req.headers.origin;
    if (origin !== undefined && !deps.origins.isAllowed(origin, req)) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    const conversationId = decodedOrUndefined(match[1]!);
    if (conversationId === undefined) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    const client = deps.clientOf(req);
    if ((clientStreams.get(client) ?? 0) >= MAX_STREAMS_PER_CLIENT) {
      refuse(socket, 429, 'Too Many Requests');
      return;
    }
    const check = await deps.tokens.verify(url.searchParams.get('t') ?? undefined, 'stream');
    if (!check.ok) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    if (check.claims.conversationId !== conversationId || !isConversationId(conversationId)) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    if (!(await deps.service.exists(conversationId))) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    if ((openStreams.get(conversationId) ?? 0) >= MAX_STREAMS_PER_CONVERSATION) {
      refuse(socket, 429, 'Too Many Requests');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, conversationId, parseWatermark(url.searchParams.get('watermark')), client));
  }

  const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    onUpgrade(req, socket, head).catch((err: unknown) => {
      deps.logger.error({ event: 'directline.upgradeFailed', errName: err instanceof Error ? err.name : typeof err }, 'stream upgrade failed');
      socket.destroy();
    });
  };
  server.on('upgrade', listener);

  return {
    close() {
      server.off('upgrade', listener);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
