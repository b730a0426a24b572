/** A stand-in for other sites in browser tests: the quick-exit "weather" page and a charity's host page. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NeutralSite {
  /** http://localhost:<port> - a different origin from the bot's http://127.0.0.1:<port>. */
  origin: string;
  weatherUrl: string;
  /** Serves `html` at /host. */
  setHostPage(html: string): void;
  close(): Promise<void>;
}

export async function startNeutralSite(): Promise<NeutralSite> {
  let hostPage = '<!doctype html><title>Host</title>';
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/weather')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast</h1>');
    } else if (req.url?.startsWith('/host')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    weatherUrl: `${origin}/weather`,
    setHostPage: (html) => (hostPage = html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
