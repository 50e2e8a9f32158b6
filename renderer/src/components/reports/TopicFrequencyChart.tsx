import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { TOPICS, type Topic } from '../../../../preload/contract/domain-types';
import type { DeskReport } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT, TOPIC_LABEL } from '../../i18n';
import type { ReportBucket } from '../../stores/reports-store';
import { formatBucketStart } from './report-format';

const HEIGHT = 260;
/** One colour per topic, in the order the desk lists topics: distinct on white, none too pale. */
const TOPIC_COLOURS: Record<Topic, string> = {
  kyc: '#1558c7',
  deposit: '#1e7b3a',
  withdrawal: '#c0271d',
  two_factor: '#7b3fb8',
  account_compromise: '#8a3b00',
  locked_account: '#0f7c86',
  phishing: '#b0166c',
  fees: '#5b6675',
  api_keys: '#3a5a00',
  p2p_dispute: '#a35c00',
  market_incident: '#18202b',
  tax_statement: '#4f46e5',
  account_closure: '#9a7400',
  other: '#8a94a3',
};
const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;
/** Ticks on bucket starts only: whole hours, or whole days for daily buckets (uPlot's time scale is in seconds). */
const TIME_STEPS = { hour: [HOUR_S, 2 * HOUR_S, 3 * HOUR_S, 6 * HOUR_S, 12 * HOUR_S, DAY_S, 2 * DAY_S, 7 * DAY_S], day: [DAY_S, 2 * DAY_S, 7 * DAY_S, 14 * DAY_S] };
/** Whole tickets only on the count axis. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

/**
 * New tickets per topic over time, one line per topic that occurs. A canvas says nothing to a
 * screen reader, so the chart is hidden from it: the table that follows holds the same figures.
 */
export function TopicFrequencyChart({ buckets, bucket }: { buckets: DeskReport['topicFrequency']; bucket: ReportBucket }) {
  const t = useT();
  const intl = useIntlFormat();
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = holder.current;
    if (!element || buckets.length === 0) return;
    const topics = TOPICS.filter((topic) => buckets.some((b) => (b.counts[topic] ?? 0) > 0));
    const data: uPlot.AlignedData = [buckets.map((b) => b.start / 1000), ...topics.map((topic) => buckets.map((b) => b.counts[topic] ?? 0))];
    const axisLabel = (seconds: number) => {
      const at = seconds * 1000;
      const midnight = new Date(at).getHours() === 0 && new Date(at).getMinutes() === 0;
      return bucket === 'day' || midnight ? intl.formatDate(at, { day: 'numeric', month: 'short' }) : intl.formatTime(at, { hour: '2-digit', minute: '2-digit' });
    };
    const plot = new uPlot(
      {
        width: Math.max(320, element.clientWidth),
        height: HEIGHT,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        series: [
          { label: t('reports.frequency.column.time'), value: (_u, seconds) => (seconds === null ? '' : formatBucketStart(seconds * 1000, bucket, intl)) },
          ...topics.map((topic) => ({
            label: t(TOPIC_LABEL[topic]),
            stroke: TOPIC_COLOURS[topic],
            width: 2,
            points: { show: buckets.length <= 48 },
            value: (_u: uPlot, count: number | null) => (count === null ? '' : intl.formatNumber(count)),
          })),
        ],
        axes: [
          { incrs: TIME_STEPS[bucket], values: (_u, splits) => splits.map(axisLabel) },
          { incrs: COUNT_STEPS, values: (_u, splits) => splits.map((count) => intl.formatNumber(count)) },
        ],
        // Pointing shows the values in the legend; dragging must not zoom away from the period chosen.
        cursor: { drag: { x: false, y: false } },
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(320, element.clientWidth), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [buckets, bucket, t, intl]);

  return (
    <figure className="report-chart">
      <div ref={holder} className="report-chart-canvas" aria-hidden="true" data-testid="report-frequency-chart" />
      <figcaption className="visually-hidden">{t('reports.frequency.chart')}</figcaption>
    </figure>
  );
}
