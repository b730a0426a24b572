/**
 * Which web origins may use the chat: the bot's own (the /chat page, and the widget's iframe of it)
 * and those in WEBCHAT_ALLOWED_ORIGINS (sites that frame /chat or run Web Chat themselves). The
 * bot's own origin is PUBLIC_URL's, or else http://<Host> - loopback only in local mode, so a
 * DNS-rebinding page can't pass for the bot's own origin.
 */
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../loopback';

export interface OriginPolicyOptions {
  /** PUBLIC_URL's origin (https://chat.example.org), when set. */
  publicOrigin?: string;
  /** WEBCHAT_ALLOWED_ORIGINS: exact origins. */
  allowed: readonly string[];
  localMode: boolean;
}

const HOST_HEADER = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

export class OriginPolicy {
  constructor(private readonly options: OriginPolicyOptions) {}

  /** The bot's own origin for this request, or undefined when it can't be trusted. */
  ownOrigin(req: IncomingMessage): string | undefined {
    if (this.options.publicOrigin) return this.options.publicOrigin;
    const host = req.headers.host;
    const match = host ? HOST_HEADER.exec(host) : null;
    if (!match) return undefined;
    if (this.options.localMode && !isLoopbackHost(match[1]!)) return undefined;
    return `http://${host!.toLowerCase()}`;
  }

  /** The ws:// or wss:// origin stream URLs use. */
  streamOrigin(req: IncomingMessage): string | undefined {
    return this.ownOrigin(req)?.replace(/^http/, 'ws');
  }

  isForeignAllowed(origin: string | undefined): origin is string {
    return origin !== undefined && this.options.allowed.includes(origin);
  }

  /** May a page from this origin get a token and talk to the Direct Line endpoint? */
  isAllowed(origin: string | undefined, req: IncomingMessage): boolean {
    if (!origin) return false;
    return origin === this.ownOrigin(req) || this.isForeignAllowed(origin);
  }

  /** CORS answer headers for an allowed foreign origin (same-origin requests need none). */
  corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!this.isForeignAllowed(origin)) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST, DELETE',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
  }

  /** CSP frame-ancestors: who may show /chat in a frame. */
  frameAncestors(): string {
    return ["'self'", ...this.options.allowed].join(' ');
  }
}
