import { rowAt, useQueueStore } from './queue-store';
import { useTicketStore } from './ticket-store';
import { useUiStore } from './ui-store';

const PREFETCH_OFFSETS = [1, 2, 3, -1];

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
    // Mostly forward: agents walk the queue downwards.
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
