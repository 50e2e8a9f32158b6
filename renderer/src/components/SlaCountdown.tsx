import { useNow } from '../lib/clock';
import { slaLabel } from '../lib/format';

interface Props {
  dueAt: number | null;
  /** Rows only need minute-level freshness; the open ticket ticks every second. */
  stepMs?: number;
}

export function SlaCountdown({ dueAt, stepMs = 1000 }: Props) {
  const now = useNow(stepMs);
  const label = slaLabel(dueAt, now);
  if (!label) return <span className="sla sla-none">no SLA</span>;
  const cls = label.breached ? 'sla sla-breached' : label.soon ? 'sla sla-soon' : 'sla';
  return (
    <time className={cls} dateTime={new Date(dueAt ?? 0).toISOString()} title={`SLA due ${new Date(dueAt ?? 0).toLocaleString()}`}>
      {label.text}
    </time>
  );
}
