import { create } from 'zustand';
import type { EscalationReason, Topic } from '../../../preload/contract/domain-types';
import type { EscalationNotice, OutboxEntry } from '../../../preload/contract/queue-types';
import { ESCALATION_UNDO_WINDOW_MS, suggestedHold, suggestedReason } from '../../../preload/rules/escalation-defaults';
import { call } from '../bridge';
import { formatKeys } from '../keyboard/keymap';
import { keyPlatform, useSettingsStore } from './settings-store';
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

/** An escalation inside its undo window: nothing of it has left the desk yet. */
export interface PendingEscalation {
  ticketId: string;
  undoUntil: number;
  holdWithdrawals: boolean;
}

const MAX_ALERTS = 5;

interface EscalationState {
  drafts: Readonly<Record<string, EscalationDraft>>;
  /** Escalations that arrived through sync, newest first, until dismissed or opened. */
  alerts: readonly EscalationNotice[];
  /** The last escalation made here while one key can still take it back. */
  pending: PendingEscalation | null;
  draftFor(ticketId: string, topic: Topic | undefined): EscalationDraft;
  setDraft(ticketId: string, patch: Partial<EscalationDraft>, topic: Topic | undefined): void;
  escalate(ticketId: string, topic: Topic | undefined): Promise<boolean>;
  /** Takes back the pending escalation, if its window is still open. */
  withdrawLast(): Promise<boolean>;
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
  pending: null,

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
      const keys = formatKeys(useSettingsStore.getState().bindings['escalation.undo'], keyPlatform);
      announce(translate('escalation.undo.announce', { ticket: ticketId, seconds: ESCALATION_UNDO_WINDOW_MS / 1000, keys }));
      set((s) => {
        const { [ticketId]: _sent, ...rest } = s.drafts;
        return { drafts: rest, pending: { ticketId, undoUntil: Date.now() + ESCALATION_UNDO_WINDOW_MS, holdWithdrawals: draft.holdWithdrawals } };
      });
    }
    return ok;
  },

  async withdrawLast() {
    const pending = get().pending;
    if (!pending) return false;
    set({ pending: null });
    try {
      const { withdrawn } = await call('ticket.withdrawEscalation', { ticketId: pending.ticketId });
      announce(translate(withdrawn ? 'escalation.undo.done' : 'escalation.undo.tooLate', { ticket: pending.ticketId }));
      useTicketStore.getState().invalidate([pending.ticketId]);
      return withdrawn;
    } catch (err) {
      reportError(translate('escalation.undo.error'), err);
      return false;
    }
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
