import { useT, type MessageId } from '../../i18n';
import { REPORT_BUCKETS, REPORT_PERIODS, REPORT_SCOPES, useReportsStore, type ReportBucket, type ReportCsvPart, type ReportPeriod, type ReportScope } from '../../stores/reports-store';
import { ChoiceGroup } from './ChoiceGroup';

const SCOPE_LABEL = { me: 'reports.scope.me', team: 'reports.scope.team' } as const satisfies Record<ReportScope, MessageId>;
const PERIOD_LABEL = { today: 'reports.period.today', '24h': 'reports.period.24h', '7d': 'reports.period.7d', '30d': 'reports.period.30d' } as const satisfies Record<ReportPeriod, MessageId>;
const BUCKET_LABEL = { hour: 'reports.bucket.hour', day: 'reports.bucket.day' } as const satisfies Record<ReportBucket, MessageId>;

/** Whose work, which period, how the topics are counted; refresh and the two CSV exports. */
export function ReportControls() {
  const t = useT();
  const { scope, period, bucket, loading, exporting, setScope, setPeriod, setBucket, load, exportCsv } = useReportsStore();
  const exportButton = (part: ReportCsvPart, label: string, testId: string) => (
    <button type="button" className="btn btn-small" data-testid={testId} aria-disabled={exporting !== null} onClick={() => void exportCsv(part)}>
      {label}
    </button>
  );
  return (
    <div className="report-controls" role="group" aria-label={t('reports.controls')}>
      <ChoiceGroup label={t('reports.scope.label')} value={scope} options={REPORT_SCOPES} optionLabel={(s) => t(SCOPE_LABEL[s])} onChange={setScope} testId="report-scope" />
      <ChoiceGroup label={t('reports.period.label')} value={period} options={REPORT_PERIODS} optionLabel={(p) => t(PERIOD_LABEL[p])} onChange={setPeriod} testId="report-period" />
      <ChoiceGroup label={t('reports.bucket.label')} value={bucket} options={REPORT_BUCKETS} optionLabel={(b) => t(BUCKET_LABEL[b])} onChange={setBucket} testId="report-bucket" />
      <div className="report-actions">
        <button type="button" className="btn btn-small" data-testid="report-refresh" aria-disabled={loading} onClick={() => void load()}>
          {t('reports.refresh')}
        </button>
        {exportButton('figures', t('reports.export.figures'), 'report-export-figures')}
        {exportButton('topic-frequency', t('reports.export.topics'), 'report-export-topics')}
      </div>
    </div>
  );
}
