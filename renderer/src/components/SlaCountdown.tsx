import { useT } from '../i18n';
import { useNow } from '../lib/clock';
import { formatTimestamp, slaLabel } from '../lib/format';

interface Props {
  dueAt: number | null;
  /** Rows only need minute-level freshness; the open ticket ticks every second. */
  stepMs?: number;
}

export function SlaCountdown({ dueAt, stepMs = 1000 }: Props) {
  const now = useNow(stepMs);
  // Also re-renders the label (worded by lib/format in the interface language) on a language switch.
  const t = useT();
  const label = slaLabel(dueAt, now);
  if (!label || dueAt === null) return <span className="sla sla-none">{t('ticket.sla.none')}</span>;
  const cls = label.breached ? 'sla sla-breached' : label.soon ? 'sla sla-soon' : 'sla';
  return (
    <time className={cls} dateTime={new Date(dueAt).toISOString()} title={t('ticket.sla.due', { time: formatTimestamp(dueAt) })}>
      {label.text}
    </time>
  );
}
