const numberFormat = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "45s", "12m", "3h 05m", "2d 4h": compact enough for a 56px row. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  const d = Math.floor(h / 24);
  return `${d}d ${h % 24}h`;
}

/** "0:07", "4:59", "1:02:30": a running stopwatch, for timers the agent watches tick. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60));
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export interface SlaLabel {
  text: string;
  breached: boolean;
  /** Less than 15 minutes left: worth a warning colour before it turns red. */
  soon: boolean;
}

export function slaLabel(dueAt: number | null, now: number): SlaLabel | null {
  if (dueAt === null) return null;
  const delta = dueAt - now;
  if (delta <= 0) return { text: `breached ${formatDuration(-delta)} ago`, breached: true, soon: false };
  return { text: `due in ${formatDuration(delta)}`, breached: false, soon: delta < 15 * 60_000 };
}

export function formatAgo(at: number | null, now: number): string {
  if (at === null) return 'never';
  const delta = now - at;
  if (delta < 5_000) return 'just now';
  return `${formatDuration(delta)} ago`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatTimestamp(at: number): string {
  return dateTime.format(new Date(at));
}

export function humanize(token: string): string {
  const spaced = token.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
