import { useEffect, useState } from 'react';
import { MAX_BULK_TICKETS } from '../../../../preload/contract/channels';
import type { Language, Topic } from '../../../../preload/contract/domain-types';
import type { QueueView } from '../../../../preload/contract/queue-types';
import { call } from '../../bridge';
import { languageName, useIntlFormat, useT } from '../../i18n';
import { useTopicGroupStore } from '../../stores/topic-group-store';

/** queue.topicPage's largest page. */
const PAGE = 500;

/**
 * Who an incident reply goes to, before Enter sends it: the exact tickets the dialog holds (what
 * queue.topicTickets answered when it opened), by language. The group's header may have counted a
 * moment earlier (it is read again a little after tickets change): opening the dialog reads the
 * groups again, so the header and the dialog show the same moment, and a difference left is said
 * here, never passed off as the cap.
 */
export function IncidentRecipients({ topic, ticketIds }: { topic: Topic; ticketIds: readonly string[] }) {
  const t = useT();
  const intl = useIntlFormat();
  const view = useTopicGroupStore((s) => s.view);
  const groupCount = useTopicGroupStore((s) => s.groups?.find((g) => g.topic === topic)?.count ?? null);
  const [languages, setLanguages] = useState<Array<[Language, number]> | null>(null);

  useEffect(() => {
    // The header catches up with the moment the recipients were read.
    void useTopicGroupStore.getState().reload();
  }, []);

  useEffect(() => {
    if (view === null) return;
    let live = true;
    void countLanguages(view, topic, ticketIds).then((counted) => live && setLanguages(counted));
    return () => {
      live = false;
    };
  }, [view, topic, ticketIds]);

  const count = ticketIds.length;
  const capped = count >= MAX_BULK_TICKETS && groupCount !== null && groupCount > count;
  return (
    <div className="macro-capped" role="note" data-testid="incident-recipients" data-count={count}>
      <p>
        {t('incidentRecipients.summary', { count })}{' '}
        {languages === null ? (
          <span className="muted">{t('incidentRecipients.counting')}</span>
        ) : (
          <span data-testid="incident-languages">
            {intl.formatList(
              languages.map(([code, n]) => t('incidentRecipients.language', { count: n, language: languageName(code) })),
              { type: 'conjunction' },
            )}
          </span>
        )}
      </p>
      {capped && (
        <p data-testid="macro-capped">{t('incidentRecipients.capped', { count, total: groupCount })}</p>
      )}
      {!capped && groupCount !== null && groupCount !== count && (
        <p data-testid="incident-group-changed">{t('incidentRecipients.changed', { total: groupCount })}</p>
      )}
    </div>
  );
}

/** The languages of exactly these tickets, most first (rows of the group read a page at a time). */
async function countLanguages(view: QueueView, topic: Topic, ticketIds: readonly string[]): Promise<Array<[Language, number]> | null> {
  const wanted = new Set(ticketIds);
  const counts = new Map<Language, number>();
  try {
    for (let offset = 0; offset < ticketIds.length + PAGE && wanted.size > 0; offset += PAGE) {
      const page = await call('queue.topicPage', { view, topic, offset, limit: PAGE });
      for (const row of page.rows) {
        if (!wanted.delete(row.id)) continue;
        counts.set(row.language, (counts.get(row.language) ?? 0) + 1);
      }
      if (page.rows.length < PAGE) break;
    }
  } catch {
    return null;
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
