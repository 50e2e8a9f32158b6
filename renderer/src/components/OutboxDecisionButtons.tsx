import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { translate, useT, OUTBOX_KIND_LABEL } from '../i18n';
import { useTicketStore } from '../stores/ticket-store';

/** A change refused because the ticket moved on: main says so by the failure's kind. */
export const isConflict = (e: OutboxEntry): boolean => e.state === 'failed' && e.failure?.kind === 'conflict';

/** What kind of change an entry is, in the agent's language. */
export const outboxKindLabel = (e: OutboxEntry): string => translate(OUTBOX_KIND_LABEL[e.kind]);

/** The entry in a few words: its own summary, else its kind. */
export const describeOutboxEntry = (e: OutboxEntry): string => e.summary || outboxKindLabel(e);

/** Runs the agent's decision on an entry and says what was done (each list moves focus its own way). */
export type OutboxAct = (action: (id: number) => Promise<boolean>, e: OutboxEntry, done: 'app.outbox.retried' | 'app.outbox.discarded') => Promise<void>;

interface OutboxDecisionButtonsProps {
  entry: OutboxEntry;
  /** Test ids are `<prefix>-retry` and `<prefix>-discard`. */
  testIdPrefix: string;
  /** The button's name for screen readers: the action and what it acts on. */
  actionLabel(action: string): string;
  act: OutboxAct;
}

/** The agent's decision on a failed entry, in the ticket pane and in the failed-entries dialog alike: retry it ("apply mine" on a conflict) or discard it. */
export function OutboxDecisionButtons({ entry, testIdPrefix, actionLabel, act }: OutboxDecisionButtonsProps) {
  const t = useT();
  const retry = useTicketStore((s) => s.retry);
  const discard = useTicketStore((s) => s.discard);
  const primary = isConflict(entry) ? t('app.outbox.applyMine') : t('app.outbox.retry');
  const discardLabel = t('app.outbox.discard');
  return (
    <>
      <button type="button" className="btn btn-small btn-primary" data-testid={`${testIdPrefix}-retry`} aria-label={actionLabel(primary)} onClick={() => void act(retry, entry, 'app.outbox.retried')}>
        {primary}
      </button>
      <button type="button" className="btn btn-small" data-testid={`${testIdPrefix}-discard`} aria-label={actionLabel(discardLabel)} onClick={() => void act(discard, entry, 'app.outbox.discarded')}>
        {discardLabel}
      </button>
    </>
  );
}
