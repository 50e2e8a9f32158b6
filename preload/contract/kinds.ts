import type { Priority, TicketStatus } from './domain-types';

/**
 * What main tells the interface about failures and notices: kinds with their parameters, never
 * sentences. The renderer words each kind in the agent's language (renderer/src/i18n/kind-wording.ts);
 * main keeps English for its log only. Adding a kind here fails the type check of the wording
 * until every language has it, and tests/unit/i18n/kinds.test.ts walks each one through each catalog.
 */

/** Why the backend did not take a call, as far as the desk can tell. `detail` is the backend's own words, for the record. */
export type BackendTrouble =
  /** No answer: the network, a timeout, a cut connection. */
  | { kind: 'unreachable' }
  | { kind: 'server_error'; status: number }
  | { kind: 'rate_limited' }
  /** The backend answered something the desk could not read (it retries). */
  | { kind: 'invalid_answer' }
  /** The token was refused. */
  | { kind: 'auth'; status: number | null }
  /** Refused for good (a 4xx other than a conflict): the agent decides. */
  | { kind: 'refused'; status: number | null; detail: string }
  /** A fault of the desk itself; the log has it. */
  | { kind: 'unexpected' };

/** The fields an agent's change touched, as the ticket holds them now (only those fields are present). */
export interface ConflictFields {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string | null;
  tags?: string[];
  snoozedUntil?: number | null;
}

/**
 * Why an outbox entry failed (state failed: waits for the agent) or why its last attempt did not
 * go through (still pending: the desk retries). A conflict carries what the ticket holds now.
 */
export type OutboxFailure =
  | BackendTrouble
  /** The ticket was changed elsewhere first; `ticketVersion` is its version now (null when the backend did not say). */
  | { kind: 'conflict'; ticketVersion: number | null; fields: ConflictFields };

/** What the sync engine was doing when the backend let it down. */
export const SYNC_ACTIVITIES = ['loading_reference', 'pulling', 'sending'] as const;
export type SyncActivity = (typeof SYNC_ACTIVITIES)[number];

/** The status bar's last problem, cleared by the next success. */
export type SyncProblem =
  | (BackendTrouble & { during: SyncActivity })
  /** Records the backend sent that did not validate were skipped (the log names them). */
  | { kind: 'malformed_records'; count: number };

/** A reply went, but something asked for with it was left out. */
export type ReplyNotice =
  /** A macro's status this agent may not set on this ticket (only security agents solve or close a security case). */
  { kind: 'status_left_unchanged'; status: TicketStatus; ticketId: string };

/** Why `link.open` did not open an address. */
export type LinkRefusal =
  | { kind: 'not_an_address' }
  /** Only http and https leave the app; `scheme` is the one refused, e.g. "javascript:". */
  | { kind: 'scheme_never_opened'; scheme: string }
  | { kind: 'credentials_in_address' }
  /** The browser-hosted desk cannot start the system browser: the agent copies the address. */
  | { kind: 'no_system_browser' }
  /** The agent said no in the confirmation. */
  | { kind: 'cancelled' };

/** Why a channel refused a call, when the interface can word it (beside the error's code; the message is English, for logs). */
export type CallRefusal =
  /** A reply or note still holds template markup (`{{ … }}` or `{% … %}`): never sent to a customer as it is. */
  { kind: 'unfilled_placeholder' };
