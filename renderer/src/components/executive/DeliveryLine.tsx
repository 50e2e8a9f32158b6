import type { OutboxEntry } from '../../../../preload/contract/queue-types';
import { useT, type MessageId } from '../../i18n';
import { outboxFailureText } from '../../lib/kind-wording';
import { useExecutiveStore } from '../../stores/executive-store';

export type Delivery = 'queued' | 'sending' | 'delivered' | 'failed';

/** A failed delivery is worded with its reason (executive.delivery.failed). */
const DELIVERY_LABEL = {
  queued: 'executive.delivery.queued',
  sending: 'executive.delivery.sending',
  delivered: 'executive.delivery.delivered',
} as const satisfies Record<Exclude<Delivery, 'failed'>, MessageId>;

/** An outbox entry's state in the executive's words; an entry not heard of yet is queued. */
export function deliveryOf(entry: OutboxEntry | null): Delivery {
  switch (entry?.state) {
    case 'sending':
      return 'sending';
    case 'delivered':
      return 'delivered';
    case 'failed':
    case 'discarded':
      return 'failed';
    default:
      return 'queued';
  }
}

/** Where the reply is: queued → delivered, or why it was not, with a retry. */
export function DeliveryLine({ entry }: { entry: OutboxEntry | null }) {
  const t = useT();
  const retry = useExecutiveStore((s) => s.retry);
  const state = deliveryOf(entry);
  return (
    <p className={`executive-delivery is-${state}`} data-testid="executive-delivery" data-state={state} role="status">
      <span className="executive-dot" aria-hidden="true" />
      <span>
        {state === 'failed' ? t('executive.delivery.failed', { error: entry?.failure ? outboxFailureText(entry.failure, t) : '' }) : t(DELIVERY_LABEL[state])}
      </span>
      {state === 'failed' && entry?.state === 'failed' && (
        <button type="button" className="btn" data-testid="executive-retry" onClick={() => void retry(entry.id)}>
          {t('executive.delivery.retry')}
        </button>
      )}
    </p>
  );
}
