import { create } from 'zustand';
import type { PendingApprovals, ProtectionOverview, ProtectiveAction, UndoKind } from '../../../preload/contract/protection-types';
import { call, subscribe } from '../bridge';
import { translate } from '../i18n';
import { PROTECTIVE_ACTION_LABEL } from '../lib/protection-wording';
import { useAccountStore } from './account-store';
import { announce } from './announce-store';
import { reportError } from './error-store';

// Protective actions on the open security case and four eyes to undo them: what the back office
// holds for the case's account, the security desk's pending approvals, and the calls that queue
// an action, a request or an approval (each one urgent outbox entry in main).

/** How often the shown case and the pending-approvals list are asked again (a colleague's request or approval). */
const POLL_MS = 5_000;

interface ProtectionState {
  byTicket: Readonly<Record<string, ProtectionOverview>>;
  pending: PendingApprovals | null;
  /** The ticket whose request form is open, and the undo it starts on. */
  requesting: { ticketId: string; undo: UndoKind | null } | null;
  load(ticketId: string): Promise<void>;
  loadPending(): Promise<void>;
  apply(ticketId: string, action: ProtectiveAction): Promise<boolean>;
  openRequest(ticketId: string, undo: UndoKind | null): void;
  closeRequest(): void;
  requestUndo(ticketId: string, undo: UndoKind, reason: string, evidence: string): Promise<boolean>;
  approve(ticketId: string, requestId: string): Promise<boolean>;
}

/** The facts the account panel shows follow a freeze or lock: ask them again once what is in force changed. */
function inForceOf(overview: ProtectionOverview | undefined): string {
  return overview?.kind === 'found' ? overview.inForce.map((p) => `${p.action}@${p.at}`).join(',') : '';
}

export const useProtectionStore = create<ProtectionState>()((set, get) => {
  const refreshAfter = (ticketId: string) => {
    void get().load(ticketId);
    void get().loadPending();
  };
  return {
    byTicket: {},
    pending: null,
    requesting: null,
    async load(ticketId) {
      try {
        const overview = await call('protection.overview', { ticketId });
        const before = get().byTicket[ticketId];
        set((s) => ({ byTicket: { ...s.byTicket, [ticketId]: overview } }));
        if (before && inForceOf(before) !== inForceOf(overview)) void useAccountStore.getState().refreshFacts(ticketId);
      } catch (err) {
        reportError(translate('protection.doing.load'), err);
      }
    },
    async loadPending() {
      try {
        set({ pending: await call('protection.pendingApprovals', {}) });
      } catch {
        // The list keeps its last answer; the next poll asks again.
      }
    },
    async apply(ticketId, action) {
      try {
        await call('protection.apply', { ticketId, action });
        announce(translate('protection.announce.applied', { action: translate(PROTECTIVE_ACTION_LABEL[action]) }));
        refreshAfter(ticketId);
        return true;
      } catch (err) {
        reportError(translate('protection.doing.apply'), err);
        return false;
      }
    },
    openRequest(ticketId, undo) {
      set({ requesting: { ticketId, undo } });
    },
    closeRequest() {
      set({ requesting: null });
    },
    async requestUndo(ticketId, undo, reason, evidence) {
      try {
        await call('protection.requestUndo', { ticketId, undo, reason, evidence });
        announce(translate('protection.announce.requested'));
        set({ requesting: null });
        refreshAfter(ticketId);
        return true;
      } catch (err) {
        reportError(translate('protection.doing.requestUndo'), err);
        return false;
      }
    },
    async approve(ticketId, requestId) {
      try {
        await call('protection.approve', { ticketId, requestId });
        announce(translate('protection.announce.approved'));
        refreshAfter(ticketId);
        return true;
      } catch (err) {
        reportError(translate('protection.doing.approve'), err);
        return false;
      }
    },
  };
});

/** Keeps one case's protections current while it is shown: now, on every outbox change, and every few seconds. */
export function watchProtections(ticketId: string): () => void {
  return keepLoading(() => void useProtectionStore.getState().load(ticketId));
}

/** Keeps the security desk's pending approvals current. */
export function watchPendingApprovals(): () => void {
  return keepLoading(() => void useProtectionStore.getState().loadPending());
}

function keepLoading(load: () => void): () => void {
  load();
  const timer = setInterval(load, POLL_MS);
  const off = subscribe('outbox.changed', load);
  return () => {
    clearInterval(timer);
    off();
  };
}
