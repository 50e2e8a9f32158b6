import { describeChanges, type TicketChanges } from './ticket-changes';

/** What an outbox entry asks the backend to do. Stored as JSON in the outbox row. */
export type OutboxPayload =
  | { kind: 'reply' | 'note'; body: string; authorId: string }
  | { kind: 'update'; changes: TicketChanges; authorId: string };

export function describePayload(payload: OutboxPayload): string {
  if (payload.kind === 'update') return describeChanges(payload.changes);
  const preview = payload.body.length > 60 ? `${payload.body.slice(0, 57)}…` : payload.body;
  return `${payload.kind === 'reply' ? 'reply' : 'internal note'}: “${preview}”`;
}
