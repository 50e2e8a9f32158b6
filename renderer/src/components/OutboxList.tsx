import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { useNow } from '../lib/clock';
import { formatAgo } from '../lib/format';
import { focusRegion } from '../keyboard/focus';
import { announce } from '../stores/announce-store';
import { useTicketStore } from '../stores/ticket-store';

/** Delivered entries are history; a few are enough to confirm that sending works. */
const MAX_DELIVERED_SHOWN = 3;

const KIND_LABELS: Record<OutboxEntry['kind'], string> = {
  reply: 'Reply',
  note: 'Note',
  update: 'Ticket update',
  escalate: 'Security escalation',
  acknowledge: 'Security acknowledgement',
  deescalate: 'De-escalation',
};

const STATE_LABELS: Record<OutboxEntry['state'], string> = {
  pending: 'pending',
  sending: 'sending',
  delivered: 'delivered',
  failed: 'failed',
  discarded: 'discarded',
};

/** Main marks a change refused because the ticket moved on with this prefix. */
export const isConflict = (e: OutboxEntry): boolean => e.state === 'failed' && (e.lastError?.startsWith('conflict:') ?? false);

const describeEntry = (e: OutboxEntry): string => e.summary || KIND_LABELS[e.kind];

export function OutboxList({ entries }: { entries: OutboxEntry[] }) {
  const retry = useTicketStore((s) => s.retry);
  const discard = useTicketStore((s) => s.discard);
  const now = useNow(5000);
  // Oldest first, like the conversation: the newest entry sits at the bottom, next to the composer.
  // Discarded entries were the agent's own decision: nothing left to see or do.
  const chronological = entries
    .filter((e) => e.state !== 'discarded')
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const recentDelivered = new Set(
    chronological.filter((e) => e.state === 'delivered').slice(-MAX_DELIVERED_SHOWN),
  );
  const shown = chronological.filter((e) => e.state !== 'delivered' || recentDelivered.has(e));
  if (shown.length === 0) return null;
  const decisions = shown.filter((e) => e.state === 'failed').length;

  // The buttons vanish with the failed state: focus goes back to the pane instead of the body.
  const act = async (action: (id: number) => Promise<boolean>, e: OutboxEntry, done: string): Promise<void> => {
    focusRegion('ticket');
    if (await action(e.id)) announce(`${describeEntry(e)}: ${done}`);
  };

  return (
    <section className="outbox" aria-label="Outbox for this ticket">
      <h3 className="section-title">
        Outbox
        {decisions > 0 && (
          <span className="outbox-decisions" data-testid="outbox-decisions">
            {decisions === 1 ? '1 change needs your decision' : `${decisions} changes need your decision`}
          </span>
        )}
      </h3>
      <ul className="outbox-list">
        {shown.map((e) => {
          const conflict = isConflict(e);
          const failed = e.state === 'failed';
          const what = describeEntry(e);
          return (
            <li
              key={e.id}
              className={`outbox-entry outbox-${e.state}${conflict ? ' is-conflict' : ''}`}
              data-testid="outbox-entry"
              data-state={e.state}
              data-entry-id={e.id}
              data-conflict={conflict ? 'true' : undefined}
            >
              <div className="outbox-line">
                <span className={`badge badge-outbox-${e.state}`}>{conflict ? 'conflict' : STATE_LABELS[e.state]}</span>
                <span className="outbox-summary" title={KIND_LABELS[e.kind]}>
                  {what}
                </span>
                <span className="outbox-time">
                  {e.state === 'delivered' && e.deliveredAt !== null
                    ? `delivered ${formatAgo(e.deliveredAt, now)}`
                    : `queued ${formatAgo(e.createdAt, now)}`}
                  {e.attempts > 1 ? ` · ${e.attempts} attempts` : ''}
                </span>
              </div>
              {failed && e.lastError && (
                <p className="outbox-error" data-testid="outbox-error">
                  {e.lastError}
                </p>
              )}
              {!failed && e.state !== 'delivered' && e.lastError && (
                // Temporary trouble while main keeps retrying: worth a glance, not a decision.
                <p className="outbox-note">Last attempt: {e.lastError}</p>
              )}
              {failed && (
                <div className="outbox-actions">
                  <button
                    type="button"
                    className="btn btn-small btn-primary"
                    data-testid="outbox-retry"
                    aria-label={`${conflict ? 'Apply mine anyway' : 'Retry'}: ${what}`}
                    onClick={() => void act(retry, e, 'sending again')}
                  >
                    {conflict ? 'Apply mine anyway' : 'Retry'}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    data-testid="outbox-discard"
                    aria-label={`Discard: ${what}`}
                    onClick={() => void act(discard, e, 'discarded')}
                  >
                    Discard
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
