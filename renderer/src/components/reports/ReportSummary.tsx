import type { DurationFigures, ReportFiguresRow } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT } from '../../i18n';
import { formatReportDuration } from './report-format';

/** The three figures the issue asks for, largest first: tickets handled, first response, handle time. */
export function ReportSummary({ figures }: { figures: ReportFiguresRow }) {
  const t = useT();
  const intl = useIntlFormat();
  return (
    <section className="report-summary" aria-labelledby="report-summary-title">
      <h3 id="report-summary-title" className="visually-hidden">
        {t('reports.summary')}
      </h3>
      <div className="report-figure">
        <h4 className="report-figure-title">{t('reports.handled')}</h4>
        <p className="report-figure-value" data-testid="report-handled" data-value={figures.handled}>
          {intl.formatNumber(figures.handled)}
        </p>
        <p className="report-figure-note muted">{t('reports.handled.hint')}</p>
      </div>
      <DurationFigure title={t('reports.firstResponse')} figures={figures.firstResponse} testId="report-first-response" />
      <DurationFigure title={t('reports.handleTime')} figures={figures.handleTime} testId="report-handle-time" />
    </section>
  );
}

function DurationFigure({ title, figures, testId }: { title: string; figures: DurationFigures; testId: string }) {
  const t = useT();
  return (
    <div className="report-figure">
      <h4 className="report-figure-title">{title}</h4>
      <dl className="report-figure-pair">
        <div>
          <dt>{t('reports.median')}</dt>
          <dd className="report-figure-value" data-testid={`${testId}-median`} data-ms={figures.medianMs ?? ''}>
            {formatReportDuration(figures.medianMs, t)}
          </dd>
        </div>
        <div>
          <dt>{t('reports.p90')}</dt>
          <dd className="report-figure-value report-figure-secondary" data-testid={`${testId}-p90`} data-ms={figures.p90Ms ?? ''}>
            {formatReportDuration(figures.p90Ms, t)}
          </dd>
        </div>
      </dl>
      <p className="report-figure-note muted">{t('reports.measured', { count: figures.count })}</p>
    </div>
  );
}
