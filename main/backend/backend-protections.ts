import type { AuditLogTable } from '../services/audit/audit-log-table';
import {
  approvalRefusal,
  LASTING_PROTECTIONS,
  protectiveActionRefusal,
  UNDO_LIFTS,
  undoRequestRefusal,
  type AccountProtections,
  type ProtectionInForce,
  type ProtectionRefusal,
  type ProtectiveAction,
  type UndoKind,
  type UndoRequest,
} from '../../preload/rules/protective-actions';
import type { BackOfficeAccount } from './back-office/back-office-shapes';
import type { BackendStore } from './backend-store';
import type { Customer, Ticket } from './wire-types';

/** An answer of the protection routes; `replayed` when the idempotency key was seen before. */
export interface ProtectionOutcome {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

interface Addressed {
  idempotencyKey: string;
  now: number;
  agentId: string;
}

interface AccountAddressed extends Addressed {
  userId: string;
  email: string;
  ticketId: string;
}

/** What approving a de-escalation does to the case (the escalation rules own the ticket). */
export type ApplyDeescalation = (input: { ticket: Ticket; authorId: string; reason: string; now: number; clientKey: string; details: Record<string, unknown> }) => void;

interface ProtectionRow {
  action: string;
  ticket_id: string;
  by_agent: string;
  reason: string;
  at: number;
}

interface RequestRow {
  id: string;
  ticket_id: string;
  undo: string;
  requested_by: string;
  reason: string;
  evidence: string;
  requested_at: number;
  state: string;
  approved_by: string | null;
  approved_at: number | null;
}

const toProtection = (r: ProtectionRow): ProtectionInForce => ({ action: r.action as ProtectiveAction, ticketId: r.ticket_id, by: r.by_agent, at: r.at, reason: r.reason });
const toRequest = (r: RequestRow): UndoRequest => ({
  id: r.id,
  ticketId: r.ticket_id,
  undo: r.undo as UndoKind,
  requestedBy: r.requested_by,
  reason: r.reason,
  evidence: r.evidence,
  requestedAt: r.requested_at,
  state: r.state as UndoRequest['state'],
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
});

const refused = (refusal: ProtectionRefusal): ProtectionOutcome => ({ status: refusal.kind === 'forbidden' ? 403 : 409, body: { error: refusal.kind, message: refusal.message }, replayed: false });
const missing = (code: string, message: string): ProtectionOutcome => ({ status: 404, body: { error: code, message }, replayed: false });

/**
 * The back office's protective actions and four eyes to undo them. Each write runs once per
 * idempotency key (a retry gets the first answer), in one transaction with its audit entries; the
 * rules are the shared ones (preload/rules/protective-actions.ts), run here whatever a desk sends.
 */
export class BackendProtections {
  constructor(
    private readonly store: BackendStore,
    private readonly audit: AuditLogTable,
    private readonly applyDeescalation: ApplyDeescalation,
  ) {}

  /** Protections in force on an account (lasting ones until lifted, one-off ones as done). */
  inForce(userId: string): ProtectionInForce[] {
    const rows = this.store.db.prepare('SELECT action, ticket_id, by_agent, reason, at FROM protections WHERE user_id = ? AND lifted_at IS NULL ORDER BY id').all(userId) as ProtectionRow[];
    return rows.map(toProtection);
  }

  forAccount(userId: string): AccountProtections {
    const requests = this.store.db.prepare('SELECT * FROM undo_requests WHERE user_id = ? ORDER BY requested_at, id').all(userId) as RequestRow[];
    return { inForce: this.inForce(userId), requests: requests.map(toRequest) };
  }

  /** Requests waiting for a second security agent, oldest first. */
  pending(): UndoRequest[] {
    return (this.store.db.prepare(`SELECT * FROM undo_requests WHERE state = 'pending' ORDER BY requested_at, id`).all() as RequestRow[]).map(toRequest);
  }

  /** The case's customer's account has withdrawals frozen: de-escalating it needs four eyes. */
  freezeOnCase(ticket: Ticket): boolean {
    const customer = this.store.customer(ticket.customerId);
    return customer !== null && this.inForce(customer.userId).some((p) => p.action === 'freeze_withdrawals');
  }

