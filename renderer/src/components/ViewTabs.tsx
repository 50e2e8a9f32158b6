import { QUEUE_VIEWS, type QueueView } from '../../../preload/contract/queue-types';
import { useIntlFormat, useT, type MessageId } from '../i18n';
import { useQueueStore } from '../stores/queue-store';
import { formatCombo } from '../keyboard/clashes';
import { FOCUS_IDS, focusRegion } from '../keyboard/focus';
import { ariaKeyShortcuts, type ActionId } from '../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useUiStore } from '../stores/ui-store';

const VIEW_LABEL = {
  all: 'app.views.all',
  mine: 'app.views.mine',
  unassigned: 'app.views.unassigned',
  security: 'app.views.security',
  snoozed: 'app.views.snoozed',
} as const satisfies Record<QueueView, MessageId>;

export function ViewTabs() {
  const t = useT();
  const intl = useIntlFormat();
  const view = useQueueStore((s) => s.view);
  const counts = useQueueStore((s) => s.counts);
  const setView = useQueueStore((s) => s.setView);
  const bindings = useSettingsStore((s) => s.bindings);
  // On the surge or reports screen no view is shown: no tab claims to be where the agent is, and
  // none points at the queue list, which is not on the page then.
  const onDesk = useUiStore((s) => s.screen === 'desk');
  return (
    <nav className="view-tabs" aria-label={t('app.views.label')}>
      <div role="tablist" aria-label={t('app.views.label')}>
        {QUEUE_VIEWS.map((v, i) => {
          const count = counts[v];
          const current = v === view;
          const selected = onDesk && current;
          const keys = bindings[`view.${i + 1}` as ActionId];
          return (
            <button
              key={v}
              type="button"
              role="tab"
              id={`view-tab-${v}`}
              data-testid={`view-tab-${v}`}
              aria-selected={selected}
              aria-controls={onDesk ? FOCUS_IDS.queue : undefined}
              aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
              tabIndex={current ? 0 : -1}
              className={`view-tab${selected ? ' is-active' : ''}${v === 'security' ? ' view-tab-security' : ''}`}
              onClick={() => {
                useUiStore.getState().setScreen('desk');
                setView(v);
                focusRegion('queue');
              }}
            >
              <span className="view-tab-key" aria-hidden="true">
                {formatCombo(keys[0]!, keyPlatform)}
              </span>
              {t(VIEW_LABEL[v])}
              {count !== undefined && <span className="view-tab-count">{intl.formatNumber(count)}</span>}
            </button>
          );
        })}
      </div>
    </nav>
  );
}
