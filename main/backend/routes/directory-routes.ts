import { sendJson } from '../../services/http/http-helpers';
import type { RouteContext } from './route-context';
import type { Route } from './router';

/** Who works here and the shared macro library. */
export function directoryRoutes({ store }: RouteContext): Route[] {
  return [
    ['GET', /^\/api\/v1\/agents$/, (_q, res) => sendJson(res, 200, { agents: store.agents() })],
    // Whose token this is. The backend's one token is a team token (it may act for any agent), so
    // it belongs to no single agent; a desk then signs in as the agent it was told, or the first frontline one.
    ['GET', /^\/api\/v1\/me$/, (_q, res) => sendJson(res, 200, { agent: null, scope: 'team' })],
    ['GET', /^\/api\/v1\/macros$/, (_q, res) => sendJson(res, 200, { macros: store.macros() })],
  ];
}
