import { approvalRefusal, deescalationNeedsApproval, protectiveActionRefusal, undoRequestRefusal } from '../../../preload/rules/protective-actions';
import {
  type Agent,
  type PendingApprovals,
  type ProtectionInForce,
  type ProtectionOverview,
  type QueuedProtection,
  type Ticket,
  type UndoRequest,
} from '../../../preload/contract';
import { BackOfficeError, type BackOfficeConnector } from '../back-office/back-office-connector';
import { isBackOfficePayload, type AccountRef, type BackOfficePayload } from '../domain/outbox-payload';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import type { CustomerDataGuard } from './customer-data-guard';
import { OutboxWriter, type OutboxWriterDeps } from './outbox-writer';

export interface ProtectionHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
  backOffice: () => BackOfficeConnector | null;
  guard: CustomerDataGuard;
}

type ProtectionChannels = 'protection.apply' | 'protection.requestUndo' | 'protection.approve' | 'protection.overview' | 'protection.pendingApprovals';

/** What this desk last heard from the back office, so it refuses early what the back office would refuse anyway. */
interface LastWord {
  inForce: Map<string, ProtectionInForce[]>;
  requests: Map<string, UndoRequest>;
}

/**
 * Protective actions from a security case and four eyes to undo them. Each is one urgent outbox
 * entry (delivered to the back office by back-office/protective-delivery.ts) committed with its
 * entry on the desk's audit chain; the back office runs the same rules again whatever arrives.
 */
