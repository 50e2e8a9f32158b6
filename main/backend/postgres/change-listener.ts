import pg from 'pg';
import { CHANGES_CHANNEL } from './ordered-change-log';

export interface ChangeListener {
  /** Settles once the first LISTEN is in place (or failed and a retry is scheduled). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Tells this backend process when any process committed changes, through PostgreSQL's own
 * LISTEN/NOTIFY, so its live streams push to desks at once instead of polling the table.
 * A notification carries only the newest seq: the stream then pulls from its own cursor, so a
 * notification lost while the connection was down costs a delay, never a change. On reconnect
 * `onChange` is called once with seq null so streams catch up on what they missed.
 */
export function listenForChanges(url: string, onChange: (seq: number | null) => void, options: { retryMs?: number } = {}): ChangeListener {
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const retryMs = options.retryMs ?? 1000;

  const connect = async (reconnecting: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (n) => {
      if (n.channel === CHANGES_CHANNEL) onChange(n.payload ? Number(n.payload) : null);
    });
    next.on('error', () => retry(next));
    next.on('end', () => retry(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (closed) return void (await next.end());
      client = next;
      if (reconnecting) onChange(null);
    } catch {
      retry(next);
    }
  };

  const retry = (failed: pg.Client) => {
    if (closed || timer || (client !== null && client !== failed)) return;
    client = null;
    failed.end().catch(() => undefined);
    timer = setTimeout(() => {
      timer = null;
      void connect(true);
    }, retryMs);
  };

  return {
    ready: connect(false),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
