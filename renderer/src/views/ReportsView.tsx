import { useEffect, useRef } from 'react';
import type { Language, Topic } from '../../../preload/contract/domain-types';
import { FiguresTable } from '../components/reports/FiguresTable';
import { ReportControls } from '../components/reports/ReportControls';
import { ReportSummary } from '../components/reports/ReportSummary';
import { TopicFrequencyChart } from '../components/reports/TopicFrequencyChart';
import { TopicFrequencyTable } from '../components/reports/TopicFrequencyTable';
import { bucketOf } from '../components/reports/report-format';
import { useIntlFormat, useT, LANGUAGE_LABEL, TOPIC_LABEL } from '../i18n';
import { useReportsStore } from '../stores/reports-store';

/**
 * Local reports (`g r`; `g q` goes back to the desk): tickets handled, first-response and handle
 * time by topic and language, and topic frequency over time, for the agent or the whole team.
 * Worked out afresh each time the screen opens or a choice changes.
 */
export function ReportsView() {
  const t = useT();
  const intl = useIntlFormat();
  const report = useReportsStore((s) => s.report);
  const loading = useReportsStore((s) => s.loading);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The queue that had focus is gone: the screen's title takes it, so a screen reader says where it is.
    title.current?.focus({ preventScroll: true });
    void useReportsStore.getState().load();
  }, []);

  const bucket = report ? bucketOf(report.request.bucketMinutes) : null;
  return (
    <main className="screen reports-screen" aria-labelledby="reports-title" aria-busy={loading} data-testid="reports-view">
      <header className="reports-header">
        <h2 id="reports-title" className="reports-title" tabIndex={-1} ref={title}>
          {t('reports.title')}
        </h2>
        <p className="muted" data-testid="report-status">
          {loading || !report ? t('reports.loading') : `${t('reports.source')} ${t('reports.updated', { time: intl.formatTime(report.generatedAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })}`}
        </p>
      </header>
      <ReportControls />
      {report && bucket && (
        <div className="reports-body" data-scope={report.request.scope} data-testid="report-body">
          <ReportSummary figures={report.overall} />
          <div className="report-breakdowns">
            <FiguresTable title={t('reports.byTopic')} keyHeader={t('reports.column.topic')} rows={report.byTopic} keyLabel={(key) => t(TOPIC_LABEL[key as Topic])} testId="report-by-topic" />
            <FiguresTable title={t('reports.byLanguage')} keyHeader={t('reports.column.language')} rows={report.byLanguage} keyLabel={(key) => t(LANGUAGE_LABEL[key as Language])} testId="report-by-language" />
          </div>
          <section className="report-frequency" aria-labelledby="report-frequency-title">
            <h3 id="report-frequency-title" className="report-section-title">
              {t('reports.frequency.title')}
            </h3>
            <p className="muted">{t(report.request.scope === 'me' ? 'reports.frequency.me' : 'reports.frequency.team')}</p>
            {report.topicFrequency.every((b) => b.total === 0) ? (
              <p className="muted" data-testid="report-frequency-empty">
                {t('reports.frequency.empty')}
              </p>
            ) : (
              <>
                <TopicFrequencyChart buckets={report.topicFrequency} bucket={bucket} />
                <TopicFrequencyTable buckets={report.topicFrequency} bucket={bucket} />
              </>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
