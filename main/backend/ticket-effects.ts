import type { Message, MutationOutcome, Ticket } from './wire-types';
import { applyTicketChanges, type TicketChanges } from '../services/domain/ticket-changes';
import { statusOnceTaken } from '../../preload/rules/ticket-taking';

// What each write does to a ticket, as pure functions: the SQLite and the PostgreSQL stores
// differ in how they lock and log, never in what a reply, an update or a customer's message means.

export interface AgentMessageInput {
  idempotencyKey: string;
  authorId: string;
  kind: 'reply' | 'note';
  body: string;
  now: number;
}

/** An agent's reply or note as the ticket's `messageNumber`-th message, and the ticket after it. */
export function agentMessageEffect(ticket: Ticket, input: AgentMessageInput, messageNumber: number): { message: Message; next: Ticket } {
  const message: Message = {
    id: `M-${ticketNumber(ticket.id)}-${messageNumber}`,
    ticketId: ticket.id,
    authorType: 'agent',
    authorId: input.authorId,
    kind: input.kind,
    body: input.body,
    createdAt: input.now,
    clientKey: input.idempotencyKey,
  };
  const next: Ticket = { ...ticket, version: ticket.version + 1, updatedAt: input.now };
  if (input.kind === 'reply') {
    next.firstResponseAt = ticket.firstResponseAt ?? input.now;
    next.status = statusOnceTaken(ticket.status);
  }
  return { message, next };
}

/** Absolute changes against the version the desk saw: a newer ticket means someone else moved it (409). */
export function ticketUpdateEffect(ticket: Ticket, changes: TicketChanges, baseVersion: number, now: number): { conflict: MutationOutcome } | { next: Ticket } {
  if (ticket.version !== baseVersion) {
    return {
      conflict: {
        status: 409,
        body: { error: 'conflict', message: `ticket ${ticket.id} is at version ${ticket.version}, the change was based on ${baseVersion}`, ticket },
      },
    };
  }
  return { next: { ...applyTicketChanges(ticket, changes), version: ticket.version + 1, updatedAt: now } };
}

/** A customer writes in: a new ticket as given, or a follow-up that reopens a pending one. */
export function customerMessageEffect(existing: Ticket | null, incoming: Ticket, message: Message): Ticket {
  if (!existing) return incoming;
  return {
    ...existing,
    version: existing.version + 1,
    updatedAt: message.createdAt,
    lastCustomerMessageAt: message.createdAt,
    status: existing.status === 'new' ? 'new' : 'open',
  };
}

export function ticketNumber(id: string): number {
  const n = Number(id.replace(/^T-/, ''));
  if (!Number.isSafeInteger(n)) throw new Error(`ticket id ${id} has no number`);
  return n;
}

export function notFound(ticketId: string): MutationOutcome {
  return { status: 404, body: { error: 'not_found', message: `no ticket ${ticketId}` } };
}
