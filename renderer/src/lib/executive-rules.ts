import type { EscalationReason } from '../../../preload/contract/domain-types';
import type { OutboxEntry, TicketDetail } from '../../../preload/contract/queue-types';
import { suggestedHold, suggestedReason } from '../../../preload/rules/escalation-defaults';

// What executive mode allows when: plain rules over its state, shared by the store, the keys and the view.

/**
 * idle: nothing taken yet · taking: asking main for the next ticket · empty: nobody is waiting ·
 * working: a ticket is open, the reply not sent · sent / escalated: done with it, take the next.
 */
export type ExecutivePhase = 'idle' | 'taking' | 'empty' | 'working' | 'sent' | 'escalated';

export function canTakeNext(s: { phase: ExecutivePhase }): boolean {
  return s.phase === 'idle' || s.phase === 'empty' || s.phase === 'sent' || s.phase === 'escalated';
}

/** The ticket is with security already (escalated here or before): nothing to escalate. */
export function alreadyEscalated(detail: TicketDetail | null): boolean {
  return detail !== null && (detail.ticket.escalatedAt !== null || detail.ticket.security || detail.outbox.some((e) => e.kind === 'escalate' && e.state !== 'discarded' && e.state !== 'failed'));
}

export function canEscalate(s: { phase: ExecutivePhase; detail: TicketDetail | null; escalating: boolean }): boolean {
  return (s.phase === 'working' || s.phase === 'sent') && !s.escalating && s.detail !== null && !alreadyEscalated(s.detail);
}

/** The default an executive escalates with: the reason the topic suggests, and the hold that reason calls for. */
export function escalationDefaults(detail: TicketDetail | null): { reason: EscalationReason; holdWithdrawals: boolean } {
  const reason = suggestedReason(detail?.ticket.topic);
  return { reason, holdWithdrawals: suggestedHold(reason) };
}

/** Taken and not answered: the customer has the last word and nothing of ours is on its way. */
export function awaitsAnswer(detail: TicketDetail): boolean {
  const last = detail.messages.at(-1);
  return last !== undefined && last.authorType === 'customer' && !detail.ticket.security && (detail.ticket.status === 'new' || detail.ticket.status === 'open');
}

export function entryOf(detail: TicketDetail | null, entryId: number | null): OutboxEntry | null {
  if (detail === null || entryId === null) return null;
  return detail.outbox.find((e) => e.id === entryId) ?? null;
}
