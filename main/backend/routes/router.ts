import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodePathSegment, HttpError } from '../../services/http/http-helpers';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, params: string[], query: URLSearchParams) => Promise<void> | void;

/** A method, an anchored path pattern whose groups are the path parameters, and its handler. */
export type Route = readonly [method: string, pattern: RegExp, handler: RouteHandler];

/** Answers a request with the first route whose pattern and method match it, or 404. */
export function createRouter(routes: readonly Route[]): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  return async (req, res, url) => {
    for (const [method, pattern, handler] of routes) {
      const match = pattern.exec(url.pathname);
      if (!match || req.method !== method) continue;
      await handler(req, res, match.slice(1).map(decodePathSegment), url.searchParams);
      return;
    }
    throw new HttpError(404, 'no_route', `no route ${req.method} ${url.pathname}`);
  };
}
