// The data shapes the desk and the embedded backend share: the tickets, messages, customers,
// agents and macros on the wire, and the value lists they are made of. Declared once here; the
// contract re-exports them (preload/contract/domain-types.ts) and the backend names them in its
// wire types (main/backend/wire-types.ts). Timestamps are epoch milliseconds.
// This file is the bottom layer: it imports nothing (lint-enforced).

/**
 * Languages the desk works in: tickets, macros, and the interface where translated. New languages
 * are appended, so a language's place in the list never changes.
 */
export const LANGUAGES = ['en', 'es', 'ru', 'lt', 'de', 'pt', 'tr', 'fr', 'it', 'pl', 'uk', 'zh', 'ja', 'ko', 'vi', 'id', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The languages the embedded backend's generated customers write in. */
export const SEED_LANGUAGES = ['en', 'es', 'ru', 'lt', 'de', 'pt', 'tr', 'fr', 'it', 'pl', 'uk', 'zh', 'ja', 'ko', 'vi', 'id', 'ar'] as const satisfies readonly Language[];
export type SeedLanguage = (typeof SEED_LANGUAGES)[number];

export const TOPICS = [
  'kyc',
  'deposit',
  'withdrawal',
  'two_factor',
  'account_compromise',
  'locked_account',
  'phishing',
  'fees',
  'api_keys',
  'p2p_dispute',
  'market_incident',
  'tax_statement',
  'account_closure',
  /** Nothing in the ticket says what it is about: filed as such, never guessed. */
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];
/** The topics customers' tickets are written about (everything but "other"). */
export type KnownTopic = Exclude<Topic, 'other'>;
export const KNOWN_TOPICS: readonly KnownTopic[] = TOPICS.filter((t): t is KnownTopic => t !== 'other');

export const TICKET_STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const AGENT_ROLES = ['frontline', 'security', 'executive'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** The short pick-list of an escalation; free text goes beside it. */
export const ESCALATION_REASONS = ['account_takeover', 'unauthorized_withdrawal', 'phishing_victim', 'sim_swap', 'suspicious_login', 'other'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
export interface Agent {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  languages: Language[];
  domains: Topic[];
}

export interface Customer {
  id: string;
  name: string;
  firstName: string;
  email: string;
  /** The exchange's own account id, e.g. "U-4821937". */
  userId: string;
  language: Language;
  country: string;
  kycLevel: 0 | 1 | 2 | 3;
}

export interface Ticket {
  id: string;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  topic: Topic;
  language: Language;
  customerId: string;
  assigneeId: string | null;
  tags: string[];
  security: boolean;
  createdAt: number;
  updatedAt: number;
  firstResponseAt: number | null;
  lastCustomerMessageAt: number;
  /** Hidden from the working views until then; null when not snoozed. */
  snoozedUntil: number | null;
  /** When the ticket was escalated to the security desk; null when it never was. */
  escalatedAt: number | null;
  /** When a security agent claimed the escalation (the acknowledgement timer stops). */
  acknowledgedAt: number | null;
  /** Backend version; every accepted change increments it. */
  version: number;
}

export type MessageAuthorType = 'customer' | 'agent' | 'system';
export type MessageKind = 'reply' | 'note';

export interface Message {
  id: string;
  ticketId: string;
  authorType: MessageAuthorType;
  authorId: string;
  kind: MessageKind;
  body: string;
  createdAt: number;
  /** Idempotency key of the outbox entry that created it, when it came from an agent desk. */
  clientKey: string | null;
}

export interface MacroBody {
  language: Language;
  body: string;
}

/** A value the agent types in before a macro can be sent (a transaction hash, an order id). */
export interface MacroField {
  key: string;
  label: string;
}

export interface Macro {
  id: string;
  title: string;
  topic: Topic | null;
  keywords: string[];
  bodies: MacroBody[];
  requiredFields: MacroField[];
  actions: {
    status?: TicketStatus;
    priority?: Priority;
    addTags?: string[];
    assignToSelf?: boolean;
  };
  /** shared: the backend's library; personal: written by this agent in the app. */
  source: 'shared' | 'personal';
}
