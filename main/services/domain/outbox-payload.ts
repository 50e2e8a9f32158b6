import type { TicketChanges } from './ticket-changes';

/** What an outbox entry asks the backend to do. Stored as JSON in the outbox row. */
export type OutboxPayload =
  | { kind: 'reply' | 'note'; body: string; authorId: string }
  | { kind: 'update'; changes: TicketChanges; authorId: string };
