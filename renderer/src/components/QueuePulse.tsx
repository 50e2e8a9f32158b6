import { useEffect } from 'react';
import { useIntlFormat, useT } from '../i18n';
import { roundFactor, surgeRising, type PulseTotals } from '../lib/pulse';
import { usePulseStore } from '../stores/pulse-store';

/** The queue's figures (the surge view's counting, over 15 minutes), kept fresh while a header is on screen. */
export function usePulse(): PulseTotals | null {
  useEffect(() => usePulseStore.getState().start(), []);
  return usePulseStore((s) => s.totals);
}

/** Incoming per minute and the surge factor; shown only while volume rises. */
export function SurgeIndicator({ totals, onOpen }: { totals: PulseTotals | null; onOpen?: () => void }) {
  const t = useT();
  const intl = useIntlFormat();
  if (!totals || !surgeRising(totals) || totals.surgeFactor === null) return null;
  const rate = intl.formatNumber(totals.incomingLastMinute);
  const factor = intl.formatNumber(roundFactor(totals.surgeFactor));
  const text = t('pulse.surge', { rate, factor });
  const title = t('pulse.surgeTitle', { rate, factor });
  if (!onOpen) {
    return (
      <span className="surge-indicator" data-testid="surge-indicator" title={title}>
        {text}
      </span>
    );
  }
  return (
    <button type="button" className="surge-indicator" data-testid="surge-indicator" title={title} onClick={onOpen}>
      {text}
    </button>
  );
}

/** Depth and breaches at a glance, and a surge when there is one. */
export function QueuePulse() {
  const t = useT();
  const totals = usePulse();
  return (
    <div className="queue-pulse" role="group" aria-label={t('pulse.region')} data-testid="queue-pulse">
      {totals && (
        <>
          <span className="pulse-depth" data-testid="pulse-depth">
            {t('pulse.depth', { count: totals.open })}
          </span>
          <span className={`pulse-breached${totals.breached > 0 ? ' is-breached' : ''}`} data-testid="pulse-breached">
            {t('pulse.breached', { count: totals.breached })}
          </span>
        </>
      )}
      <SurgeIndicator totals={totals} />
    </div>
  );
}
