import { useT, type MessageId } from '../i18n';
import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useTopicGroupStore } from '../stores/topic-group-store';
import { useUiStore } from '../stores/ui-store';
import { SurgeIndicator, usePulse } from './QueuePulse';

function CrisisEntry({ id, messageId, current }: { id: ActionId; messageId: MessageId; current: boolean }) {
  const t = useT();
  const keys = useSettingsStore((s) => s.bindings[id]);
  const text = t(messageId);
  return (
    <button
      type="button"
      className={`btn btn-small crisis-entry${current ? ' is-current' : ''}`}
      data-testid={`crisis-${id}`}
      aria-current={current ? 'page' : undefined}
      title={t('app.withKeys', { label: text, keys: formatKeys(keys, keyPlatform) })}
      aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
      onClick={(e) => runAction(id, { context: 'queue', element: e.currentTarget })}
    >
      {text}
    </button>
  );
}

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
      {screen !== 'desk' && <CrisisEntry id="screen.desk" messageId="pulse.nav.queue" current={false} />}
      <CrisisEntry id="queue.groupByTopic" messageId="pulse.nav.groups" current={screen === 'desk' && grouped} />
      <CrisisEntry id="screen.surge" messageId="pulse.nav.surge" current={screen === 'surge'} />
      <CrisisEntry id="screen.reports" messageId="pulse.nav.reports" current={screen === 'reports'} />
    </nav>
  );
}
