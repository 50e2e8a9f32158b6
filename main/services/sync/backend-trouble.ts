import type { BackendTrouble } from '../../../preload/contract/kinds';
import { ConnectorError } from '../connectors/backend-connector';

/** What went wrong with a call to the backend, as a kind the interface words (the message stays in the log). */
export function troubleOf(error: unknown): BackendTrouble {
  if (!(error instanceof ConnectorError)) return { kind: 'unexpected' };
  const status = error.details.status ?? null;
  switch (error.kind) {
    case 'temporary':
      if (error.details.retryAfterMs !== undefined || status === 429) return { kind: 'rate_limited' };
      return status !== null ? { kind: 'server_error', status } : { kind: 'unreachable' };
    case 'invalid_payload':
      return { kind: 'invalid_answer' };
    case 'auth':
      return { kind: 'auth', status };
    case 'permanent':
    case 'conflict':
      return { kind: 'refused', status, detail: error.message };
  }
}
