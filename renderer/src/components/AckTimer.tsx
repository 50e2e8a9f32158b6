import { useT } from '../i18n';
import { useNow } from '../lib/clock';
import { formatClock, formatDuration } from '../lib/format';
import { useSettingsStore } from '../stores/settings-store';

/**
 * How long an escalation has waited for security; red once it waited longer than the
 * acknowledgement target (5 minutes unless the settings say otherwise).
 */
export function AckTimer({ escalatedAt, acknowledgedAt }: { escalatedAt: number; acknowledgedAt: number | null }) {
  const now = useNow(1000);
  const t = useT();
  const limitMinutes = useSettingsStore((s) => s.ackTimeoutMinutes);
  if (acknowledgedAt !== null) {
    return (
      <span className="ack-timer is-acknowledged" data-testid="ack-timer" data-state="acknowledged">
        {t('security.ack.after', { duration: formatDuration(Math.max(0, acknowledgedAt - escalatedAt)) })}
      </span>
    );
  }
  const waited = Math.max(0, now - escalatedAt);
  const overdue = waited > limitMinutes * 60_000;
  const clock = formatClock(waited);
  return (
    <span className={`ack-timer${overdue ? ' is-overdue' : ''}`} data-testid="ack-timer" data-state={overdue ? 'overdue' : 'waiting'} title={t('security.ack.target', { minutes: limitMinutes })}>
      {overdue ? t('security.ack.overdue', { clock }) : t('security.ack.waiting', { clock })}
    </span>
  );
}
