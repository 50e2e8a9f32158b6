import { useT } from '../../i18n';
import { useExecutiveStore } from '../../stores/executive-store';
import { entryOf } from '../../lib/executive-rules';
import { DeliveryLine } from './DeliveryLine';
import { TakeNextButton } from './TakeNextButton';

/** After the reply went (or the ticket went to security): a clear confirmation, and the next ticket. */
export function Outcome() {
  const t = useT();
  const phase = useExecutiveStore((s) => s.phase);
  const replyEntry = useExecutiveStore((s) => entryOf(s.detail, s.replyEntryId));
  const replied = useExecutiveStore((s) => s.replyEntryId !== null);
  const escalated = useExecutiveStore((s) => s.escalationEntryId !== null);
  return (
    <section className="executive-outcome" data-testid="executive-outcome" data-phase={phase}>
      {replied && <h3 className="executive-outcome-title">{t('executive.sent.title')}</h3>}
      {replied && <DeliveryLine entry={replyEntry} />}
      <p className="executive-intro">{escalated ? t('executive.escalate.done') : t('executive.sent.next')}</p>
      <TakeNextButton />
    </section>
  );
}
