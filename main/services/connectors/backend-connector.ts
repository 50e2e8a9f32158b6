import type { Agent, Customer, Macro, Message, Ticket } from '../../../preload/contract';
import type { OutboxPayload } from '../domain/outbox-payload';
import type { AuditEntry } from '../audit/audit-chain';
import type { AnchorVerdict, ChainHead } from '../audit/audit-anchor';
import type { PauseAlarm } from '../audit/reveal-ledger';

/** A page of backend data, already validated; items that failed validation are listed apart. */
export interface ValidatedPage {
  tickets: Ticket[];
  customers: Customer[];
  messages: Message[];
  rejected: RejectedItem[];
}

export interface RejectedItem {
  kind: 'ticket' | 'customer' | 'message';
  id: string | null;
  reason: string;
}

export interface SnapshotResult {
  page: ValidatedPage;
  /** Opaque position to continue the snapshot from; null when it is complete. */
  next: string | null;
  /** Change cursor to pull from once the snapshot is complete. */
  cursor: string;
  total: number | null;
}

export interface ChangesResult {
  page: ValidatedPage;
  cursor: string;
  hasMore: boolean;
  /** The backend's audit chain head with this page (null where the backend keeps no chain). */
  auditHead?: ChainHead | null;
}

/** The backend's audit chain as it sends it, with its own verdict against the anchor the desk sent. */
export interface BackendAuditChain {
  entries: AuditEntry[];
  anchor: AnchorVerdict | null;
}

export interface OutboundMutation {
  /** Idempotency key: the backend applies a key once, however often it is sent. */
  key: string;
  ticketId: string;
  baseVersion: number;
  payload: OutboxPayload;
}

export interface DeliveryReceipt {
  /** The ticket's version after the change, so later changes can build on it. */
  version: number;
}

export type ConnectorErrorKind = 'temporary' | 'permanent' | 'auth' | 'conflict' | 'invalid_payload';

/**
 * How a backend call failed, sorted the way the outbox must react: temporary (retry with backoff),
 * permanent (record and move on), auth (ask for credentials), conflict (the agent decides).
 */
export class ConnectorError extends Error {
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; current?: Ticket } = {},
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

export interface BackendPresence {
  ticketId: string;
  viewers: Array<{ agentId: string; typing: boolean }>;
}

export interface WatchHandlers {
  onSignal: () => void;
  onLive: (live: boolean) => void;
  onPresence?: (presence: BackendPresence) => void;
}

/**
 * Whose token the desk holds. An agent's token signs the desk in as that agent, always; a team
 * token (the AgentDesk backend's own, shared by a team or a test rig) may act for any agent, and
 * the desk then signs in as the agent it was told (--agent) or the first frontline agent.
 */
export type TokenOwner =
  | {
      kind: 'agent';
      agentId: string;
      /** The owner as the backend describes them; the agent list may not hold them (RT: outside the agent groups). */
      agent: Agent;
    }
  | { kind: 'team' };

/** What the sync engine needs of any support backend (embedded, Request Tracker, Zendesk). */
export interface BackendConnector {
  readonly kind: 'embedded' | 'zendesk' | 'request-tracker';
  readonly url: string;
  checkConnection(): Promise<void>;
  /** Who the token belongs to: the desk signs in as them (see TokenOwner). */
  whoAmI(): Promise<TokenOwner>;
  listAgents(): Promise<Agent[]>;
  listMacros(): Promise<Macro[]>;
  snapshotPage(from: string | null): Promise<SnapshotResult>;
  changesSince(cursor: string): Promise<ChangesResult>;
  /** The whole audit chain, checked by the backend against the desk's anchor too (backends that keep one). */
  auditChain?(anchor: ChainHead | null): Promise<BackendAuditChain>;
  /** Asks the backend for a reveal: its insider guard counts across desks and records it (backends that keep one). */
  requestReveal?(request: { agentId: string; ticketId: string; field: string; reason: string; note: string }): Promise<{ until: number | null; pausedSince: number | null }>;
  /** Agents whose reveals the backend's insider guard paused, until a security agent clears them. */
  revealAlarms?(): Promise<PauseAlarm[]>;
  clearRevealAlarm?(agentId: string, alarmId: string): Promise<boolean>;
  /** Calls onSignal when the backend says something changed; onLive tells whether the stream is up. */
  watch(handlers: WatchHandlers): () => void;
  /** Tells the backend which ticket this agent has open and whether they type (best effort). */
  announcePresence(presence: { agentId: string; ticketId: string | null; typing: boolean }): Promise<void>;
  deliver(mutation: OutboundMutation): Promise<DeliveryReceipt>;
  /**
   * Several mutations, each on a different ticket, in one request: one answer per mutation, in
   * order (a receipt, or the error that one met). Throws when the request as a whole failed, and
   * then nothing may be assumed applied. Backends without it get one deliver() per mutation.
   */
  deliverBatch?(mutations: readonly OutboundMutation[]): Promise<Array<DeliveryReceipt | ConnectorError>>;
}
