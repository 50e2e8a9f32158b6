import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { translate, useT, OUTBOX_STATE_LABEL } from '../i18n';
import { useNow } from '../lib/clock';
import { formatAgo } from '../lib/format';
import { outboxFailureText, retryReasonText } from '../lib/kind-wording';
import { focusRegion } from '../keyboard/focus';
import { announce } from '../stores/announce-store';
import { describeOutboxEntry, isConflict, OutboxDecisionButtons, outboxKindLabel, type OutboxAct } from './OutboxDecisionButtons';

/** Delivered entries are history; a few are enough to confirm that sending works. */
const MAX_DELIVERED_SHOWN = 3;

export function OutboxList({ entries }: { entries: OutboxEntry[] }) {
  const t = useT();
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
  const act: OutboxAct = async (action, e, done) => {
    focusRegion('ticket');
    if (await action(e.id)) announce(translate(done, { what: describeOutboxEntry(e) }));
  };

  return (
    <section className="outbox" aria-label={t('app.outbox.label')}>
      <h3 className="section-title">
        {t('app.outbox.title')}
        {decisions > 0 && (
          <span className="outbox-decisions" data-testid="outbox-decisions">
            {t('app.outbox.decisions', { count: decisions })}
          </span>
        )}
      </h3>
      <ul className="outbox-list">
        {shown.map((e) => {
          const conflict = isConflict(e);
          const failed = e.state === 'failed';
          const what = describeOutboxEntry(e);
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
                <span className={`badge badge-outbox-${e.state}`}>{conflict ? t('app.outbox.conflict') : t(OUTBOX_STATE_LABEL[e.state])}</span>
                <span className="outbox-summary" title={outboxKindLabel(e)}>
                  {what}
                </span>
                <span className="outbox-time">
                  {e.state === 'delivered' && e.deliveredAt !== null
                    ? t('app.outbox.deliveredAgo', { ago: formatAgo(e.deliveredAt, now) })
                    : t('app.outbox.queuedAgo', { ago: formatAgo(e.createdAt, now) })}
                  {e.attempts > 1 ? ` · ${t('app.outbox.attempts', { count: e.attempts })}` : ''}
                </span>
              </div>
              {failed && e.failure && (
                <p className="outbox-error" data-testid="outbox-error" data-kind={e.failure.kind}>
                  {outboxFailureText(e.failure, t)}
                </p>
              )}
              {!failed && e.state !== 'delivered' && e.failure && (
                // Temporary trouble while main keeps retrying: worth a glance, not a decision.
                <p className="outbox-note" data-kind={e.failure.kind}>
                  {t('app.outbox.lastAttempt', { error: retryReasonText(e.failure, t) })}
                </p>
              )}
              {failed && (
                <div className="outbox-actions">
                  <OutboxDecisionButtons
                    entry={e}
                    testIdPrefix="outbox"
                    actionLabel={(action) => t('app.outbox.actionLabel', { action, what })}
                    act={act}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
