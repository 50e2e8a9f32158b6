import type { ReactNode } from 'react';
import type { SurgeSnapshot } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT } from '../../i18n';
import { formatDuration } from '../../lib/format';
import { rateText } from './surge-format';

type Tone = 'plain' | 'surge' | 'danger' | 'warning';

interface TileProps {
  testId: string;
  label: string;
  /** The raw figure, for tests and tools that read the page; the text shows it formatted. */
  value: number | null;
  text: string;
  detail: ReactNode;
  tone: Tone;
}

function Tile({ testId, label, value, text, detail, tone }: TileProps) {
  return (
    <li className={`surge-tile surge-tile-${tone}`} data-testid={testId}>
      <span className="surge-tile-label">{label}</span>
      <span className="surge-tile-value" data-testid="surge-tile-value" data-value={value ?? ''}>
        {text}
      </span>
      <span className="surge-tile-detail">{detail}</span>
    </li>
  );
}

/** A surge this many times the usual rate turns the incoming tile red. */
const SURGE_FACTOR_ALARM = 3;

/** The five figures an agent reads at a glance: what comes in, what waits, what is late. */
export function SurgeTiles({ snapshot }: { snapshot: SurgeSnapshot }) {
  const t = useT();
  const intl = useIntlFormat();
  const { totals } = snapshot;
  const count = (n: number) => intl.formatNumber(n);
  const factor = totals.surgeFactor;

  return (
    <ul className="surge-tiles" aria-label={t('surge.tiles')}>
      <Tile
        testId="surge-tile-incoming"
        label={t('surge.tile.incoming')}
        value={totals.incomingLastMinute}
        text={count(totals.incomingLastMinute)}
        tone={factor !== null && factor >= SURGE_FACTOR_ALARM ? 'surge' : 'plain'}
        detail={
          <>
            <span data-testid="surge-factor">{factor === null ? t('surge.tile.factorNone') : t('surge.tile.factor', { factor: rateText(intl, factor) })}</span>
            <span>{t('surge.tile.average', { rate: rateText(intl, totals.incomingPerMinute) })}</span>
          </>
        }
      />
      <Tile
        testId="surge-tile-depth"
        label={t('surge.tile.depth')}
        value={totals.open}
        text={count(totals.open)}
        tone="plain"
        detail={t('surge.tile.unassigned', { count: totals.unassigned })}
      />
      <Tile
        testId="surge-tile-breached"
        label={t('surge.tile.breached')}
        value={totals.breached}
        text={count(totals.breached)}
        tone={totals.breached > 0 ? 'danger' : 'plain'}
        detail={t('surge.tile.breachedShare', { share: intl.formatNumber(totals.open === 0 ? 0 : totals.breached / totals.open, { style: 'percent' }) })}
      />
      <Tile
        testId="surge-tile-soon"
        label={t('surge.tile.soon')}
        value={totals.breachingSoon}
        text={count(totals.breachingSoon)}
        tone={totals.breachingSoon > 0 ? 'warning' : 'plain'}
        detail={t('surge.tile.soonDetail')}
      />
      <Tile
        testId="surge-tile-next-breach"
        label={t('surge.tile.next')}
        value={totals.nextBreachInMs}
        text={totals.nextBreachInMs === null ? t('surge.none') : formatDuration(totals.nextBreachInMs)}
        tone={totals.nextBreachInMs !== null && totals.nextBreachInMs < 5 * 60_000 ? 'warning' : 'plain'}
        detail={totals.nextBreachInMs === null ? t('surge.tile.nextNone') : ''}
      />
    </ul>
  );
}
