import type { Agent, AuditExport, Ticket } from '../../../preload/contract';
import { toCsv, verifyChain } from '../audit/audit-chain';
import { holdingReplyFor } from '../domain/holding-reply';
import type { EscalatePayload } from '../domain/outbox-payload';
import { securityActionRefusal, type SecurityAction } from '../domain/security-rights';
import { ESCALATION_UNDO_WINDOW_MS } from '../../../preload/rules/escalation-defaults';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import { OutboxWriter, type OutboxWriterDeps } from './outbox-writer';
import { escapeHiddenInJson } from '../../../preload/contract/customer-text';

export interface EscalationHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
  /** Told when the holding reply could not be added, so it shows in the log. */
  warn: (message: string, details: Record<string, unknown>) => void;
  /** Withdrawals are frozen on the case's account: de-escalating it needs four eyes (protection.requestUndo). */
  deescalationBlocked?: (ticketId: string) => boolean;
}

/** The security desk's channels: escalate, acknowledge or claim, de-escalate, the customer's other tickets, the audit export. */
export function createEscalationHandlers(deps: EscalationHandlerDeps): Pick<ChannelHandlers, 'ticket.escalate' | 'ticket.withdrawEscalation' | 'ticket.acknowledge' | 'ticket.deescalate' | 'ticket.customerTickets' | 'audit.export'> {
  const { cache, now } = deps;
  const writer = new OutboxWriter(deps);

  const ticketOrThrow = (ticketId: string): Ticket => {
    const ticket = cache.tickets.get(ticketId);
    if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
    return ticket;
  };

  const securityOnly = (ticket: Ticket, action: SecurityAction): Agent => {
    const me = deps.agent();
    const refusal = securityActionRefusal(me.role, ticket, action);
    if (refusal) throw new HandlerError('forbidden', refusal);
    return me;
  };

  return {
    'ticket.escalate': ({ ticketId, reason, note, holdWithdrawals }) => {
      const me = deps.agent();
      const ticket = ticketOrThrow(ticketId);
      const holding = holdingReplyFor(cache.macros.list(me.id), ticket, cache.tickets.customer(ticket.customerId), me);
      if (holding.problem) deps.warn('escalation goes without a holding reply', { ticketId, problem: holding.problem });
      const noteText = [note ?? '', holding.problem ? `(No holding reply was sent: ${holding.problem}.)` : ''].filter(Boolean).join('\n');
      const payload: EscalatePayload = { kind: 'escalate', reason, note: noteText, holdWithdrawals, holdingReply: holding.reply, authorId: me.id };
      const at = now();
      return writer.enqueue(ticketId, payload, {
        urgent: true,
        // Nothing reaches the customer from a key pressed by mistake: one undo takes it all back until then.
        notBefore: at + ESCALATION_UNDO_WINDOW_MS,
        alongside: () => {
          cache.audit.append({ at, actorId: me.id, action: 'escalate', ticketId, details: { reason, note: note ?? '', holdingReplyLanguage: holding.reply?.language ?? null } });
          if (holdWithdrawals) cache.audit.append({ at, actorId: me.id, action: 'account_protection_requested', ticketId, details: { customerId: ticket.customerId, hold: 'withdrawals', reason } });
        },
      });
    },

    'ticket.withdrawEscalation': ({ ticketId }) => {
      const me = deps.agent();
      ticketOrThrow(ticketId);
      const at = now();
      const result = cache.durableTransaction(() => {
        const held = cache.outbox.forTicket(ticketId).filter((e) => e.kind === 'escalate').map((e) => e.id);
        const withdrawn = cache.outbox.cancelUnsent(held, deps.sendingIds(), at);
        if (withdrawn.length === 0) return false;
        cache.tickets.refreshEffective(ticketId);
        cache.audit.append({ at, actorId: me.id, action: 'escalation_withdrawn', ticketId, details: { entries: withdrawn } });
        return true;
      });
      if (result) deps.onQueued([ticketId]);
      return { withdrawn: result };
    },

    'ticket.acknowledge': ({ ticketId, claim }) => {
      const ticket = ticketOrThrow(ticketId);
      const me = securityOnly(ticket, claim ? 'claim' : 'acknowledge');
      const at = now();
      return writer.enqueue(
        ticketId,
        { kind: 'acknowledge', claim, authorId: me.id },
        {
          urgent: true,
          alongside: () => cache.audit.append({ at, actorId: me.id, action: claim ? 'claim' : 'acknowledge', ticketId, details: { waitedMs: ticket.acknowledgedAt === null && ticket.escalatedAt !== null ? at - ticket.escalatedAt : null } }),
        },
      );
    },

    'ticket.deescalate': ({ ticketId, reason }) => {
      const ticket = ticketOrThrow(ticketId);
      const me = securityOnly(ticket, 'deescalate');
      if (deps.deescalationBlocked?.(ticketId)) throw new HandlerError('forbidden', `withdrawals are frozen on ticket ${ticketId}'s account: de-escalating needs a second security agent's approval`);
      const at = now();
      return writer.enqueue(ticketId, { kind: 'deescalate', reason, authorId: me.id }, { alongside: () => cache.audit.append({ at, actorId: me.id, action: 'deescalate', ticketId, details: { reason } }) });
    },

    'ticket.customerTickets': ({ ticketId }) => {
      const ticket = ticketOrThrow(ticketId);
      return { tickets: cache.tickets.ofCustomer(ticket.customerId, ticket.id) };
    },

    'audit.export': ({ format, ticketId }): AuditExport => {
      const all = cache.audit.list();
      // The chain is checked whole even for one ticket's export: a slice proves nothing alone.
      const verdict = verifyChain(all);
      const entries = ticketId ? all.filter((e) => e.ticketId === ticketId) : all;
      const stamp = new Date(now()).toISOString().slice(0, 19).replace(/[:T]/g, '-');
      return {
        format,
        // A ticket id comes from the backend: only safe characters reach a file name (no RLO turning `.csv` around).
        filename: `agentdesk-audit-${(ticketId ?? 'all').replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}.${format}`,
        // JSON with hidden characters as \u escapes: parses to the same entries, shows no direction control.
        content: format === 'csv' ? toCsv(entries) : escapeHiddenInJson(JSON.stringify({ entries, verification: verdict }, null, 2)),
        entries: entries.length,
        verification: verdict.ok ? { ok: true, brokenAt: null, reason: null } : { ok: false, brokenAt: verdict.brokenAt, reason: verdict.reason },
      };
    },
  };
}
