// Local report figures for `npm run bench`: `reports.get` and `reports.csv` through dispatch, on
// the desk's cache as the benchmark left it. The seed's tickets (100,000 by default) were all
// created in the three days before it, so the 7-day team report reads every one: the worst case.
// 'me' is the agent the desk signed in as.
import type { DeskReport, ReportCsv, ReportRequest } from '../../preload/contract';
import type { AppServices } from '../../main/services/app/app-services';
import { summary } from './stats';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SAMPLES = 10;

export async function runReportBenchmarks(services: Pick<AppServices, 'dispatch'>, line: (label: string, value: string) => void): Promise<void> {
  const now = Date.now();
  const cases: Array<{ label: string; request: ReportRequest }> = [
    { label: 'reports.get: team, last 7 days, daily buckets', request: { from: now - 7 * DAY, to: now, scope: 'team', bucketMinutes: 24 * 60 } },
    { label: 'reports.get: team, last 24 h, hourly buckets', request: { from: now - DAY, to: now, scope: 'team', bucketMinutes: 60 } },
    { label: 'reports.get: me, last 24 h, hourly buckets', request: { from: now - DAY, to: now, scope: 'me', bucketMinutes: 60 } },
    { label: 'reports.get: me, last 7 days, daily buckets', request: { from: now - 7 * DAY, to: now, scope: 'me', bucketMinutes: 24 * 60 } },
  ];
  for (const { label, request } of cases) {
    const { samples, value } = await sample(() => services.dispatch('reports.get', request));
    const handled = value.ok ? `${(value.value as DeskReport).overall.handled.toLocaleString('en')} tickets handled` : `failed: ${value.error.message}`;
    line(label, `${summary(samples)}, ${handled}`);
  }
  const csv = await sample(() => services.dispatch('reports.csv', { report: cases[0]!.request, part: 'figures' }));
  line('reports.csv: team figures, last 7 days', `${summary(csv.samples)}, ${csv.value.ok ? `${(csv.value.value as ReportCsv).content.split('\n').length - 2} rows` : csv.value.error.message}`);
}

/** One warm-up call (statements prepared, pages cached), then SAMPLES timed ones. */
async function sample<T>(fn: () => Promise<T>): Promise<{ samples: number[]; value: T }> {
  let value = await fn();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    value = await fn();
    samples.push(performance.now() - start);
  }
  return { samples, value };
}
