import type { Message, MutationOutcome, Ticket } from './wire-types';
import { AuditLogTable } from '../services/audit/audit-log-table';
import { applyEscalation } from '../services/domain/escalation-effects';
import { deescalationNoteText, escalationNoteText } from '../services/domain/escalation-text';
import type { AcknowledgePayload, DeescalatePayload, EscalatePayload } from '../services/domain/outbox-payload';
import { securityActionRefusal, ticketChangeRefusal } from '../services/domain/security-rights';
import type { TicketChanges } from '../services/domain/ticket-changes';
import type { AgentMutation, BackendStore } from './backend-store';
import { notFound } from './ticket-effects';
import { BackendProtections } from './backend-protections';

type Outcome = MutationOutcome & { replayed: boolean };
type Without<P> = Omit<P, 'kind' | 'authorId'>;

/**
 * The security desk's rules on the embedded backend: escalate, acknowledge or claim, de-escalate.
 * Each runs once per idempotency key, in one transaction with its audit entries.
 */
export class BackendEscalations {
  private readonly audit: AuditLogTable;
  /** The back office's protective actions and four eyes to undo them; approving a de-escalation comes back here. */
  readonly protections: BackendProtections;

  constructor(private readonly store: BackendStore) {
    this.audit = new AuditLogTable(store.db);
    this.protections = new BackendProtections(store, this.audit, (input) => this.applyDeescalation(input));
  }

  get auditLog(): AuditLogTable {
    return this.audit;
  }

