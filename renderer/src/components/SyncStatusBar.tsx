import { useState } from 'react';
import { useRich, useT, type MessageId } from '../i18n';
import { useNow } from '../lib/clock';
import { formatAgo, formatCount, formatDuration } from '../lib/format';
import { syncProblemText } from '../lib/kind-wording';
import type { SyncProblem } from '../../../preload/contract/kinds';
import type { ConnectionState, OutboxAlarm } from '../../../preload/contract/queue-types';
import { useSyncStore } from '../stores/sync-store';
import { FailedEntries } from './FailedEntries';

const CONNECTION_LABEL = {
  connecting: 'app.sync.connection.connecting',
  bootstrapping: 'app.sync.connection.bootstrapping',
  online: 'app.sync.connection.online',
  offline: 'app.sync.connection.offline',
  error: 'app.sync.connection.error',
} as const satisfies Record<ConnectionState, MessageId>;

/** What holds the outbox when it raises its alarm. */
const ALARM_CAUSE_LABEL = {
  offline: 'outbox.alarm.cause.offline',
  rate_limited: 'outbox.alarm.cause.rate_limited',
  retrying: 'outbox.alarm.cause.retrying',
  not_sent: 'outbox.alarm.cause.not_sent',
} as const satisfies Record<OutboxAlarm['cause'], MessageId>;

export function SyncStatusBar() {
  const t = useT();
  const rich = useRich();
  const status = useSyncStore((s) => s.status);
  const syncing = useSyncStore((s) => s.syncing);
  const syncNow = useSyncStore((s) => s.syncNow);
  const now = useNow(1000);
  const [showFailed, setShowFailed] = useState(false);

  if (!status) {
    return (
      <div className="sync-status" data-testid="sync-status" data-connection="unknown">
        <span className="sync-dot" aria-hidden="true" />
        <span>{t('app.sync.unknown')}</span>
      </div>
    );
  }

  const { connection, bootstrap } = status;
  return (
    <div className="sync-status" data-testid="sync-status" data-connection={connection}>
      <span className={`sync-dot sync-dot-${connection}`} aria-hidden="true" />
      <span className="sync-connection">
        {t(CONNECTION_LABEL[connection])}
        {status.live && connection === 'online' ? ` · ${t('app.sync.live')}` : ''}
      </span>
      {bootstrap && (
        <span className="sync-bootstrap" data-testid="sync-bootstrap">
          {bootstrap.total !== null
            ? t('app.sync.bootstrapOf', { loaded: formatCount(bootstrap.loaded), total: formatCount(bootstrap.total) })
            : t('app.sync.bootstrap', { loaded: formatCount(bootstrap.loaded) })}
          {bootstrap.total !== null && bootstrap.total > 0 && (
            <progress className="sync-progress" max={bootstrap.total} value={bootstrap.loaded} aria-hidden="true" />
          )}
        </span>
      )}
      <span className={status.outboxPending > 0 ? 'sync-outbox has-pending' : 'sync-outbox'}>{t('app.sync.pending', { count: status.outboxPending })}</span>
      {/* A button even at zero: focus stays on it when the last failed entry is decided in the dialog. */}
      <button
        type="button"
        className={`link-button ${status.outboxFailed > 0 ? 'sync-outbox has-failed' : 'sync-outbox'}`}
        data-testid="sync-failed"
        aria-haspopup="dialog"
        title={t('failedEntries.open')}
        onClick={() => setShowFailed(true)}
      >
        {t('app.sync.failed', { count: status.outboxFailed })}
      </button>
      {showFailed && <FailedEntries onClose={() => setShowFailed(false)} />}
      <span className="sync-last" data-testid="sync-last">
        {rich('app.sync.last', {
          ago: <time dateTime={status.lastSyncAt ? new Date(status.lastSyncAt).toISOString() : undefined}>{formatAgo(status.lastSyncAt, now)}</time>,
        })}
      </span>
      {status.outboxAlarm && <OutboxAlarmNote alarm={status.outboxAlarm} now={now} />}
      {status.problem && <SyncProblemNote problem={status.problem} />}
      <button
        type="button"
        className="btn btn-small sync-now"
        // aria-disabled, not disabled: a disabled button drops keyboard focus.
        onClick={() => {
          if (!syncing) void syncNow();
        }}
        aria-disabled={syncing}
        aria-label={t('app.sync.now')}
      >
        {syncing ? t('app.sync.syncing') : t('app.sync.now')}
      </button>
    </div>
  );
}

/** The last problem with the backend, worded here from its kind. */
function SyncProblemNote({ problem }: { problem: SyncProblem }) {
  const t = useT();
  const text = syncProblemText(problem, t);
  return (
    <span className="sync-error" title={text} data-testid="sync-problem" data-kind={problem.kind}>
      {text}
    </span>
  );
}

/** Late work is an alarm with the ticket, the age and the cause, not a number among the counts. */
function OutboxAlarmNote({ alarm, now }: { alarm: OutboxAlarm; now: number }) {
  const t = useT();
  const age = formatDuration(now - alarm.since);
  const text =
    alarm.kind === 'urgent_waiting'
      ? t('outbox.alarm.urgent', { ticket: alarm.ticketId, age })
      : t('outbox.alarm.stalled', { ticket: alarm.ticketId, age, count: alarm.pending });
  return (
    <span className="sync-alarm" role="alert" data-testid="outbox-alarm" data-kind={alarm.kind} data-cause={alarm.cause}>
      {text} — {t(ALARM_CAUSE_LABEL[alarm.cause])}
    </span>
  );
}
