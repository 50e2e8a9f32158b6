// The embedded backend's wire types: what its HTTP API sends (API.md) and the values it accepts.
// The shapes it shares with the desk (tickets, messages, customers, agents, macros and the value
// lists they are made of) are declared once, in preload/rules/domain-shapes.ts, and named here; the
// backend never imports the desk's contract (preload/contract: channels, IPC schemas), and the rest
// of the backend takes these types from this file only (lint-enforced in eslint.config.js).
import type { Customer, Message, Ticket } from '../../preload/rules/domain-shapes';

export {
  ESCALATION_REASONS,
  LANGUAGES,
  PRIORITIES,
  SEED_LANGUAGES,
  TICKET_STATUSES,
  TOPICS,
  KNOWN_TOPICS,
  type Agent,
  type AgentRole,
  type Customer,
  type EscalationReason,
  type Language,
  type Macro,
  type Message,
  type Priority,
  type SeedLanguage,
  type Ticket,
  type TicketStatus,
  type Topic,
  type KnownTopic,
} from '../../preload/rules/domain-shapes';

export interface DataPage {
  tickets: Ticket[];
  customers: Customer[];
  messages: Message[];
}

export interface SnapshotPage extends DataPage {
  /** Ticket number to continue after, or null on the last page. */
  nextAfter: number | null;
  /** The change cursor as of this page: pulling changes from it later misses nothing. */
  cursor: number;
  total: number;
}

export interface ChangesPage extends DataPage {
  cursor: number;
  hasMore: boolean;
}

export interface AppliedEntry {
  seq: number;
  at: number;
  idempotencyKey: string;
  ticketId: string;
  kind: string;
  authorId: string;
  /** For an update: the changes as JSON. */
  summary: string;
}

export type MutationOutcome =
  | { status: 200 | 201; body: { ticket: Ticket; message?: Message } }
  | { status: 403; body: { error: 'forbidden'; message: string } }
  | { status: 404; body: { error: 'not_found'; message: string } }
  | { status: 409; body: { error: 'conflict'; message: string; ticket: Ticket } };
