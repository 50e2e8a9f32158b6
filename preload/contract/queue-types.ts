import type { OutboxFailure, ReplyNotice, SyncProblem } from './kinds';
import type { InterfaceLanguage, Language, Message, Priority, Ticket, TicketStatus, Topic, Customer, Agent } from './domain-types';
import type { CrossCustomerLeak, TicketPrivacy } from './privacy-types';

export const QUEUE_VIEWS = ['all', 'mine', 'unassigned', 'security', 'snoozed'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** One row of the queue list: small on purpose, pages of these cross the bridge. */
export interface QueueRow {
  id: string;
  subject: string;
  customerName: string;
  language: Language;
  topic: Topic;
  status: TicketStatus;
  priority: Priority;
  security: boolean;
  assigneeId: string | null;
  /** When the next SLA target (first or next response) falls due; null when nobody is waiting. */
  dueAt: number | null;
  updatedAt: number;
  /** When the case went to the security desk (its acknowledgement timer runs from here). */
  escalatedAt: number | null;
  acknowledgedAt: number | null;
  /** Agent-side changes not yet acknowledged by the backend. */
  pendingChanges: number;
}

export interface QueuePage {
  view: QueueView;
  offset: number;
  total: number;
  rows: QueueRow[];
}

export type OutboxState = 'pending' | 'sending' | 'delivered' | 'failed' | 'discarded';
export type OutboxKind = 'reply' | 'note' | 'update' | 'escalate' | 'acknowledge' | 'deescalate' | 'protect' | 'request_undo' | 'approve_undo';

export interface OutboxEntry {
  id: number;
  key: string;
  ticketId: string;
  kind: OutboxKind;
  /** What the change does, in words the agent recognises ("status → solved"). */
  summary: string;
  state: OutboxState;
  attempts: number;
  /** Why it failed (state failed), or why its last attempt did not go through (still pending); the interface words it. */
  failure: OutboxFailure | null;
  createdAt: number;
  deliveredAt: number | null;
}

/**
 * A message body cut where the agent must look twice: links (real target as the URL parser reads
 * it, and why the domain may be an impersonation), domains and e-mail domains written without a
 * scheme (only when there is something to say about them), wallet addresses (and which other
 * address they imitate), and invisible or direction-changing characters. Always plain text to
 * render; `text` of a link or domain may itself hold hidden characters (see text-marks.ts).
 * `url` is the parsed address (what opens); `host` its host in Unicode, as the parser read it.
 */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; url: string; host: string; warning: string | null; why?: SafetyWarningReason }
  | { kind: 'domain'; text: string; host: string; warning: string | null; why?: SafetyWarningReason }
  | { kind: 'address'; text: string; warning: string | null; why?: SafetyWarningReason }
  /** `name` is English, for logs; the interface names the character itself. */
  | { kind: 'hidden'; text: string; name: string };

/** Why a host itself may be impersonating another. */
export type DomainWarningReason =
  | { code: 'punycode' }
  | { code: 'mixed_scripts' }
  | { code: 'looks_like_domain'; domain: string }
  | { code: 'borrows_name'; name: string; domain: string };

/** The warning of a segment as data (set whenever `warning` is), so the interface words it in its own language. */
export type SafetyWarningReason =
  | DomainWarningReason
  /** `address` is the imitated one, shortened ("0x529084…169EE7"). */
  | { code: 'looks_like_address'; address: string }
  | { code: 'one_character_off'; address: string }
  /** The visible text of a markdown or HTML link names `shown`; the link goes to `host`. */
  | { code: 'text_names_other_host'; shown: string; host: string }
  /** Written so a reader (or another program) takes `shown` for the host (user name before `@`, backslash before `@`); the link goes to `host`. */
  | { code: 'misleading_url'; shown: string; host: string }
  /** The link carries another address (a redirect parameter, a path) whose host `host` is itself suspicious, for `why`. */
  | { code: 'carries_url'; host: string; why: DomainWarningReason };

export interface TicketDetail {
  ticket: Ticket;
  customer: Customer | null;
  /** Backend messages plus the agent's own not-yet-delivered ones (clientKey set, pending). */
  /** segments is null when the body holds nothing to point out (render the body as it is). */
  messages: Array<Message & { pending: boolean; segments: TextSegment[] | null }>;
  outbox: OutboxEntry[];
  draft: string;
  /** What is masked on this ticket for this agent and what is revealed (absent where the desk masks nothing). */
  privacy?: TicketPrivacy;
}

