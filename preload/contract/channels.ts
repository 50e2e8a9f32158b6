// First: decides how schemas are parsed before any is built (no eval under the page's CSP).
import './zod-setup';
import { z } from 'zod';
import { ESCALATION_REASONS, INTERFACE_LANGUAGES, LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS } from './domain-types';
import { RT_NAME_KEYS, type BackendCheckResult, type BackendSettingsView, type DeskReport, type ReportCsv, type SuggestedReply, type SurgeSnapshot, type TopicGroup } from './crisis-types';
import type { SessionInfo, QueuePage, QueueRow, TicketDetail, OutboxReceipt, SyncStatus, OutboxEntry, ReplyReceipt, TicketPresence, SearchResult, DeskSettings, AuditExport, EscalationNotice } from './queue-types';
import type { BulkMacroResult, MacroPreview, MacroSaveResult, MacroSummary } from './macro-types';
import { QUEUE_VIEWS } from './queue-types';
import { ACTION_IDS } from './action-ids';
import type { CallRefusal, LinkRefusal } from './kinds';
import type { ChainLookupResult } from './chain-types';
import type { AccountChainResult, AccountFactsResult } from './account-types';
import { accountSettingsInput, type AccountSettingsSaveResult, type AccountSettingsView } from './account-settings-types';
import { REVEAL_REASONS, REVEALABLE_FIELDS, type RevealResult, type SecurityAlarm } from './privacy-types';
import { PROTECTIVE_ACTIONS, UNDO_KINDS, type PendingApprovals, type ProtectionOverview } from './protection-types';

/**
 * The one contract between main and renderer. Every channel has a name, a runtime-validated
 * input schema and a typed result. Main validates and implements, preload exposes, renderer calls.
 */

const ticketId = z.string().min(1).max(64);
/** The renderer keeps the 50 tickets around the selection; a few more for the direction of travel. */
export const MAX_TICKETS_PER_FETCH = 60;
const ticketChanges = z
  .strictObject({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
    /** The whole tag list, not a toggle, so a resend changes nothing twice. */
    tags: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
    snoozedUntil: z.number().int().positive().nullable().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'at least one change is required');
const keyCombo = z.string().min(1).max(40);
const knownActions: ReadonlySet<string> = new Set(ACTION_IDS);
/**
 * Keys per action. The ids are checked on the input as sent (so `__proto__` is refused too, not
 * silently dropped): a binding for an id the keymap does not have is refused, named in the issue.
 */
const keybindingRecord = z.record(z.string().min(1).max(60), z.array(keyCombo).max(4));
const keybindings: z.ZodType<z.output<typeof keybindingRecord>, z.input<typeof keybindingRecord>> = z
  .unknown()
  .check((ctx) => {
    if (ctx.value === null || typeof ctx.value !== 'object' || Array.isArray(ctx.value)) return;
    for (const id of Object.keys(ctx.value)) {
      if (!knownActions.has(id)) ctx.issues.push({ code: 'custom', input: id, path: [id], message: `unknown action id ${JSON.stringify(id)}: settings bind only the desk's own actions` });
    }
  })
  .pipe(keybindingRecord) as never;
const macroId = z.string().min(1).max(100);
/** Values for a macro's fill-in fields, by key. */
const macroFields = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), z.string().max(2000));
const macroDefinition = z.strictObject({
  id: macroId.optional(),
  title: z.string().trim().min(1).max(200),
  topic: z.enum(TOPICS).nullable(),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50),
  bodies: z.array(z.strictObject({ language: z.enum(LANGUAGES), body: z.string().trim().min(1).max(20_000) })).min(1).max(LANGUAGES.length),
  requiredFields: z.array(z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), label: z.string().trim().min(1).max(100) })).max(10),
  actions: z.strictObject({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    addTags: z.array(z.string().trim().min(1).max(50)).max(10).optional(),
    assignToSelf: z.boolean().optional(),
  }),
});
const noInput = z.strictObject({});
/** The most tickets one bulk change or bulk macro send takes (a selection, a topic group). */
export const MAX_BULK_TICKETS = 1000;
const reportRequest = z.strictObject({
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  scope: z.enum(['me', 'team']),
  bucketMinutes: z.number().int().min(1).max(7 * 24 * 60),
});
/** A backend as typed in the settings view; the token may be left empty to keep the stored one. */
const backendChoice = z.strictObject({
  kind: z.enum(['embedded', 'request-tracker', 'zendesk']),
  url: z.string().trim().max(2000),
  token: z.string().max(4000),
  email: z.string().trim().max(320).nullable(),
  oauth: z.boolean(),
  /** Request Tracker's own names (each 1–200 characters, no control characters) and priority scale. */
  rt: z
    .strictObject({
      names: z.partialRecord(z.enum(RT_NAME_KEYS), z.string().trim().min(1).max(200).regex(/^[^\p{Cc}]+$/u)),
      priorities: z.string().trim().max(100).nullable(),
    })
    .optional(),
});

