import { ESCALATION_REASON_LABELS } from '../../../preload/contract';
import type { EscalatePayload } from './outbox-payload';


/** The internal note an escalation leaves on the case: what happened, why, and what was asked. */
export function escalationNoteText(p: Pick<EscalatePayload, 'reason' | 'note' | 'holdWithdrawals'>): string {
  const lines = [`Escalated to security: ${ESCALATION_REASON_LABELS[p.reason]}.`];
  if (p.note.trim()) lines.push(p.note.trim());
  if (p.holdWithdrawals) lines.push('Account protection requested: hold withdrawals.');
  return lines.join('\n');
}

export function deescalationNoteText(reason: string): string {
  return `De-escalated by security: ${reason}`;
}
