import { useMemo } from 'react';
import type { SurgeSnapshot } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT, type MessageId } from '../../i18n';
import { SurgeChart, type ChartData, type SeriesSpec } from './SurgeChart';
import { rateText } from './surge-format';
import type { SurgeWindow } from '../../stores/surge-store';

/** The window a snapshot covers, as the charts' captions say it. */
const SPAN_LABEL = { 15: 'surge.span.15', 60: 'surge.span.60', 240: 'surge.span.240' } as const satisfies Record<SurgeWindow, MessageId>;

const MINUTE = 60_000;

/** Incoming against solved, and the queue against its breaches, minute by minute over the window. */
export function SurgeCharts({ snapshot }: { snapshot: SurgeSnapshot }) {
  const t = useT();
  const intl = useIntlFormat();
  const { minutes, totals } = snapshot;
  const span = t(SPAN_LABEL[snapshot.windowMinutes as SurgeWindow]);

  const flowSpecs = useMemo<SeriesSpec[]>(
    () => [
      { key: 'incoming', label: t('surge.series.incoming'), kind: 'bars' },
      { key: 'solved', label: t('surge.series.solved'), kind: 'line' },
    ],
    [t],
  );
  const queueSpecs = useMemo<SeriesSpec[]>(
    () => [
      { key: 'depth', label: t('surge.series.depth'), kind: 'area' },
      { key: 'breached', label: t('surge.series.breached'), kind: 'area' },
    ],
    [t],
  );
  const times = useMemo(() => minutes.map((m) => m.start + MINUTE), [minutes]);
  const flow = useMemo<ChartData>(() => ({ times, values: [minutes.map((m) => m.incoming), minutes.map((m) => m.solved)] }), [times, minutes]);
  const queue = useMemo<ChartData>(() => ({ times, values: [minutes.map((m) => m.queueDepth), minutes.map((m) => m.breached)] }), [times, minutes]);

  const first = minutes[0];
  const last = minutes.at(-1);
  return (
    <div className="surge-charts">
      <SurgeChart
        testId="surge-chart-incoming"
        title={t('surge.chart.incoming')}
        summary={t('surge.chart.incomingSummary', {
          span,
          last: totals.incomingLastMinute,
          average: rateText(intl, totals.incomingPerMinute),
          peak: Math.max(0, ...minutes.map((m) => m.incoming)),
          solved: minutes.reduce((sum, m) => sum + m.solved, 0),
        })}
        specs={flowSpecs}
        data={flow}
      />
      <SurgeChart
        testId="surge-chart-queue"
        title={t('surge.chart.depth')}
        summary={t('surge.chart.depthSummary', {
          span,
          firstDepth: first?.queueDepth ?? 0,
          lastDepth: last?.queueDepth ?? 0,
          firstBreached: first?.breached ?? 0,
          lastBreached: last?.breached ?? 0,
        })}
        specs={queueSpecs}
        data={queue}
      />
    </div>
  );
}
