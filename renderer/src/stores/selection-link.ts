import { rowAt, useQueueStore } from './queue-store';
import { useTicketStore } from './ticket-store';
import { useUiStore } from './ui-store';

/**
 * The 50 tickets around the selection, nearest first and forward first (agents walk the queue
 * downwards), so opening any of them needs no round trip to main.
 */
const PREFETCH_OFFSETS = Array.from({ length: 25 }, (_, i) => [i + 1, -(i + 1)]).flat();

/**
 * Keeps the ticket pane on the queue selection and warms the cache with the neighbours,
 * so j/k shows the next ticket without waiting for main. Returns the unsubscribe.
 */
export function linkSelectionToTicket(): () => void {
  let pending: string[] = [];
  let scheduled = false;
  // After the next paint: warming the cache must not delay showing the ticket just selected.
  const schedulePrefetch = (ids: string[]): void => {
    pending = ids;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        scheduled = false;
        useTicketStore.getState().prefetch(pending);
      }, 0),
    );
  };

  const sync = (): void => {
    const { selectedId, selectedIndex, pages } = useQueueStore.getState();
    const tickets = useTicketStore.getState();
    const row = rowAt(pages, selectedIndex);
    const selectedRow = row && row.id === selectedId ? row : undefined;
    if (selectedId !== tickets.currentId) {
      // Public reply is the safe default on every newly opened ticket.
      useUiStore.getState().setComposerMode('reply');
    }
    tickets.show(selectedId, selectedRow);
    if (selectedId === null || !selectedRow) return;
    const neighbours = PREFETCH_OFFSETS.map((d) => rowAt(pages, selectedIndex + d))
      .filter((r) => r !== undefined)
      .map((r) => r.id);
    schedulePrefetch(neighbours);
  };
  sync();
  return useQueueStore.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId || s.selectedIndex !== prev.selectedIndex || s.pages !== prev.pages) sync();
  });
}
