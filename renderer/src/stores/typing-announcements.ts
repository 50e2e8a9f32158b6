import { currentIntl, translate } from '../i18n';
import { announce } from './announce-store';
import { usePresenceStore, viewersOf } from './presence-store';
import { useTicketStore } from './ticket-store';

/** Walking the queue with j/k, only the ticket the agent stops on is worth a sentence. */
const ARRIVAL_SETTLE_MS = 300;

function sentence(names: string[]): string {
  return translate('app.presence.typingAnnounce', { names: currentIntl().formatList(names, { type: 'conjunction' }), count: names.length });
}

/**
 * Says once, politely, when a colleague types on the open ticket: not on every periodic
 * re-announcement from main, again only after they stopped and started anew or the agent
 * came back to the ticket. Returns the unsubscribe.
 */
export function linkTypingAnnouncements(): () => void {
  let ticketId: string | null = null;
  let announced = new Set<string>();

  const check = (): void => {
    const current = useTicketStore.getState().currentId;
    if (current !== ticketId) {
      ticketId = current;
      announced = new Set();
    }
    const typing = viewersOf(usePresenceStore.getState().byTicket, current).filter((v) => v.typing);
    const typingIds = new Set(typing.map((v) => v.agentId));
    for (const id of announced) if (!typingIds.has(id)) announced.delete(id);
    const fresh = typing.filter((v) => !announced.has(v.agentId));
    if (fresh.length === 0) return;
    for (const v of fresh) announced.add(v.agentId);
    announce(sentence(fresh.map((v) => v.name)));
  };

  let arrival: ReturnType<typeof setTimeout> | null = null;
  const offPresence = usePresenceStore.subscribe((s, prev) => {
    if (s.byTicket !== prev.byTicket && arrival === null) check();
  });
  const offTicket = useTicketStore.subscribe((s, prev) => {
    if (s.currentId === prev.currentId) return;
    if (arrival !== null) clearTimeout(arrival);
    arrival = setTimeout(() => {
      arrival = null;
      check();
    }, ARRIVAL_SETTLE_MS);
  });
  return () => {
    offPresence();
    offTicket();
    if (arrival !== null) clearTimeout(arrival);
  };
}
