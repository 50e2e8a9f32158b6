import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { useNow } from '../lib/clock';
import { formatAgo } from '../lib/format';
import { focusRegion } from '../keyboard/focus';
import { useTicketStore } from '../stores/ticket-store';

/** Delivered entries are history; a few are enough to confirm that sending works. */
const MAX_DELIVERED_SHOWN = 3;

const KIND_LABELS: Record<OutboxEntry['kind'], string> = {
  reply: 'Reply',
  note: 'Note',
  update: 'Ticket update',
};

export function OutboxList({ entries }: { entries: OutboxEntry[] }) {
  const retry = useTicketStore((s) => s.retry);
  const now = useNow(5000);
  // Oldest first, like the conversation: the newest entry sits at the bottom, next to the composer.
  const chronological = [...entries].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const recentDelivered = new Set(
    chronological.filter((e) => e.state === 'delivered').slice(-MAX_DELIVERED_SHOWN),
  );
  const shown = chronological.filter((e) => e.state !== 'delivered' || recentDelivered.has(e));
  if (shown.length === 0) return null;

  return (
    <section className="outbox" aria-label="Outbox for this ticket">
      <h3 className="section-title">Outbox</h3>
      <ul className="outbox-list">
        {shown.map((e) => (
          <li key={e.id} className={`outbox-entry outbox-${e.state}`} data-testid="outbox-entry" data-state={e.state} data-entry-id={e.id}>
            <span className={`badge badge-outbox-${e.state}`}>{e.state}</span>
            <span className="outbox-kind">{KIND_LABELS[e.kind]}</span>
            <span className="outbox-time">
              {e.state === 'delivered' && e.deliveredAt !== null
                ? `delivered ${formatAgo(e.deliveredAt, now)}`
                : `queued ${formatAgo(e.createdAt, now)}`}
              {e.attempts > 1 ? ` · ${e.attempts} attempts` : ''}
            </span>
            {e.lastError && e.state !== 'delivered' && (
              <span className="outbox-error" title={e.lastError}>
                {e.lastError}
              </span>
            )}
            {e.state === 'failed' && (
              <button
                type="button"
                className="btn btn-small btn-retry"
                aria-label={`Retry sending ${KIND_LABELS[e.kind].toLowerCase()} queued ${formatAgo(e.createdAt, now)}`}
                onClick={() => {
                  void retry(e.id);
                  // The button vanishes once the entry is pending again; keep focus in the pane.
                  focusRegion('ticket');
                }}
              >
                Retry
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
