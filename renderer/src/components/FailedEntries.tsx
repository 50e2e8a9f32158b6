import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate, useT } from '../i18n';
import { openTicket } from '../keyboard/commands';
import { focusRegion } from '../keyboard/focus';
import { outboxFailureText } from '../lib/kind-wording';
import { announce } from '../stores/announce-store';
import { useSyncStore } from '../stores/sync-store';
import { Modal } from './Modal';
import { describeOutboxEntry, isConflict, OutboxDecisionButtons, outboxKindLabel, type OutboxAct } from './OutboxDecisionButtons';

/** More than an agent decides on at once; the rest shows as these are decided. */
const MAX_SHOWN = 100;

type Listing = { entries: OutboxEntry[]; total: number } | 'loading' | 'failed';

/**
 * Every failed outbox entry, whatever ticket it belongs to (one may have left the view since):
 * its ticket, what it was and why it failed, with open ticket, retry and discard for each.
 */
export function FailedEntries({ onClose }: { onClose(): void }) {
  const t = useT();
  // The status bar's count moves with every failure, retry and discard: the list follows it.
  const failedCount = useSyncStore((s) => s.status?.outboxFailed ?? 0);
  const [listing, setListing] = useState<Listing>('loading');
  const listRef = useRef<HTMLUListElement>(null);

  const load = useCallback(async () => {
    try {
      setListing(await call('outbox.failed', { limit: MAX_SHOWN }));
    } catch {
      setListing((now) => (now === 'loading' ? 'failed' : now));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, failedCount]);

  const act: OutboxAct = async (action, e, done) => {
    // The entry's buttons go with it: focus moves to the next entry, or to the list when none is left.
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-entry-id]') ?? [])];
    const at = rows.findIndex((r) => r.dataset.entryId === String(e.id));
    const next = rows[at + 1] ?? rows[at - 1] ?? null;
    if (!(await action(e.id))) return;
    announce(translate(done, { what: describeOutboxEntry(e) }));
    setListing((now) => (typeof now === 'object' ? { entries: now.entries.filter((x) => x.id !== e.id), total: Math.max(0, now.total - 1) } : now));
    const target = next?.querySelector<HTMLElement>('button') ?? listRef.current?.closest('dialog')?.querySelector<HTMLElement>('.modal-close');
    target?.focus();
    void load();
  };

  const open = (ticketId: string): void => {
    onClose();
    // After the dialog gave focus back: the ticket's pane takes it once the ticket is shown.
    void openTicket(ticketId).then(() => setTimeout(() => focusRegion('ticket'), 0));
  };

  const total = typeof listing === 'object' ? listing.total : failedCount;
  return (
    <Modal title={t('failedEntries.title', { count: total })} onClose={onClose} className="failed-entries" testId="failed-entries">
      <div className="modal-body">
        <p className="muted">{t('failedEntries.intro')}</p>
        {listing === 'loading' && <p role="status">{t('failedEntries.loading')}</p>}
        {listing === 'failed' && <p role="alert">{t('failedEntries.loadFailed')}</p>}
        {typeof listing === 'object' && listing.entries.length === 0 && <p role="status">{t('failedEntries.none')}</p>}
        {typeof listing === 'object' && listing.entries.length > 0 && (
          <ul className="outbox-list" ref={listRef}>
            {listing.entries.map((e) => {
              const conflict = isConflict(e);
              const what = describeOutboxEntry(e);
              return (
                <li
                  key={e.id}
                  className={`outbox-entry outbox-failed${conflict ? ' is-conflict' : ''}`}
                  data-testid="failed-entry"
                  data-entry-id={e.id}
                  data-ticket-id={e.ticketId}
                  data-conflict={conflict ? 'true' : undefined}
                >
                  <div className="outbox-line">
                    <span className="badge badge-outbox-failed">{conflict ? t('app.outbox.conflict') : t('app.outbox.state.failed')}</span>
                    <span className="mono">{t('failedEntries.ticket', { ticket: e.ticketId })}</span>
                    <span className="outbox-summary" title={outboxKindLabel(e)}>
                      {what}
                    </span>
                  </div>
                  {e.failure && (
                    <p className="outbox-error" data-testid="failed-entry-error" data-kind={e.failure.kind}>
                      {outboxFailureText(e.failure, t)}
                    </p>
                  )}
                  <div className="outbox-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid="failed-entry-open"
                      aria-label={t('failedEntries.openTicketLabel', { ticket: e.ticketId })}
                      onClick={() => open(e.ticketId)}
                    >
                      {t('failedEntries.openTicket')}
                    </button>
                    <OutboxDecisionButtons
                      entry={e}
                      testIdPrefix="failed-entry"
                      actionLabel={(action) => t('failedEntries.actionLabel', { action, what, ticket: e.ticketId })}
                      act={act}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {typeof listing === 'object' && listing.total > listing.entries.length && (
          <p className="muted" data-testid="failed-entries-more">
            {t('failedEntries.more', { shown: listing.entries.length, total: listing.total })}
          </p>
        )}
      </div>
    </Modal>
  );
}
