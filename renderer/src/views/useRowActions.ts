import { useCallback } from 'react';
import { runAction } from '../keyboard/commands';
import { focusRegion } from '../keyboard/focus';

/** What the mouse does on a queue row, by the row's position in the rendered list. */
export interface RowActions {
  onPick(index: number): void;
  onOpen(index: number): void;
  onToggle(index: number): void;
}

/**
 * The rows' mouse actions, for the flat and the grouped queue alike: a click moves the cursor there,
 * a double click opens the ticket, the checkbox checks it. `moveCursor` is the store's own (a
 * module-level function, so the actions stay stable and the rows do not re-render for them).
 */
export function useRowActions(moveCursor: (index: number) => void): RowActions {
  const onPick = useCallback(
    (index: number) => {
      moveCursor(index);
      focusRegion('queue');
    },
    [moveCursor],
  );
  const onOpen = useCallback(
    (index: number) => {
      moveCursor(index);
      focusRegion('ticket');
    },
    [moveCursor],
  );
  const onToggle = useCallback(
    (index: number) => {
      moveCursor(index);
      focusRegion('queue');
      runAction('selection.toggle', { context: 'queue', element: document.activeElement });
    },
    [moveCursor],
  );
  return { onPick, onOpen, onToggle };
}
