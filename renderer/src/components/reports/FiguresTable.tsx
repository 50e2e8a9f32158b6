import type { ReportFiguresRow } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT } from '../../i18n';
import { formatReportDuration } from './report-format';

/** One row per topic or language, busiest first (the order main sends). */
export function FiguresTable({
  title,
  keyHeader,
  rows,
  keyLabel,
  testId,
}: {
  title: string;
  keyHeader: string;
  rows: ReadonlyArray<ReportFiguresRow & { key: string }>;
  keyLabel: (key: string) => string;
  testId: string;
}) {
  const t = useT();
  const intl = useIntlFormat();
  // A dash where there is nothing to measure keeps the columns narrow; screen readers still hear the words.
  const duration = (ms: number | null) =>
    ms === null ? (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('reports.noValue')}</span>
      </>
    ) : (
      formatReportDuration(ms, t)
    );
  const id = `${testId}-title`;
  return (
    <section className="report-breakdown" aria-labelledby={id}>
      <h3 id={id} className="report-section-title">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="muted" data-testid={`${testId}-empty`}>
          {t('reports.empty.handled')}
        </p>
      ) : (
        // Scrolls sideways in a narrow window: focusable, so the keyboard can scroll it too.
        <div className="report-table-scroll report-table-sideways" role="region" aria-labelledby={id} tabIndex={0}>
          <table className="report-table" data-testid={testId}>
            <thead>
              <tr>
                <th scope="col">{keyHeader}</th>
                <th scope="col">{t('reports.column.handled')}</th>
                <th scope="col">{t('reports.column.firstResponseMedian')}</th>
                <th scope="col">{t('reports.column.firstResponseP90')}</th>
                <th scope="col">{t('reports.column.handleTimeMedian')}</th>
                <th scope="col">{t('reports.column.handleTimeP90')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-key={row.key}>
                  <th scope="row">{keyLabel(row.key)}</th>
                  <td>{intl.formatNumber(row.handled)}</td>
                  <td>{duration(row.firstResponse.medianMs)}</td>
                  <td>{duration(row.firstResponse.p90Ms)}</td>
                  <td>{duration(row.handleTime.medianMs)}</td>
                  <td>{duration(row.handleTime.p90Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
