import { create } from 'zustand';
import type { DeskReport, ReportRequest } from '../../../preload/contract/crisis-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { announce } from './announce-store';
import { reportError } from './error-store';

export const REPORT_SCOPES = ['me', 'team'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];
export const REPORT_PERIODS = ['today', '24h', '7d', '30d'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export const REPORT_BUCKETS = ['hour', 'day'] as const;
export type ReportBucket = (typeof REPORT_BUCKETS)[number];
export type ReportCsvPart = 'figures' | 'topic-frequency';

const HOUR = 3_600_000;
const BUCKET_MINUTES: Record<ReportBucket, number> = { hour: 60, day: 24 * 60 };

/**
 * The window of a period ending now. Days start at local midnight and hours on the hour, so the
 * frequency buckets line up with the clock the agent reads ("last 7 days" is today and the six
 * before it). Calendar arithmetic keeps midnight a midnight across a daylight-saving change.
 */
export function periodWindow(period: ReportPeriod, now: number): { from: number; to: number } {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const daysBack = (days: number) => new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() - days).getTime();
  switch (period) {
    case 'today':
      return { from: midnight.getTime(), to: now };
    case '24h':
      return { from: Math.floor(now / HOUR) * HOUR - 23 * HOUR, to: now };
    case '7d':
      return { from: daysBack(6), to: now };
    case '30d':
      return { from: daysBack(29), to: now };
  }
}

export function reportRequest(scope: ReportScope, period: ReportPeriod, bucket: ReportBucket, now = Date.now()): ReportRequest {
  return { ...periodWindow(period, now), scope, bucketMinutes: BUCKET_MINUTES[bucket] };
}

interface ReportsState {
  scope: ReportScope;
  period: ReportPeriod;
  bucket: ReportBucket;
  report: DeskReport | null;
  loading: boolean;
  exporting: ReportCsvPart | null;
  setScope(scope: ReportScope): void;
  setPeriod(period: ReportPeriod): void;
  setBucket(bucket: ReportBucket): void;
  /** Works the report out again for the current choices, ending now. */
  load(): Promise<void>;
  /** Saves the report on screen (same period, to the millisecond) as a CSV file. */
  exportCsv(part: ReportCsvPart): Promise<void>;
}

// Only the answer to the latest request is shown: a slow one must not overwrite a newer choice.
let latestRequest = 0;

export const useReportsStore = create<ReportsState>()((set, get) => ({
  scope: 'me',
  period: 'today',
  bucket: 'hour',
  report: null,
  loading: false,
  exporting: null,
  setScope(scope) {
    if (scope === get().scope) return;
    set({ scope });
    void get().load();
  },
  setPeriod(period) {
    if (period === get().period) return;
    set({ period });
    void get().load();
  },
  setBucket(bucket) {
    if (bucket === get().bucket) return;
    set({ bucket });
    void get().load();
  },
  async load() {
    const { scope, period, bucket } = get();
    const seq = ++latestRequest;
    set({ loading: true });
    try {
      const report = await call('reports.get', reportRequest(scope, period, bucket));
      if (seq !== latestRequest) return;
      set({ report, loading: false });
      announce(translate('reports.announce.loaded', { count: report.overall.handled }));
    } catch (err) {
      if (seq !== latestRequest) return;
      set({ loading: false });
      reportError(translate('reports.error.loading'), err);
    }
  },
  async exportCsv(part) {
    if (get().exporting !== null) return;
    const { scope, period, bucket, report } = get();
    set({ exporting: part });
    try {
      const csv = await call('reports.csv', { report: report?.request ?? reportRequest(scope, period, bucket), part });
      download(csv.filename, csv.content);
      announce(translate('reports.exported', { filename: csv.filename }));
    } catch (err) {
      reportError(translate('reports.error.exporting'), err);
    } finally {
      set({ exporting: null });
    }
  },
}));

/** A file the agent keeps: a Blob link clicked once, released when the download has it. */
function download(filename: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
