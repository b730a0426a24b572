/**
 * botframework-directlinejs (the client inside Web Chat) in Node: its ajax is rxjs's
 * XMLHttpRequest one, which Node lacks, so requests go through fetch with the same answer shape
 * (response, status, xhr.getResponseHeader); its WebSocket is ws.
 */
import { ConnectionStatus, DirectLine, type Activity } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import { Subscriber } from 'rxjs/Subscriber';
import WebSocket from 'ws';

interface AjaxRequest {
  method?: string;
  url?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

function fetchAjax(requests: string[], request: AjaxRequest | string): Observable<unknown> {
  const req: AjaxRequest = typeof request === 'string' ? { url: request } : request;
  requests.push(`${req.method ?? 'GET'} ${new URL(req.url ?? '', 'http://x').pathname}`);
  return Observable.create((subscriber: Subscriber<unknown>) => {
    const controller = new AbortController();
    const body = req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    fetch(req.url ?? '', { method: req.method ?? 'GET', headers: req.headers, body, signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        const response: unknown = text ? JSON.parse(text) : null;
        const xhr = { getResponseHeader: (name: string) => res.headers.get(name) };
        if (res.ok) {
          subscriber.next({ response, status: res.status, xhr });
          subscriber.complete();
        } else {
          subscriber.error({ status: res.status, response, xhr });
        }
      })
      .catch(() => subscriber.error({ status: 0, xhr: { getResponseHeader: () => null } }));
    return () => controller.abort();
  });
}

export interface Client {
  directLine: DirectLine;
  /** "METHOD /path" of every HTTP request the client made. */
  requests: string[];
  /** Every activity received so far, in order. */
  received: Activity[];
  /** Resolves with the first received activity (from now or earlier) that matches. */
  waitFor(match: (activity: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  post(activity: Partial<Activity>): Promise<string>;
  end(): void;
}

export function connect(options: { domain: string; token: string; webSocket: boolean; conversationId?: string; watermark?: string }): Client {
  const requests: string[] = [];
  const directLine = new DirectLine({
    ...options,
    pollingInterval: 200,
    ajax: ((request: AjaxRequest | string) => fetchAjax(requests, request)) as never,
    WebSocket: WebSocket as never,
  });
  // DirectLineJS uses the stream only where a global WebSocket exists (a browser; Node 22).
  if (options.webSocket && !(directLine as unknown as { webSocket: boolean }).webSocket) {
    throw new Error('DirectLineJS did not choose the WebSocket: set globalThis.WebSocket first');
  }
  const received: Activity[] = [];
  const waiters = new Set<() => void>();
  const subscription = directLine.activity$.subscribe((activity) => {
    received.push(activity);
    for (const wake of waiters) wake();
  });
  return {
    directLine,
    requests,
    received,
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching activity among ${received.length} received`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    post: (activity) =>
      new Promise((resolve, reject) => {
        directLine.postActivity(activity as Activity).subscribe(resolve, reject);
      }),
    end() {
      subscription.unsubscribe();
      directLine.end();
    },
  };
}

export { ConnectionStatus };
