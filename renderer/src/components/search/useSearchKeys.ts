import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../preload/contract/queue-types';
import { translate } from '../../i18n';
import { openTicket } from '../../keyboard/commands';
import { focusRegion } from '../../keyboard/focus';
import { announce } from '../../stores/announce-store';
import { useSearchStore } from '../../stores/search-store';
import { customerPlain } from '../CustomerText';

/**
 * Choosing a hit opens it in the pane (the queue selection follows when it is in the view). In the
 * box, ↑/↓ move through the hits, Enter opens the active one (or the first), Esc goes back to the queue.
 */
export function useSearchKeys(active: SearchHit | undefined, hits: readonly SearchHit[]) {
  const { setOpen, moveActive, clear } = useSearchStore.getState();

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    setOpen(false);
    void openTicket(hit.ticketId).then(() => {
      focusRegion('ticket');
      announce(translate('app.announce.opened', { id: customerPlain(hit.ticketId), subject: customerPlain(hit.subject) }));
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        moveActive(e.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        e.preventDefault();
        choose(active ?? hits[0]);
        return;
      case 'Escape':
        e.preventDefault();
        clear();
        focusRegion('queue');
        return;
    }
  };

  return { choose, onKeyDown };
}
