import { useEffect } from 'react';
import { useQueueStore } from '../stores/queue-store';
import { useTicketStore } from '../stores/ticket-store';
import { useUiStore } from '../stores/ui-store';
import { useErrorStore } from '../stores/error-store';
import { revealQueueIndex } from '../views/queue-reveal';
import { focusRegion, isActivatable, isEditable, regionOf } from './focus';
import { resolveShortcut, type FocusRegion, type ShortcutAction } from './keymap';

function perform(action: ShortcutAction, region: FocusRegion): void {
  const queue = useQueueStore.getState();
  switch (action.type) {
    case 'move':
      queue.move(action.delta);
      revealQueueIndex(useQueueStore.getState().selectedIndex);
      // From nowhere (body) the listbox takes focus so aria-activedescendant is announced.
      if (region === 'other') focusRegion('queue');
      return;
    case 'edge':
      queue.moveToEdge(action.edge);
      revealQueueIndex(useQueueStore.getState().selectedIndex);
      if (region === 'other') focusRegion('queue');
      return;
    case 'open':
      if (useTicketStore.getState().currentId !== null) focusRegion('ticket');
      return;
    case 'back':
      if (region === 'composer') {
        if (!focusRegion('ticket')) focusRegion('queue');
      } else if (region === 'ticket' || region === 'other') {
        focusRegion('queue');
        queue.revealSelection();
      } else {
        // Already in the queue: Esc dismisses the newest error banner, if any.
        const errors = useErrorStore.getState();
        const last = errors.errors.at(-1);
        if (last) errors.dismiss(last.id);
      }
      return;
    case 'compose': {
      const ticketId = useTicketStore.getState().currentId;
      if (ticketId === null) return;
      useUiStore.getState().requestComposerFocus(ticketId, action.mode);
      // If the composer is already mounted, focus it now; otherwise it honours the request on mount.
      if (focusRegion('composer')) useUiStore.getState().clearComposerFocus();
      return;
    }
    case 'view':
      queue.setView(action.view);
      focusRegion('queue');
      return;
  }
}

/** One window-level keydown listener for the whole app. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const region = regionOf(e.target);
      const action = resolveShortcut(e, {
        region,
        editable: isEditable(e.target),
        activatable: isActivatable(e.target),
      });
      if (!action) return;
      e.preventDefault();
      perform(action, region);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