/** A chain network's id (ethereum, bsc, bitcoin, …) and an amount in base units (decimal digits). */
const chainNetworkId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const baseUnits = z.string().regex(/^\d{1,78}$/);

/** Phantom marker carrying a result type without a runtime value. */
const returns = <T>() => undefined as unknown as T;

export const channels = {
  'session.get': { input: noInput, result: returns<SessionInfo>() },
  'queue.page': {
    input: z.strictObject({
      view: z.enum(QUEUE_VIEWS),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
    }),
    result: returns<QueuePage>(),
  },
  /** Where a ticket sits in a view's order, so the selection can follow it; null when not in the view. */
  'queue.locate': {
    input: z.strictObject({ view: z.enum(QUEUE_VIEWS), ticketId }),
    result: returns<{ index: number | null }>(),
  },
  /** Full-text search over subjects, messages and customer identifiers (email, user id, tx hash, address). */
  'search.query': {
    input: z.strictObject({ text: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }),
    result: returns<SearchResult>(),
  },
  /** Assigns the most urgent ticket this agent may take, through the outbox; null when none is left. */
  'ticket.takeNext': { input: noInput, result: returns<{ ticketId: string | null; entry: OutboxEntry | null }>() },
  'ticket.get': { input: z.strictObject({ ticketId }), result: returns<TicketDetail | null>() },
  /** The details of the tickets around the selection in one call, in the order asked (null: no such ticket), so j/k only render. */
  'ticket.getMany': { input: z.strictObject({ ticketIds: z.array(ticketId).min(1).max(MAX_TICKETS_PER_FETCH) }), result: returns<Array<TicketDetail | null>>() },
  'ticket.reply': {
    input: z.strictObject({
      ticketId,
      kind: z.enum(['reply', 'note']),
      body: z.string().trim().min(1).max(200_000),
      /** The newest message the agent had on screen; later ones by others are a collision. */
      lastSeenMessageId: z.string().min(1).max(64).nullable().optional(),
      /** The agent has seen the collision and sends anyway. */
      ignoreCollision: z.boolean().optional(),
      /** Macros inserted into this reply: their actions are queued with it, in the same commit. */
      macroIds: z.array(macroId).max(20).optional(),
      /** The agent sends a reply that names another customer anyway, and says why (on the audit log). */
      crossCustomerOverride: z.strictObject({ note: z.string().trim().min(3).max(2000) }).optional(),
    }),
    result: returns<ReplyReceipt>(),
  },
  'ticket.update': {
    input: z.strictObject({ ticketId, changes: ticketChanges }),
    result: returns<OutboxReceipt>(),
  },
  /** One change for many tickets: one outbox entry each, committed together. */
  'ticket.bulkUpdate': {
    input: z.strictObject({ ticketIds: z.array(ticketId).min(1).max(MAX_BULK_TICKETS), changes: ticketChanges }),
    result: returns<{ entries: OutboxEntry[] }>(),
  },
  /**
   * Sends the ticket to the security desk in one urgent outbox entry: security-urgent, internal
   * note with the reason, the holding reply in the customer's language, optional withdrawal hold.
   */
  'ticket.escalate': {
    input: z.strictObject({
      ticketId,
      reason: z.enum(ESCALATION_REASONS),
      note: z.string().trim().max(5000).optional(),
      holdWithdrawals: z.boolean(),
    }),
    result: returns<OutboxReceipt>(),
  },
  /** A security agent acknowledges an escalation (the timer stops), and takes it when claim is set. */
  'ticket.acknowledge': { input: z.strictObject({ ticketId, claim: z.boolean() }), result: returns<OutboxReceipt>() },
  /**
   * Takes back an escalation still inside its undo window: nothing of it reaches the backend or
   * the customer; the desk's audit log records the withdrawal. `withdrawn` is false once it went.
   */
  'ticket.withdrawEscalation': {
    input: z.strictObject({ ticketId }),
    result: returns<{ withdrawn: boolean }>(),
  },
  /** Security agents only: back to the ordinary queue, with the reason on record. */
  'ticket.deescalate': {
    input: z.strictObject({ ticketId, reason: z.string().trim().min(3).max(2000) }),
    result: returns<OutboxReceipt>(),
  },
  /** The same customer's other tickets, newest first: a takeover often shows in more than one. */
  'ticket.customerTickets': { input: z.strictObject({ ticketId }), result: returns<{ tickets: QueueRow[] }>() },
  /** The desk's hash-chained audit log, verified, as CSV or JSON; one ticket's entries or all. */
  'audit.export': {
    input: z.strictObject({ format: z.enum(['csv', 'json']), ticketId: ticketId.optional() }),
    result: returns<AuditExport>(),
  },
  /**
   * Shows one masked field of this ticket's customer for a limited time, with the reason on the
   * audit log (who, which customer, which field, why). Refused while the insider guard has paused
   * this agent's reveals, or in screen-share mode. The ticket is read again to see the value.
   */
  'customer.reveal': {
    input: z
      .strictObject({ ticketId, field: z.enum(REVEALABLE_FIELDS), reason: z.enum(REVEAL_REASONS), note: z.string().trim().max(500).optional() })
      .refine((i) => i.reason !== 'other' || (i.note ?? '').length >= 3, 'the reason "other" needs a few words'),
    result: returns<RevealResult>(),
  },
  /** Screen-share mode: every customer identifier masked, names included, until turned off. */
  'privacy.screenShare': { input: z.strictObject({ on: z.boolean() }), result: returns<{ on: boolean }>() },
  /** The security desk's alarms: agents whose reveals are paused, an audit chain cut short (security agents see them). */
  'security.alarms': { input: noInput, result: returns<{ alarms: SecurityAlarm[] }>() },
  /** A security agent clears an alarm (paused reveals go on; an audit alarm is acknowledged and the chain re-anchored). */
  'security.clearAlarm': { input: z.strictObject({ alarmId: z.string().min(1).max(100) }), result: returns<{ cleared: boolean }>() },
  /** The backend's audit chain, verified here and there against this desk's anchor (the highest head it has seen). */
  'audit.verifyBackend': { input: noInput, result: returns<{ ok: boolean; entries: number; anchorCount: number; alarm: SecurityAlarm | null }>() },
  /** Shared and personal macros, the ones this agent uses most first. */
  'macro.list': { input: noInput, result: returns<{ macros: MacroSummary[] }>() },
  /** A macro rendered for one ticket: its customer's language (else English), what is still missing. */
  'macro.render': {
    input: z.strictObject({ macroId, ticketId, fields: macroFields.optional() }),
    result: returns<MacroPreview>(),
  },
  /** Creates or replaces a personal macro. A body that asks for a secret is refused unless allowSecretWords. */
  'macro.save': {
    input: z.strictObject({ macro: macroDefinition, allowSecretWords: z.boolean().optional() }),
    result: returns<MacroSaveResult>(),
  },
  'macro.delete': { input: z.strictObject({ macroId }), result: returns<{ deleted: boolean }>() },
  /** The agent put these macros into a reply: they rank higher in the picker. */
  'macro.recordUse': { input: z.strictObject({ macroIds: z.array(macroId).min(1).max(20) }), result: returns<{ ok: true }>() },
  /**
   * One macro to many tickets, each rendered for its own customer and language, queued as one
   * batch held back for a few seconds so one undo takes it all back.
   */
  'macro.applyBulk': {
    input: z.strictObject({ macroId, ticketIds: z.array(ticketId).min(1).max(MAX_BULK_TICKETS), fields: macroFields.optional() }),
    result: returns<BulkMacroResult>(),
  },
  /** Takes back outbox entries that have not gone out yet (a held bulk send). */
  'outbox.undo': {
    input: z.strictObject({ entryIds: z.array(z.number().int().positive()).min(1).max(5000) }),
    result: returns<{ undone: number[]; alreadySent: number[] }>(),
  },
  'draft.save': {
    input: z.strictObject({ ticketId, body: z.string().max(200_000) }),
    result: returns<{ savedAt: number }>(),
  },
  'outbox.retry': {
    input: z.strictObject({ entryId: z.number().int().positive() }),
    result: returns<OutboxReceipt>(),
  },
  'outbox.discard': {
    input: z.strictObject({ entryId: z.number().int().positive() }),
    result: returns<OutboxReceipt>(),
  },
  /** Failed outbox entries of every ticket, oldest first (at most `limit`), and how many there are: what the status bar's "failed" opens. */
  'outbox.failed': {
    input: z.strictObject({ limit: z.number().int().min(1).max(500) }),
    result: returns<{ entries: OutboxEntry[]; total: number }>(),
  },
  'presence.set': {
    input: z.strictObject({ ticketId: ticketId.nullable(), typing: z.boolean() }),
    result: returns<{ ok: true }>(),
  },
  /** Opens a link in the system browser after the agent confirmed the full address (http/https only). */
  'link.open': {
    input: z.strictObject({ url: z.string().min(1).max(4000) }),
    /** `refusal` says why it did not open (null when opened); the interface words it. */
    result: returns<{ opened: boolean; url: string; refusal: LinkRefusal | null }>(),
  },
  'settings.get': { input: noInput, result: returns<DeskSettings>() },
  'settings.set': {
    input: z.strictObject({
      /** Only actions the keymap has (ACTION_IDS); a binding for any other id is refused. */
      keybindings: keybindings.optional(),
      autoAdvance: z.boolean().optional(),
      ackTimeoutMinutes: z.number().int().min(1).max(120).optional(),
      favoriteMacroIds: z.array(macroId).max(5).optional(),
      interfaceLanguage: z.enum(INTERFACE_LANGUAGES).optional(),
    }),
    result: returns<DeskSettings>(),
  },
  'sync.status': { input: noInput, result: returns<SyncStatus>() },
  'sync.now': { input: noInput, result: returns<SyncStatus>() },
  /** Incoming per minute, queue depth and SLA breaches over the last minutes, by language, domain and topic; from the cache. */
  'surge.snapshot': {
    input: z.strictObject({ windowMinutes: z.number().int().min(5).max(24 * 60) }),
    result: returns<SurgeSnapshot>(),
  },
  /** Open tickets of a view grouped by topic, largest group first. */
  'queue.topicGroups': { input: z.strictObject({ view: z.enum(QUEUE_VIEWS) }), result: returns<{ groups: TopicGroup[] }>() },
  /** The open tickets of one topic group, in queue order (what an incident reply goes to). */
  'queue.topicTickets': {
    input: z.strictObject({ view: z.enum(QUEUE_VIEWS), topic: z.enum(TOPICS) }),
    result: returns<{ ticketIds: string[] }>(),
  },
  /** One page of a topic group's open tickets, in queue order: the rows of an expanded group. */
  'queue.topicPage': {
    input: z.strictObject({
      view: z.enum(QUEUE_VIEWS),
      topic: z.enum(TOPICS),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
    }),
    result: returns<QueuePage>(),
  },
  /** The reply proposed for a ticket's topic, rendered for its customer; null when the library has none. */
  'ticket.suggestedReply': { input: z.strictObject({ ticketId }), result: returns<SuggestedReply | null>() },
  /** Tickets handled, first-response and handle time (median, p90) by topic and language, and topic frequency. */
  'reports.get': { input: reportRequest, result: returns<DeskReport>() },
  'reports.csv': {
    input: z.strictObject({ report: reportRequest, part: z.enum(['figures', 'topic-frequency']) }),
    result: returns<ReportCsv>(),
  },
  /** The backend the desk talks to, as the settings view shows it. */
  'backend.get': { input: noInput, result: returns<BackendSettingsView>() },
  /** Tries a backend without switching: a wrong address, kind or token is named in one sentence. */
  'backend.test': { input: backendChoice, result: returns<BackendCheckResult>() },
  /** Tries the backend, keeps the token with the OS keychain and switches the desk to it. */
  'backend.apply': { input: backendChoice, result: returns<BackendCheckResult>() },
  /**
   * A transaction hash looked up on the configured chain nodes (optionally one network), with the
   * account's expected deposit or withdrawal record when known: facts, diagnosis, macro topic, age.
   */
  'chain.lookup': {
    input: z
      .strictObject({
        text: z.string().trim().min(1).max(200),
        network: chainNetworkId.optional(),
        deposit: z
          .strictObject({
            network: chainNetworkId,
            address: z.string().trim().min(1).max(200),
            asset: z.string().trim().min(1).max(200),
            memo: z.string().max(200).nullable(),
            minimum: baseUnits,
            requiredConfirmations: z.number().int().min(0).max(100_000),
            state: z.enum(['pending', 'credited', 'held', 'rejected']).optional(),
            creditedAt: z.number().int().min(0).nullable().optional(),
          })
          .optional(),
        withdrawal: z
          .strictObject({
            network: chainNetworkId,
            state: z.enum(['requested', 'under_review', 'held', 'broadcast', 'confirmed', 'failed']),
            requiredConfirmations: z.number().int().min(0).max(100_000),
            heldBy: z.string().max(200).nullable().optional(),
            holdReason: z.string().max(2000).nullable().optional(),
            requestedAt: z.number().int().min(0).nullable().optional(),
          })
          .optional(),
      })
      .refine((i) => !(i.deposit && i.withdrawal), 'a deposit or a withdrawal, not both'),
    result: returns<ChainLookupResult>(),
  },
  /**
   * The ticket's customer's account from the back office (live, or the cached last word with its
   * age), the hashes and addresses the ticket mentions, and the diagnosis line from the records.
   */
  'account.facts': { input: z.strictObject({ ticketId }), result: returns<AccountFactsResult>() },
  /** Every hash and address the ticket mentions looked up on chain, and the diagnosis line with the chain's facts. */
  'account.chain': { input: z.strictObject({ ticketId }), result: returns<AccountChainResult>() },
  /**
   * Security agents, on a security case: freeze withdrawals, lock the account, sign out every
   * session or require a new 2FA setup, through the back office; one urgent outbox entry.
   */
  'protection.apply': { input: z.strictObject({ ticketId, action: z.enum(PROTECTIVE_ACTIONS), note: z.string().trim().max(2000).optional() }), result: returns<OutboxReceipt>() },
  /** Asks a second security agent to approve lifting a freeze or lock, or de-escalating a case under a freeze: reason and evidence. */
  'protection.requestUndo': {
    input: z.strictObject({ ticketId, undo: z.enum(UNDO_KINDS), reason: z.string().trim().min(3).max(2000), evidence: z.string().trim().min(3).max(5000) }),
    result: returns<OutboxReceipt>(),
  },
  /** A second security agent approves a colleague's request (never their own): its own outbox entry and idempotency key. */
  'protection.approve': { input: z.strictObject({ ticketId, requestId: z.string().min(1).max(100) }), result: returns<OutboxReceipt>() },
  /** What the back office holds for the case's account (protections in force, undo requests) and this desk's entries on the way. */
  'protection.overview': { input: z.strictObject({ ticketId }), result: returns<ProtectionOverview>() },
  /** The security desk's pending approvals, oldest first, with the reason and the evidence. */
  'protection.pendingApprovals': { input: noInput, result: returns<PendingApprovals>() },
  /** The account panel's back office and block explorers, as Settings → Backend shows them. */
  'accountSettings.get': { input: noInput, result: returns<AccountSettingsView>() },
  /** Saves them (the token with the OS keychain); an explorer page that is not https or lacks its placeholder is refused. */
  'accountSettings.save': { input: accountSettingsInput, result: returns<AccountSettingsSaveResult>() },
} as const;

