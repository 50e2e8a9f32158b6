import { useState } from 'react';
import type { SurgeMinute } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT } from '../../i18n';
import { clockText } from './surge-format';
import { SurgeTableHead } from './SurgeTableHead';

const MINUTE = 60_000;

/** The charts' numbers as a table, newest minute first; rendered only while open. */
export function SurgeTimelineTable({ minutes }: { minutes: readonly SurgeMinute[] }) {
  const t = useT();
  const intl = useIntlFormat();
  const [open, setOpen] = useState(false);
  return (
    <details className="surge-timeline" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('surge.timeline.show')}</summary>
      {open ? (
        <table className="surge-table" data-testid="surge-timeline-table">
          <SurgeTableHead
            keyHeader={t('surge.column.minute')}
            numberHeaders={[t('surge.series.incoming'), t('surge.series.solved'), t('surge.series.depth'), t('surge.series.breached')]}
          />
          <tbody>
            {[...minutes].reverse().map((m, i) => (
              <tr key={i}>
                <th scope="row">{clockText(intl, m.start + MINUTE)}</th>
                <td className="num">{intl.formatNumber(m.incoming)}</td>
                <td className="num">{intl.formatNumber(m.solved)}</td>
                <td className="num">{intl.formatNumber(m.queueDepth)}</td>
                <td className="num">{intl.formatNumber(m.breached)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
