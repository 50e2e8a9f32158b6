import type { OutboxFailure } from '../../../preload/contract/kinds';

/**
 * An outbox entry's failure is kept in its `last_error` column as JSON (the kind and its
 * parameters), so the interface can word it and the log can still read it. Text written by
 * earlier versions of the desk is read back as the kind it can be recognised as.
 */
export function encodeOutboxFailure(failure: OutboxFailure): string {
  return JSON.stringify(failure);
}

const KINDS: ReadonlySet<string> = new Set<OutboxFailure['kind']>(['unreachable', 'server_error', 'rate_limited', 'invalid_answer', 'auth', 'refused', 'unexpected', 'conflict']);

export function decodeOutboxFailure(stored: string | null): OutboxFailure | null {
  if (stored === null) return null;
  if (stored.startsWith('{')) {
    try {
      const parsed = JSON.parse(stored) as { kind?: unknown };
      if (typeof parsed.kind === 'string' && KINDS.has(parsed.kind)) return parsed as OutboxFailure;
    } catch {
      // Not ours: read as text below.
    }
  }
  // Before kinds, a conflict was a sentence starting "conflict"; anything else was the backend's words.
  if (/^conflict\b/.test(stored)) return { kind: 'conflict', ticketVersion: null, fields: {} };
  return { kind: 'refused', status: null, detail: stored };
}