  apply(m: AccountAddressed & { action: ProtectiveAction; reason: string }): ProtectionOutcome {
    return this.once(m.idempotencyKey, m.now, () => {
      const agent = this.store.agent(m.agentId);
      if (!agent) return refused({ kind: 'forbidden', message: `unknown agent ${m.agentId}` });
      const refusal = protectiveActionRefusal(agent.role);
      if (refusal) return refused(refusal);
      const found = this.accountAndTicket(m);
      if ('status' in found) return found;
      const { customer, ticket } = found;
      const existing = this.inForce(customer.userId).find((p) => p.action === m.action);
      if (existing && LASTING_PROTECTIONS.includes(m.action)) return { status: 200, body: { protection: existing, alreadyInForce: true, ...this.forAccount(customer.userId) }, replayed: false };
      this.store.db
        .prepare('INSERT INTO protections (user_id, action, ticket_id, by_agent, reason, at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(customer.userId, m.action, ticket.id, agent.id, m.reason, m.now);
      this.audit.append({ at: m.now, actorId: agent.id, action: 'protective_action', ticketId: ticket.id, details: { protection: m.action, customerId: customer.id, userId: customer.userId, reason: m.reason } });
      this.store.logApplied({ idempotencyKey: m.idempotencyKey, ticketId: ticket.id, authorId: agent.id, now: m.now }, 'protect', m.action);
      const protection: ProtectionInForce = { action: m.action, ticketId: ticket.id, by: agent.id, at: m.now, reason: m.reason };
      return { status: 201, body: { protection, alreadyInForce: false, ...this.forAccount(customer.userId) }, replayed: false };
    });
  }

  requestUndo(m: AccountAddressed & { undo: UndoKind; reason: string; evidence: string }): ProtectionOutcome {
    return this.once(m.idempotencyKey, m.now, () => {
      const agent = this.store.agent(m.agentId);
      if (!agent) return refused({ kind: 'forbidden', message: `unknown agent ${m.agentId}` });
      const found = this.accountAndTicket(m);
      if ('status' in found) return found;
      const { customer, ticket } = found;
      const refusal = undoRequestRefusal(agent.role, m.undo, this.inForce(customer.userId));
      if (refusal) return refused(refusal);
      const open = this.forAccount(customer.userId).requests.find((r) => r.state === 'pending' && r.undo === m.undo);
      if (open) return { status: 200, body: { request: open, alreadyRequested: true }, replayed: false };
      const count = (this.store.db.prepare('SELECT COUNT(*) AS n FROM undo_requests').get() as { n: number }).n;
      const request: UndoRequest = { id: `UR-${count + 1}`, ticketId: ticket.id, undo: m.undo, requestedBy: agent.id, reason: m.reason, evidence: m.evidence, requestedAt: m.now, state: 'pending', approvedBy: null, approvedAt: null };
      this.store.db
        .prepare(`INSERT INTO undo_requests (id, user_id, ticket_id, undo, requested_by, reason, evidence, requested_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')`)
        .run(request.id, customer.userId, ticket.id, m.undo, agent.id, m.reason, m.evidence, m.now);
      this.audit.append({ at: m.now, actorId: agent.id, action: 'undo_requested', ticketId: ticket.id, details: { requestId: request.id, undo: m.undo, customerId: customer.id, userId: customer.userId, reason: m.reason, evidence: m.evidence } });
      this.store.logApplied({ idempotencyKey: m.idempotencyKey, ticketId: ticket.id, authorId: agent.id, now: m.now }, 'request_undo', `${request.id} ${m.undo}`);
      return { status: 201, body: { request, alreadyRequested: false }, replayed: false };
    });
  }

  /** Four eyes: applies once; a refused approval is on the audit chain too (who tried to approve what). */
  approve(m: Addressed & { requestId: string }): ProtectionOutcome {
    return this.once(m.idempotencyKey, m.now, () => {
      const row = this.store.db.prepare('SELECT * FROM undo_requests WHERE id = ?').get(m.requestId) as (RequestRow & { user_id: string }) | undefined;
      if (!row) return missing('no_request', `no request ${m.requestId}`);
      const request = toRequest(row);
      const agent = this.store.agent(m.agentId);
      const refusal = agent ? approvalRefusal(agent, request) : { kind: 'forbidden' as const, message: `unknown agent ${m.agentId}` };
      if (refusal) {
        if (refusal.kind === 'forbidden') this.audit.append({ at: m.now, actorId: m.agentId, action: 'undo_approval_refused', ticketId: request.ticketId, details: { requestId: request.id, undo: request.undo, requestedBy: request.requestedBy, reason: refusal.message } });
        return refused(refusal);
      }
      const approved: UndoRequest = { ...request, state: 'approved', approvedBy: m.agentId, approvedAt: m.now };
      this.store.db.prepare(`UPDATE undo_requests SET state = 'approved', approved_by = ?, approved_at = ? WHERE id = ? AND state = 'pending'`).run(m.agentId, m.now, request.id);
      this.audit.append({ at: m.now, actorId: m.agentId, action: 'undo_approved', ticketId: request.ticketId, details: { requestId: request.id, undo: request.undo, requestedBy: request.requestedBy, userId: row.user_id } });
      this.undo(approved, row.user_id, m);
      this.store.logApplied({ idempotencyKey: m.idempotencyKey, ticketId: request.ticketId, authorId: m.agentId, now: m.now }, 'approve_undo', `${request.id} ${request.undo}`);
      return { status: 200, body: { request: approved }, replayed: false };
    });
  }

  /** The account as the back office shows it, with the protections in force: the panel's facts follow a freeze or lock at once. */
  overlay(account: BackOfficeAccount): BackOfficeAccount {
    const inForce = this.inForce(account.userId);
    if (inForce.length === 0) return account;
    const byName = (id: string) => this.store.agent(id)?.name ?? id;
    const frozen = inForce.find((p) => p.action === 'freeze_withdrawals');
    const locked = inForce.find((p) => p.action === 'lock_account');
    const reset = inForce.filter((p) => p.action === 'reset_two_factor').at(-1);
    const locks = [...account.locks];
    if (frozen) locks.unshift({ kind: 'withdrawal_hold', reason: frozen.reason, by: byName(frozen.by), since: frozen.at, until: null });
    if (locked) locks.unshift({ kind: 'account_lock', reason: locked.reason, by: byName(locked.by), since: locked.at, until: null });
    const waiting = new Set(['requested', 'under_review']);
    return {
      ...account,
      locks,
      // A freeze holds every withdrawal that has not left the exchange yet.
      withdrawals: frozen ? account.withdrawals.map((w) => (waiting.has(w.state) ? { ...w, state: 'held', heldBy: byName(frozen.by), holdReason: frozen.reason, updatedAt: Math.max(w.updatedAt, frozen.at) } : w)) : account.withdrawals,
      twoFactor: reset && (account.twoFactor.changedAt ?? 0) <= reset.at ? { enabled: false, method: null, changedAt: reset.at } : account.twoFactor,
    };
  }

  private undo(request: UndoRequest, userId: string, m: Addressed): void {
    const lifts = UNDO_LIFTS[request.undo];
    if (lifts) {
      this.store.db.prepare('UPDATE protections SET lifted_at = ?, lifted_by_request = ? WHERE user_id = ? AND action = ? AND lifted_at IS NULL').run(m.now, request.id, userId, lifts);
      this.audit.append({ at: m.now, actorId: m.agentId, action: 'protection_lifted', ticketId: request.ticketId, details: { protection: lifts, requestId: request.id, requestedBy: request.requestedBy, approvedBy: m.agentId, userId } });
      return;
    }
    const ticket = this.store.ticket(request.ticketId);
    // The requester de-escalates; the approver's key makes the change once.
    if (ticket) this.applyDeescalation({ ticket, authorId: request.requestedBy, reason: request.reason, now: m.now, clientKey: m.idempotencyKey, details: { requestId: request.id, approvedBy: m.agentId } });
  }

  private accountAndTicket(m: AccountAddressed): { customer: Customer; ticket: Ticket } | ProtectionOutcome {
    const customer = this.store.customerByAccount(m.userId, m.email);
    if (!customer) return missing('no_account', `no account for ${m.userId || m.email}`);
    const ticket = this.store.ticket(m.ticketId);
    if (!ticket) return missing('not_found', `no ticket ${m.ticketId}`);
    return { customer, ticket };
  }

  /** The idempotency table the mutations use: a retry with the same key gets the stored first answer, not a second effect. */
  private once(key: string, now: number, apply: () => ProtectionOutcome): ProtectionOutcome {
    return this.store.db.transaction((): ProtectionOutcome => {
      const seen = this.store.db.prepare('SELECT status, body FROM idempotency WHERE key = ?').get(key) as { status: number; body: string } | undefined;
      if (seen) return { status: seen.status, body: JSON.parse(seen.body) as Record<string, unknown>, replayed: true };
      const outcome = apply();
      if (outcome.status < 300) this.store.db.prepare('INSERT INTO idempotency (key, status, body, at) VALUES (?, ?, ?, ?)').run(key, outcome.status, JSON.stringify(outcome.body), now);
      return outcome;
    })();
  }
}