export type ChannelName = keyof typeof channels;
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;
export type ChannelResult<C extends ChannelName> = (typeof channels)[C]['result'];
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** Events pushed from main to renderer. */
export interface EventPayloads {
  'sync.status': SyncStatus;
  /** Tickets whose cached state changed; queueChanged when order or membership may differ. */
  'tickets.changed': { ticketIds: string[]; queueChanged: boolean };
  'outbox.changed': { entries: OutboxEntry[] };
  /** Who else has a ticket open or is typing on it, as the backend tells. */
  'presence.changed': TicketPresence;
  /** Escalations that reached this desk through sync and wait for security (security agents only). */
  'escalation.arrived': { tickets: EscalationNotice[] };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['sync.status', 'tickets.changed', 'outbox.changed', 'presence.changed', 'escalation.arrived'];

export type ErrorCode = 'invalid_input' | 'unknown_channel' | 'not_found' | 'forbidden' | 'internal';
export interface BridgeError {
  code: ErrorCode;
  /** English, for the log; the interface words `refusal` when there is one. */
  message: string;
  issues?: string[];
  refusal?: CallRefusal;
}
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** What the renderer sees as `window.agentdesk`, in Electron and in the browser-hosted mode alike. */
export interface AgentDeskBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<BridgeResult<ChannelResult<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  readonly host: 'electron' | 'browser';
}

/** IPC channel names on the Electron side carry a prefix so unrelated traffic is never handled. */
export const IPC_PREFIX = 'agentdesk:';
