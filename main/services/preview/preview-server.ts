import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { AppServices } from '../app/app-services';
import { decodePathSegment, HttpError, openEventStream, readJsonBody, requestUrl, safeEqual, sendJson } from '../http/http-helpers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Same policy as the desktop window; connect-src 'self' is this server only. */
export const PREVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PreviewServer {
  /** The address to open, with the per-run secret in its fragment. */
  url: string;
  close(): Promise<void>;
}

/**
 * Browser-hosted mode: serves the built renderer and carries its bridge to the real main-process
 * services over loopback. Only a page holding this run's secret can call them, and only through
 * the same dispatch (validation included) the desktop uses.
 */
export async function startPreviewServer(options: { services: AppServices; rendererDir: string; preloadFile: string; port?: number }): Promise<PreviewServer> {
  const secret = randomBytes(24).toString('base64url');
  let port = 0;
  let openPages = 0;

  const checkHost = (req: IncomingMessage) => {
    // Refuses DNS-rebinding: a page from another origin that resolves to 127.0.0.1 sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(403, 'bad_host', 'unexpected Host header');
  };

  const serveFile = async (res: ServerResponse, file: string) => {
    const body = await readFile(file).catch(() => null);
    if (!body) throw new HttpError(404, 'not_found', 'no such file');
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': PREVIEW_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(body);
  };

  const serveIndex = async (res: ServerResponse) => {
    const html = await readFile(join(options.rendererDir, 'index.html'), 'utf8').catch(() => null);
    if (html === null) throw new HttpError(500, 'not_built', 'the renderer is not built: run `npm run build`');
    // The preview's preload must run before the app's module script, as Electron's would.
    const injected = html.replace(/<script\b/, '<script src="./browser-preload.js"></script>\n    <script');
    res.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, 'content-security-policy': PREVIEW_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    res.end(injected);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    checkHost(req);
    const url = requestUrl(req, `http://127.0.0.1:${port}`);
    const path = url.pathname;
    if (path.startsWith('/bridge/')) {
      if (req.method === 'POST' && path.startsWith('/bridge/invoke/')) {
        if (!safeEqual(String(req.headers['x-agentdesk-secret'] ?? ''), secret)) throw new HttpError(401, 'unauthorized', 'missing or wrong preview secret');
        const input = await readJsonBody(req, 8 * 1024 * 1024);
        sendJson(res, 200, await options.services.dispatch(decodePathSegment(path.slice('/bridge/invoke/'.length)), input));
        return;
      }
      if (req.method === 'GET' && path === '/bridge/events') {
        if (!safeEqual(url.searchParams.get('secret') ?? '', secret)) throw new HttpError(401, 'unauthorized', 'missing or wrong preview secret');
        const send = openEventStream(req, res, () => {
          unsubscribe();
          openPages -= 1;
          // The last page closed: colleagues should not see this agent on a ticket any more.
          if (openPages === 0) void options.services.dispatch('presence.set', { ticketId: null, typing: false });
        });
        const unsubscribe = options.services.subscribe((name, payload) => send('bridge', { name, payload }));
        openPages += 1;
        return;
      }
      throw new HttpError(404, 'no_route', 'no such bridge route');
    }
    if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'only GET serves files');
    if (path === '/' || path === '/index.html') return serveIndex(res);
    if (path === '/browser-preload.js') return serveFile(res, options.preloadFile);
    const file = normalize(join(options.rendererDir, decodePathSegment(path)));
    if (!file.startsWith(options.rendererDir + sep)) throw new HttpError(403, 'forbidden', 'outside the renderer');
    return serveFile(res, file);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) sendJson(res, error.status, { error: error.code, message: error.message }, error.status === 413 ? { connection: 'close' } : {});
      else sendJson(res, 500, { error: 'internal', message: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#secret=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
