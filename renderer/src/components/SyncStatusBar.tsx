import type { ConnectionState } from '../../../preload/contract/queue-types';
import { useNow } from '../lib/clock';
import { formatAgo, formatCount } from '../lib/format';
import { useSyncStore } from '../stores/sync-store';

const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  bootstrapping: 'Syncing',
  online: 'Online',
  offline: 'Offline',
  error: 'Sync error',
};

export function SyncStatusBar() {
  const status = useSyncStore((s) => s.status);
  const syncing = useSyncStore((s) => s.syncing);
  const syncNow = useSyncStore((s) => s.syncNow);
  const now = useNow(1000);

  if (!status) {
    return (
      <div className="sync-status" data-testid="sync-status" data-connection="unknown">
        <span className="sync-dot" aria-hidden="true" />
        <span>Sync status unknown</span>
      </div>
    );
  }

  const { connection, bootstrap } = status;
  return (
    <div className="sync-status" data-testid="sync-status" data-connection={connection}>
      <span className={`sync-dot sync-dot-${connection}`} aria-hidden="true" />
      <span className="sync-connection">
        {CONNECTION_LABELS[connection]}
        {status.live && connection === 'online' ? ' · live' : ''}
      </span>
      {bootstrap && (
        <span className="sync-bootstrap" data-testid="sync-bootstrap">
          Syncing {formatCount(bootstrap.loaded)}
          {bootstrap.total !== null ? ` / ${formatCount(bootstrap.total)}` : ''}
          {bootstrap.total !== null && bootstrap.total > 0 && (
            <progress className="sync-progress" max={bootstrap.total} value={bootstrap.loaded} aria-hidden="true" />
          )}
        </span>
      )}
      <span className={status.outboxPending > 0 ? 'sync-outbox has-pending' : 'sync-outbox'}>
        {formatCount(status.outboxPending)} pending
      </span>
      <span className={status.outboxFailed > 0 ? 'sync-outbox has-failed' : 'sync-outbox'}>
        {formatCount(status.outboxFailed)} failed
      </span>
      <span className="sync-last">
        Last sync{' '}
        <time dateTime={status.lastSyncAt ? new Date(status.lastSyncAt).toISOString() : undefined}>
          {formatAgo(status.lastSyncAt, now)}
        </time>
      </span>
      {status.lastError && (
        <span className="sync-error" title={status.lastError}>
          {status.lastError}
        </span>
      )}
      <button
        type="button"
        className="btn btn-small sync-now"
        // aria-disabled, not disabled: a disabled button drops keyboard focus.
        onClick={() => {
          if (!syncing) void syncNow();
        }}
        aria-disabled={syncing}
        aria-label="Sync now"
      >
        {syncing ? 'Syncing…' : 'Sync now'}
      </button>
    </div>
  );
}
