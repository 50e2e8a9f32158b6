import { useT } from '../i18n';
import { runAction } from '../keyboard/commands';
import { ActionButton } from './ActionButton';
import { useTopicGroupStore } from '../stores/topic-group-store';
import { useUiStore } from '../stores/ui-store';
import { SurgeIndicator, usePulse } from './QueuePulse';

/**
 * Surge, topic groups and reports as visible entries (not only g s, g t, g r), the one the agent is
 * on marked, and the surge indicator when volume rises.
 */
export function CrisisNav() {
  const t = useT();
  const screen = useUiStore((s) => s.screen);
  const grouped = useTopicGroupStore((s) => s.active);
  const totals = usePulse();
  return (
    <nav className="crisis-nav" aria-label={t('pulse.nav')} data-testid="crisis-nav">
      <SurgeIndicator totals={totals} onOpen={() => runAction('screen.surge', { context: 'queue', element: null })} />
      {screen !== 'desk' && <ActionButton id="screen.desk" messageId="pulse.nav.queue" testId="crisis-screen.desk" className="btn btn-small crisis-entry" current={false} />}
      <ActionButton id="queue.groupByTopic" messageId="pulse.nav.groups" testId="crisis-queue.groupByTopic" className="btn btn-small crisis-entry" current={screen === 'desk' && grouped} />
      <ActionButton id="screen.surge" messageId="pulse.nav.surge" testId="crisis-screen.surge" className="btn btn-small crisis-entry" current={screen === 'surge'} />
      <ActionButton id="screen.reports" messageId="pulse.nav.reports" testId="crisis-screen.reports" className="btn btn-small crisis-entry" current={screen === 'reports'} />
    </nav>
  );
}
