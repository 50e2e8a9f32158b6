import type { ConnectionState } from '../../preload/contract/queue-types';
import { subscribe } from './bridge';
import { translate, type MessageId } from './i18n';
import { debounce } from './lib/debounce';
import { openTicket } from './keyboard/commands';
import { notifyEscalations } from './lib/desktop-notifications';
import { announce } from './stores/announce-store';
import { useEscalationStore } from './stores/escalation-store';
import { usePresenceStore } from './stores/presence-store';
import { useQueueStore } from './stores/queue-store';
import { useSyncStore } from './stores/sync-store';
import { useTicketStore } from './stores/ticket-store';

const CONNECTION_WORDS: Record<ConnectionState, MessageId> = {
  connecting: 'ticket.connection.connecting',
  bootstrapping: 'ticket.connection.bootstrapping',
  online: 'ticket.connection.online',
  offline: 'ticket.connection.offline',
  error: 'ticket.connection.error',
};

/** Wires main's pushed events into the stores. Returns one function that unsubscribes all. */
export function startLiveUpdates(): () => void {
  let changedIds = new Set<string>();
  let queueChanged = false;

  // Bursts (bootstrap, batch syncs) collapse into one refetch; maxWait keeps it live meanwhile.
  const flushTickets = debounce(
    () => {
      const ids = [...changedIds];
      const orderChanged = queueChanged;
      changedIds = new Set();
      queueChanged = false;
      useQueueStore.getState().refresh(ids, orderChanged);
      useTicketStore.getState().invalidate(ids);
    },
    150,
    1000,
  );
  const refreshCounts = debounce(() => useQueueStore.getState().refreshCounts(), 1000, 5000);

  let lastConnection: ConnectionState | null = useSyncStore.getState().status?.connection ?? null;

  const unsubscribers = [
    subscribe('tickets.changed', (payload) => {
      for (const id of payload.ticketIds) changedIds.add(id);
      if (payload.queueChanged) {
        queueChanged = true;
        refreshCounts();
      }
      flushTickets();
    }),
    subscribe('outbox.changed', (payload) => {
      useTicketStore.getState().applyOutbox(payload.entries);
    }),
    subscribe('escalation.arrived', ({ tickets }) => {
      useEscalationStore.getState().arrived(tickets);
      notifyEscalations(tickets, (ticketId) => void openTicket(ticketId));
    }),
    subscribe('presence.changed', (presence) => {
      usePresenceStore.getState().apply(presence);
    }),
    subscribe('sync.status', (status) => {
      useSyncStore.getState().set(status);
      if (status.connection !== lastConnection) {
        lastConnection = status.connection;
        announce(translate(CONNECTION_WORDS[status.connection]));
      }
    }),
  ];

  return () => {
    flushTickets.cancel();
    refreshCounts.cancel();
    for (const off of unsubscribers) off();
  };
}
