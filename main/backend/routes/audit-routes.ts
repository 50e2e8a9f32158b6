import { sendJson } from '../../services/http/http-helpers';
import { toCsv, verifyChain } from '../../services/audit/audit-chain';
import { entriesAgainstAnchor, type ChainHead } from '../../services/audit/audit-anchor';
import type { RouteContext } from './route-context';
import type { Route } from './router';

/** The hash-chained audit log, as JSON with its verification or as CSV. */
export function auditRoutes({ escalations }: RouteContext): Route[] {
  return [
    [
      'GET',
      /^\/api\/v1\/audit$/,
      (_q, res, _p, query) => {
        const ticketId = query.get('ticketId') ?? undefined;
        const entries = escalations.auditLog.list(ticketId ? { ticketId } : {});
        if (query.get('format') === 'csv') {
          res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
          res.end(toCsv(entries));
          return;
        }
        // A ticket's entries are a slice of the chain, so only the whole log can be verified;
        // a desk's anchor (the highest head it has seen) shows a cut or rewritten tail.
        const anchor = anchorOf(query);
        sendJson(res, 200, { entries, verification: ticketId ? null : verifyChain(entries), anchor: ticketId || !anchor ? null : entriesAgainstAnchor(entries, anchor) });
      },
    ],
  ];
}

/** `anchorCount` and `anchorHash`: the head a desk anchored; absent or malformed, nothing to compare with. */
function anchorOf(query: URLSearchParams): ChainHead | null {
  const count = Number(query.get('anchorCount'));
  const hash = query.get('anchorHash') ?? '';
  return Number.isSafeInteger(count) && count > 0 && /^[0-9a-f]{64}$/.test(hash) ? { count, hash } : null;
}
