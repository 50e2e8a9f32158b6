import { create } from 'zustand';
import type { EscalationReason, Topic } from '../../../preload/contract/domain-types';
import type { EscalationNotice, OutboxEntry } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { announce } from './announce-store';
import { reportError } from './error-store';
import { useTicketStore } from './ticket-store';
import { isolatedPlainText } from '../../../preload/contract/customer-text';

/** What the escalation controls hold before the key is pressed; the defaults make one key enough. */
export interface EscalationDraft {
  reason: EscalationReason;
  note: string;
  holdWithdrawals: boolean;
}

/** The reason a ticket's topic suggests, so the common case needs no choice at all. */
export function suggestedReason(topic: Topic | undefined): EscalationReason {
  switch (topic) {
    case 'account_compromise':
      return 'account_takeover';
    case 'withdrawal':
      return 'unauthorized_withdrawal';
    case 'phishing':
      return 'phishing_victim';
    case 'two_factor':
    case 'locked_account':
      return 'suspicious_login';
    default:
      return 'other';
  }
}

/** Money can leave in minutes: hold withdrawals unless the reason says nothing was taken or at risk. */
export function suggestedHold(reason: EscalationReason): boolean {
  return reason !== 'other' && reason !== 'phishing_victim';
}

const MAX_ALERTS = 5;

interface EscalationState {
  drafts: Readonly<Record<string, EscalationDraft>>;
  /** Escalations that arrived through sync, newest first, until dismissed or opened. */
  alerts: readonly EscalationNotice[];
  draftFor(ticketId: string, topic: Topic | undefined): EscalationDraft;
  setDraft(ticketId: string, patch: Partial<EscalationDraft>, topic: Topic | undefined): void;
  escalate(ticketId: string, topic: Topic | undefined): Promise<boolean>;
  acknowledge(ticketId: string, claim: boolean): Promise<boolean>;
  deescalate(ticketId: string, reason: string): Promise<boolean>;
  arrived(notices: readonly EscalationNotice[]): void;
  dismiss(ticketId: string): void;
}

async function queued(action: string, ticketId: string, send: () => Promise<{ entry: OutboxEntry }>): Promise<boolean> {
  try {
    const receipt = await send();
    useTicketStore.getState().applyOutbox([receipt.entry]);
    useTicketStore.getState().invalidate([ticketId]);
    return true;
  } catch (err) {
    reportError(action, err);
    return false;
  }
}

export const useEscalationStore = create<EscalationState>()((set, get) => ({
  drafts: {},
  alerts: [],

  draftFor(ticketId, topic) {
    const existing = get().drafts[ticketId];
    if (existing) return existing;
    const reason = suggestedReason(topic);
    return { reason, note: '', holdWithdrawals: suggestedHold(reason) };
  },

  setDraft(ticketId, patch, topic) {
    const current = get().draftFor(ticketId, topic);
    const next = { ...current, ...patch };
    // Changing the reason resets the hold to what that reason suggests, unless it was set in the same change.
    if (patch.reason !== undefined && patch.holdWithdrawals === undefined) next.holdWithdrawals = suggestedHold(patch.reason);
    set((s) => ({ drafts: { ...s.drafts, [ticketId]: next } }));
  },

  async escalate(ticketId, topic) {
    const draft = get().draftFor(ticketId, topic);
    const ok = await queued(translate('security.action.escalate'), ticketId, () =>
      call('ticket.escalate', { ticketId, reason: draft.reason, holdWithdrawals: draft.holdWithdrawals, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) }),
    );
    if (ok) {
      announce(translate(draft.holdWithdrawals ? 'security.announce.escalatedWithHold' : 'security.announce.escalated'));
      set((s) => {
        const { [ticketId]: _sent, ...rest } = s.drafts;
        return { drafts: rest };
      });
    }
    return ok;
  },

  async acknowledge(ticketId, claim) {
    const ok = await queued(translate(claim ? 'security.action.claim' : 'security.action.acknowledge'), ticketId, () => call('ticket.acknowledge', { ticketId, claim }));
    if (ok) {
      announce(translate(claim ? 'security.announce.claimed' : 'security.announce.acknowledged'));
      get().dismiss(ticketId);
    }
    return ok;
  },

  async deescalate(ticketId, reason) {
    const ok = await queued(translate('security.action.deescalate'), ticketId, () => call('ticket.deescalate', { ticketId, reason }));
    if (ok) announce(translate('security.announce.deescalated'));
    return ok;
  },

  arrived(notices) {
    set((s) => {
      const fresh = notices.filter((n) => !s.alerts.some((a) => a.ticketId === n.ticketId));
      return { alerts: [...fresh, ...s.alerts].slice(0, MAX_ALERTS) };
    });
    const first = notices[0];
    if (first) announce(translate('security.announce.arrived', { subject: isolatedPlainText(first.subject), more: notices.length - 1 }));
  },

  dismiss(ticketId) {
    set((s) => ({ alerts: s.alerts.filter((a) => a.ticketId !== ticketId) }));
  },
}));