  /** Never refused for a stale version: an escalation is absolute and must always land. */
  escalate(m: AgentMutation & Without<EscalatePayload>): Outcome {
    return this.store.once(m.idempotencyKey, m.now, () => {
      const ticket = this.store.ticket(m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const note = this.message(ticket, m, 'note', escalationNoteText(m), m.idempotencyKey, 1);
      const messages = [note];
      if (m.holdingReply) messages.push(this.message(ticket, m, 'reply', m.holdingReply.body, `${m.idempotencyKey}.reply`, 2));
      let next: Ticket = { ...applyEscalation(ticket, { ...m, kind: 'escalate' }, m.now), version: ticket.version + 1, updatedAt: m.now };
      if (m.holdingReply) next = { ...next, firstResponseAt: next.firstResponseAt ?? m.now };
      for (const message of messages) this.store.insertMessage(message);
      this.store.writeTicket(next, messages.map((x) => x.id));
      this.audit.append({ at: m.now, actorId: m.authorId, action: 'escalate', ticketId: ticket.id, details: { reason: m.reason, note: m.note, holdingReplyLanguage: m.holdingReply?.language ?? null } });
      if (m.holdWithdrawals) {
        this.audit.append({ at: m.now, actorId: m.authorId, action: 'account_protection_requested', ticketId: ticket.id, details: { customerId: ticket.customerId, hold: 'withdrawals', reason: m.reason } });
      }
      this.store.logApplied(m, 'escalate', `${m.reason}${m.holdWithdrawals ? ', hold withdrawals' : ''}`);
      return { status: 201, body: { ticket: next, message: note } };
    });
  }

  acknowledge(m: AgentMutation & Without<AcknowledgePayload>): Outcome {
    return this.store.once(m.idempotencyKey, m.now, () => {
      const ticket = this.store.ticket(m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const refused = this.refusal(m.authorId, ticket, m.claim ? 'claim' : 'acknowledge');
      if (refused) return refused;
      const next: Ticket = { ...applyEscalation(ticket, { kind: 'acknowledge', authorId: m.authorId, claim: m.claim }, m.now), version: ticket.version + 1, updatedAt: m.now };
      this.store.writeTicket(next, null);
      this.audit.append({ at: m.now, actorId: m.authorId, action: m.claim ? 'claim' : 'acknowledge', ticketId: ticket.id, details: { waitedMs: ticket.acknowledgedAt === null ? m.now - (ticket.escalatedAt ?? m.now) : null } });
      this.store.logApplied(m, m.claim ? 'claim' : 'acknowledge', m.claim ? `claimed by ${m.authorId}` : 'acknowledged');
      return { status: 200, body: { ticket: next } };
    });
  }

  deescalate(m: AgentMutation & Without<DeescalatePayload>): Outcome {
    return this.store.once(m.idempotencyKey, m.now, () => {
      const ticket = this.store.ticket(m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const refused = this.refusal(m.authorId, ticket, 'deescalate');
      if (refused) return refused;
      // Four eyes: with withdrawals frozen, only an approved request de-escalates (API.md, "Protective actions").
      if (this.protections.freezeOnCase(ticket)) return { status: 403, body: { error: 'forbidden', message: `withdrawals are frozen on ticket ${ticket.id}'s account: de-escalating needs a second security agent's approval` } };
      const { next, note } = this.applyDeescalation({ ticket, authorId: m.authorId, reason: m.reason, now: m.now, clientKey: m.idempotencyKey, details: {} });
      this.store.logApplied(m, 'deescalate', m.reason);
      return { status: 200, body: { ticket: next, message: note } };
    });
  }

  /** The case back to the ordinary queue with the note and the audit entry; call inside a transaction. */
  private applyDeescalation(input: { ticket: Ticket; authorId: string; reason: string; now: number; clientKey: string; details: Record<string, unknown> }): { next: Ticket; note: Message } {
    const { ticket, authorId, reason, now } = input;
    const note = this.message(ticket, { idempotencyKey: input.clientKey, ticketId: ticket.id, authorId, now }, 'note', deescalationNoteText(reason), input.clientKey, 1);
    const next: Ticket = { ...applyEscalation(ticket, { kind: 'deescalate', authorId, reason }, now), version: ticket.version + 1, updatedAt: now };
    this.store.insertMessage(note);
    this.store.writeTicket(next, note.id);
    this.audit.append({ at: now, actorId: authorId, action: 'deescalate', ticketId: ticket.id, details: { reason, ...input.details } });
    return { next, note };
  }

  /** Ordinary ticket changes, with the one security rule: only security solves or closes a security case. */
  updateTicket(m: AgentMutation & { changes: TicketChanges; baseVersion: number }): Outcome {
    return this.store.db.transaction((): Outcome => {
      const ticket = this.store.ticket(m.ticketId);
      const agent = this.store.agent(m.authorId);
      if (ticket && agent) {
        const reason = ticketChangeRefusal(agent.role, ticket, m.changes);
        if (reason) return { status: 403, body: { error: 'forbidden', message: reason }, replayed: false };
      }
      const outcome = this.store.updateTicket(m);
      if (!outcome.replayed && outcome.status === 200 && ticket?.security && (m.changes.status === 'solved' || m.changes.status === 'closed')) {
        this.audit.append({ at: m.now, actorId: m.authorId, action: 'resolve', ticketId: ticket.id, details: { status: m.changes.status } });
      }
      return outcome;
    })();
  }

  private refusal(authorId: string, ticket: Ticket, action: 'acknowledge' | 'claim' | 'deescalate'): MutationOutcome | null {
    const agent = this.store.agent(authorId);
    const reason = agent ? securityActionRefusal(agent.role, ticket, action) : `unknown agent ${authorId}`;
    return reason ? { status: 403, body: { error: 'forbidden', message: reason } } : null;
  }

  private message(ticket: Ticket, m: AgentMutation, kind: 'reply' | 'note', body: string, clientKey: string, offset: number): Message {
    return {
      id: `M-${ticket.id.replace(/^T-/, '')}-${this.store.nextMessageNumber(ticket.id) + offset - 1}`,
      ticketId: ticket.id,
      authorType: 'agent',
      authorId: m.authorId,
      kind,
      body,
      createdAt: m.now,
      clientKey,
    };
  }
}