export function createProtectionHandlers(deps: ProtectionHandlerDeps): Pick<ChannelHandlers, ProtectionChannels> & { deescalationBlocked(ticketId: string): boolean } {
  const { cache, now, guard } = deps;
  const writer = new OutboxWriter(deps);
  const last: LastWord = { inForce: new Map(), requests: new Map() };

  const securityCase = (ticketId: string): { ticket: Ticket; account: AccountRef } => {
    const ticket = cache.tickets.get(ticketId);
    if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
    if (!ticket.security) throw new HandlerError('forbidden', `ticket ${ticketId} is not a security case`);
    const customer = cache.tickets.customer(ticket.customerId);
    if (!customer || (!customer.userId && !customer.email)) throw new HandlerError('not_found', `ticket ${ticketId} has no customer account to protect`);
    return { ticket, account: { userId: customer.userId, email: customer.email } };
  };
  const securityAgent = (refusal: { message: string } | null): Agent => {
    if (refusal) throw new HandlerError('forbidden', refusal.message);
    return deps.agent();
  };

  /** This desk's protective entries of the ticket not yet settled: what the agent just did. */
  const queued = (ticketId: string): QueuedProtection[] =>
    cache.outbox
      .forTicket(ticketId)
      .filter((e) => isBackOfficePayload(e.payload) && (e.state === 'pending' || e.state === 'failed'))
      .map((e) => {
        const p = e.payload as BackOfficePayload;
        const inFlight = deps.sendingIds().has(e.id);
        return {
          entryId: e.id,
          kind: p.kind,
          action: p.kind === 'protect' ? p.action : null,
          undo: p.kind === 'request_undo' ? p.undo : null,
          requestId: p.kind === 'approve_undo' ? p.requestId : null,
          state: e.state === 'pending' && inFlight ? 'sending' : e.state,
        };
      });

  /** What is in force as far as this desk knows: the back office's last word and its own freezes on the way. */
  const knownInForce = (ticketId: string): ProtectionInForce[] | null => {
    const mine = queued(ticketId).flatMap((q) => (q.kind === 'protect' && q.action && q.state !== 'failed' ? [{ action: q.action, ticketId, by: deps.agent().id, at: now(), reason: '' }] : []));
    const heard = last.inForce.get(ticketId);
    return heard || mine.length > 0 ? [...(heard ?? []), ...mine] : null;
  };

  const failure = (error: unknown) => {
    if (error instanceof BackOfficeError) return error.kind;
    throw error;
  };

  return {
    'protection.apply': ({ ticketId, action, note }) => {
      const me = securityAgent(protectiveActionRefusal(deps.agent().role));
      const { ticket, account } = securityCase(ticketId);
      const reason = note?.trim() || `Security case ${ticketId}`;
      const at = now();
      return writer.enqueue(ticketId, { kind: 'protect', action, account, reason, authorId: me.id }, {
        urgent: true,
        alongside: () => cache.audit.append({ at, actorId: me.id, action: 'protective_action', ticketId, details: { protection: action, customerId: ticket.customerId, reason } }),
      });
    },

    'protection.requestUndo': ({ ticketId, undo, reason, evidence }) => {
      const { ticket, account } = securityCase(ticketId);
      const inForce = knownInForce(ticketId);
      // Without a word from the back office yet, only the role is checked here; the back office checks the rest.
      const me = securityAgent(undoRequestRefusal(deps.agent().role, undo, inForce ?? [{ action: 'freeze_withdrawals' }, { action: 'lock_account' }]));
      const at = now();
      return writer.enqueue(ticketId, { kind: 'request_undo', undo, account, reason, evidence, authorId: me.id }, {
        urgent: true,
        alongside: () => cache.audit.append({ at, actorId: me.id, action: 'undo_requested', ticketId, details: { undo, customerId: ticket.customerId, reason, evidence } }),
      });
    },

    'protection.approve': ({ ticketId, requestId }) => {
      const me = deps.agent();
      if (!cache.tickets.get(ticketId)) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
      const known = last.requests.get(requestId);
      securityAgent(approvalRefusal(me, known ?? { id: requestId, requestedBy: '', state: 'pending' }));
      const at = now();
      return writer.enqueue(ticketId, { kind: 'approve_undo', requestId, authorId: me.id }, {
        urgent: true,
        alongside: () => cache.audit.append({ at, actorId: me.id, action: 'undo_approved', ticketId, details: { requestId, undo: known?.undo ?? null, requestedBy: known?.requestedBy ?? null } }),
      });
    },

    'protection.overview': async ({ ticketId }): Promise<ProtectionOverview> => {
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
      const customer = cache.tickets.customer(ticket.customerId);
      const office = deps.backOffice();
      const mine = queued(ticketId);
      if (!office?.protections) return { kind: 'not_configured', queued: mine };
      if (!customer || (!customer.userId && !customer.email)) return { kind: 'failed', reason: 'unknown_customer', queued: mine };
      try {
        const held = await office.protections({ userId: customer.userId, email: customer.email });
        last.inForce.set(ticketId, held.inForce);
        for (const r of held.requests) last.requests.set(r.id, r);
        // The reasons and evidence are the agents' words, and may quote the customer: masked as any text is.
        return { kind: 'found', inForce: held.inForce.map((p) => ({ ...p, reason: guard.plain(p.reason) })), requests: held.requests.map((r) => maskRequest(guard, r)), queued: mine };
      } catch (error) {
        return { kind: 'failed', reason: failure(error), queued: mine };
      }
    },

    'protection.pendingApprovals': async (): Promise<PendingApprovals> => {
      if (deps.agent().role !== 'security') throw new HandlerError('forbidden', 'only security agents see the pending approvals');
      const office = deps.backOffice();
      if (!office?.pendingApprovals) return { requests: [], failure: 'not_configured' };
      try {
        const requests = await office.pendingApprovals();
        for (const r of requests) last.requests.set(r.id, r);
        return {
          requests: requests.map((r) => {
            const ticket = cache.tickets.get(r.ticketId);
            return { ...maskRequest(guard, r), subject: ticket ? guard.plain(ticket.subject) : null, language: ticket?.language ?? null };
          }),
          failure: null,
        };
      } catch (error) {
        return { requests: [], failure: failure(error) };
      }
    },

    deescalationBlocked: (ticketId) => deescalationNeedsApproval(knownInForce(ticketId) ?? []),
  };
}

function maskRequest(guard: CustomerDataGuard, r: UndoRequest): UndoRequest {
  return { ...r, reason: guard.plain(r.reason), evidence: guard.plain(r.evidence) };
}
