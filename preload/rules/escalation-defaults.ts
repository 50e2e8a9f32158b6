import type { EscalationReason, Topic } from '../contract/domain-types';

/**
 * What one escalation key does when the agent chooses nothing: a reason from the ticket's topic,
 * and the withdrawal hold only when that reason means money is at risk now. Shared by the desk,
 * the executive desk and main, so every path escalates alike.
 */

/** How long an escalation waits on the desk, undoable with one key, before anything reaches the customer or the backend. */
export const ESCALATION_UNDO_WINDOW_MS = 5_000;

/** Reasons that mean money can leave the account in minutes: only these preset the withdrawal hold. */
const MONEY_AT_RISK: ReadonlySet<EscalationReason> = new Set(['account_takeover', 'unauthorized_withdrawal', 'sim_swap']);

/**
 * The reason a topic suggests. A withdrawal topic alone ("my withdrawal is late", the largest group
 * in a crash) says nothing about theft: it suggests no reason of its own.
 */
export function suggestedReason(topic: Topic | undefined): EscalationReason {
  switch (topic) {
    case 'account_compromise':
      return 'account_takeover';
    case 'phishing':
      return 'phishing_victim';
    case 'two_factor':
    case 'locked_account':
      return 'suspicious_login';
    default:
      return 'other';
  }
}

export function suggestedHold(reason: EscalationReason): boolean {
  return MONEY_AT_RISK.has(reason);
}
