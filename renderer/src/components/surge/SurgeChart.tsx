import { useEffect, useRef } from 'react';
import type { IntlShape } from 'react-intl';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useIntlFormat } from '../../i18n';
import { clockText } from './surge-format';

/** One line or bar series; its colours come from the CSS variables --surge-<key> and --surge-<key>-fill. */
export interface SeriesSpec {
  key: string;
  label: string;
  kind: 'bars' | 'line' | 'area';
}

export interface ChartData {
  /** The end of each minute, epoch ms, oldest first. */
  times: readonly number[];
  /** One array per series, in the order of the specs. */
  values: ReadonlyArray<readonly number[]>;
}

interface SurgeChartProps {
  testId: string;
  title: string;
  /** What the chart shows, in words: its accessible name. */
  summary: string;
  /** Keep the same array while labels do not change: a new one redraws the chart from scratch. */
  specs: readonly SeriesSpec[];
  data: ChartData;
}

const HEIGHT = 200;
const MINUTE = 60_000;
/** Before layout gives the holder a width. */
const FALLBACK_WIDTH = 480;

/** A minute's bar ends at its x (the end of the minute), so the latest bar is whole at the right edge. */
const bars = uPlot.paths.bars!({ size: [0.85, 64], gap: 1, align: -1 });

function cssColor(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

function toAligned(data: ChartData): uPlot.AlignedData {
  return [data.times as number[], ...data.values.map((v) => v as number[])];
}

function chartOptions(holder: HTMLElement, specs: readonly SeriesSpec[], intl: IntlShape, width: number): uPlot.Options {
  const style = getComputedStyle(holder);
  const axisColor = cssColor(style, '--surge-axis', '#5b6675');
  const gridColor = cssColor(style, '--surge-grid', '#eceff3');
  const axis = { stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor, width: 1 } };
  // Bars need room for the oldest minute, which lies left of its end.
  const hasBars = specs.some((spec) => spec.kind === 'bars');
  return {
    width,
    height: HEIGHT,
    ms: 1,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true, range: (_u, min, max) => [hasBars ? min - MINUTE : min, max] }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] } },
    axes: [
      { ...axis, values: (_u, splits) => splits.map((at) => clockText(intl, at)) },
      { ...axis, size: 64, values: (_u, splits) => splits.map((n) => intl.formatNumber(n)) },
    ],
    series: [
      {},
      ...specs.map((spec): uPlot.Series => {
        const stroke = cssColor(style, `--surge-${spec.key}`, axisColor);
        const fill = cssColor(style, `--surge-${spec.key}-fill`, stroke);
        if (spec.kind === 'bars') return { label: spec.label, stroke, fill, width: 0, paths: bars, points: { show: false } };
        return { label: spec.label, stroke, width: 2, points: { show: false }, ...(spec.kind === 'area' ? { fill } : {}) };
      }),
    ],
  };
}

/**
 * A uPlot time chart: created once per set of series, fed new data on every refresh, resized with
 * its holder, destroyed on unmount. Screen readers get the summary; the same numbers are in the
 * tiles and tables beside it.
 */
export function SurgeChart({ testId, title, summary, specs, data }: SurgeChartProps) {
  const intl = useIntlFormat();
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = useRef(data);
  latest.current = data;

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const plot = new uPlot(chartOptions(el, specs, intl, el.clientWidth || FALLBACK_WIDTH), toAligned(latest.current), el);
    chart.current = plot;
    const observer = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width > 0 && width !== plot.width) plot.setSize({ width, height: HEIGHT });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [specs, intl]);

  useEffect(() => {
    chart.current?.setData(toAligned(data));
  }, [data]);

  return (
    <figure className="surge-chart" data-testid={testId}>
      <figcaption className="surge-chart-caption">
        <span className="surge-chart-title">{title}</span>
        <ul className="surge-legend" aria-hidden="true">
          {specs.map((spec) => (
            <li key={spec.key} className={`surge-legend-item surge-legend-${spec.key}`}>
              {spec.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <div ref={holder} className="surge-chart-plot" role="img" aria-label={summary} />
    </figure>
  );
}