export type ConnectionState = 'connecting' | 'bootstrapping' | 'online' | 'offline' | 'error';

export interface SyncStatus {
  connection: ConnectionState;
  backendUrl: string;
  lastSyncAt: number | null;
  cursor: number | null;
  bootstrap: { loaded: number; total: number | null } | null;
  outboxPending: number;
  outboxFailed: number;
  /** The last problem with the backend, cleared by the next success; the interface words it. */
  problem: SyncProblem | null;
  live: boolean;
  /** Work that is late: shown as an alarm until it moves, never folded into a count. */
  outboxAlarm: OutboxAlarm | null;
}

/**
 * Why the outbox is late. `stalled`: entries are due and nothing has been delivered for longer
 * than the longest backoff; `urgent_waiting`: a security escalation has not left the desk 5 s
 * after it was due. `ticketId` and `since` name the oldest such entry.
 */
export interface OutboxAlarm {
  kind: 'stalled' | 'urgent_waiting';
  ticketId: string;
  since: number;
  /** What holds it: the backend unreachable, a rate limit, repeated temporary failures, or nothing known (a fault of the desk). */
  cause: 'offline' | 'rate_limited' | 'retrying' | 'not_sent';
  pending: number;
}

export interface SessionInfo {
  agent: Agent;
  agents: Agent[];
  backendKind: 'embedded' | 'zendesk' | 'request-tracker';
  backendUrl: string;
  appVersion: string;
}

export interface OutboxReceipt {
  entry: OutboxEntry;
}

/**
 * A reply is queued unless someone wrote on the ticket after the last message the agent saw:
 * then nothing is queued and those messages come back, so the agent can read them first.
 */
export interface ReplyReceipt {
  entry: OutboxEntry | null;
  collision: Message[];
  /** The ticket change the reply's macros asked for (status, priority, tags, assignee), queued with it. */
  actionsEntry: OutboxEntry | null;
  /** A macro action left out, and why (a status this agent may not set). */
  notice: ReplyNotice | null;
  /** Nothing was queued: the reply carries an identifier of another customer (send again with a note to override). */
  leak?: CrossCustomerLeak | null;
}

export interface SearchHit {
  ticketId: string;
  subject: string;
  customerName: string;
  status: TicketStatus;
  security: boolean;
  /** Where the words matched: the subject, a message, or the customer's identifiers. */
  matchedIn: 'subject' | 'message' | 'customer';
  /** A few words around the match, plain text (the renderer marks nothing up from it). */
  snippet: string;
  /** The language the customer writes in, for the `lang` of their subject, name and words. */
  language: Language;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  tookMs: number;
}

export interface PresenceViewer {
  agentId: string;
  name: string;
  typing: boolean;
}

export interface TicketPresence {
  ticketId: string;
  viewers: PresenceViewer[];
}

/** The agent's own settings, kept in the cache. Key bindings map an action id to its keys. */
export interface DeskSettings {
  /** Overrides of the default keymap: action id → key combinations (tinykeys syntax, e.g. "Shift+X"). */
  keybindings: Record<string, string[]>;
  /** After a send or a status change, open the next ticket in the queue. */
  autoAdvance: boolean;
  /** Minutes a new escalation may wait for a security agent before its timer turns red. */
  ackTimeoutMinutes: number;
  /** Macros on the favourite keys (Alt+1 … Alt+5), in that order. */
  favoriteMacroIds: string[];
  /** The language of the interface itself; switching it needs no restart. */
  interfaceLanguage: InterfaceLanguage;
}

/** A new escalation as the security desk is told of it. */
export interface EscalationNotice {
  ticketId: string;
  subject: string;
  customerName: string;
  /** The ticket's language, for the `lang` of the customer's subject and name. */
  language: Language;
  escalatedAt: number;
}

export interface AuditExport {
  format: 'csv' | 'json';
  filename: string;
  content: string;
  entries: number;
  /** Whether the hash chain holds; a one-ticket export is a slice and is checked as part of the whole. */
  verification: { ok: boolean; brokenAt: number | null; reason: string | null };
}
