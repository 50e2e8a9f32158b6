import { useEffect, useId, useRef } from 'react';
import { SurgeBreakdown } from '../components/surge/SurgeBreakdown';
import { SurgeCharts } from '../components/surge/SurgeCharts';
import { SurgeTiles } from '../components/surge/SurgeTiles';
import { SurgeTimelineTable } from '../components/surge/SurgeTimelineTable';
import { SurgeWindowPicker } from '../components/surge/SurgeWindowPicker';
import { useIntlFormat, useT } from '../i18n';
import { useSurgeStore } from '../stores/surge-store';

/**
 * The queue in a crisis, at a glance: what comes in, how deep the queue is, what is late and
 * what is about to be, by language, domain and topic. Live while shown (`g s`; `g q` goes back).
 */
export function SurgeView() {
  const t = useT();
  const intl = useIntlFormat();
  const snapshot = useSurgeStore((s) => s.snapshot);
  const error = useSurgeStore((s) => s.error);
  const windowMinutes = useSurgeStore((s) => s.windowMinutes);
  const setWindow = useSurgeStore((s) => s.setWindow);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // Polls only while the view is on screen.
  useEffect(() => useSurgeStore.getState().start(), []);
  // The queue that had focus is gone: keys and screen readers continue from the title.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  return (
    <main className="surge-view" data-testid="surge-view" aria-labelledby={headingId}>
      <header className="surge-head">
        <div className="surge-head-text">
          <h2 id={headingId} ref={heading} tabIndex={-1} className="surge-title">
            {t('surge.title')}
          </h2>
          <p className="muted">{t('surge.caption')}</p>
        </div>
        <SurgeWindowPicker value={windowMinutes} onChange={setWindow} />
        {snapshot ? (
          <p className="muted surge-updated" data-testid="surge-updated">
            {t('surge.updated', { time: intl.formatTime(snapshot.generatedAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })}
          </p>
        ) : null}
      </header>
      {error ? (
        <p className="surge-error" role="alert">
          {t('surge.error', { message: error })}
        </p>
      ) : null}
      {snapshot ? (
        <>
          <SurgeTiles snapshot={snapshot} />
          <SurgeCharts snapshot={snapshot} />
          <SurgeTimelineTable minutes={snapshot.minutes} />
          <SurgeBreakdown snapshot={snapshot} />
        </>
      ) : (
        <p className="muted surge-loading">{t('common.loading')}</p>
      )}
    </main>
  );
}
