import { create } from 'zustand';
import type { PresenceViewer, TicketPresence } from '../../../preload/contract/queue-types';

interface PresenceState {
  /** Other agents per ticket, as main last told; tickets nobody else has open are absent. */
  byTicket: Readonly<Record<string, readonly PresenceViewer[]>>;
  apply(presence: TicketPresence): void;
}

function sameViewers(a: readonly PresenceViewer[], b: readonly PresenceViewer[]): boolean {
  return a.length === b.length && a.every((v, i) => v.agentId === b[i]?.agentId && v.typing === b[i]?.typing && v.name === b[i]?.name);
}

const NOBODY: readonly PresenceViewer[] = [];

export const usePresenceStore = create<PresenceState>()((set, get) => ({
  byTicket: {},
  apply({ ticketId, viewers }) {
    const before = get().byTicket[ticketId] ?? NOBODY;
    // Main re-announces periodically: an unchanged list must not re-render the pane.
    if (sameViewers(before, viewers)) return;
    set((s) => {
      const byTicket: Record<string, readonly PresenceViewer[]> = { ...s.byTicket };
      if (viewers.length === 0) delete byTicket[ticketId];
      else byTicket[ticketId] = viewers;
      return { byTicket };
    });
  },
}));

export const viewersOf = (byTicket: PresenceState['byTicket'], ticketId: string | null): readonly PresenceViewer[] =>
  (ticketId === null ? undefined : byTicket[ticketId]) ?? NOBODY;
