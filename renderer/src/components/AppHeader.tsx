import { useT, type MessageId } from '../i18n';
import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import { useSessionStore } from '../stores/session-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { SearchBox } from './SearchBox';
import { ViewTabs } from './ViewTabs';
import { CustomerText } from './CustomerText';
import { CrisisNav } from './CrisisNav';

function HeaderButton({ id, messageId }: { id: ActionId; messageId: MessageId }) {
  const t = useT();
  const keys = useSettingsStore((s) => s.bindings[id]);
  const text = t(messageId);
  return (
    <button
      type="button"
      className="btn btn-small"
      data-testid={`open-${id}`}
      title={t('app.withKeys', { label: text, keys: formatKeys(keys, keyPlatform) })}
      aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
      onClick={(e) => runAction(id, { context: 'queue', element: e.currentTarget })}
    >
      {text}
    </button>
  );
}

export function AppHeader() {
  const t = useT();
  const agent = useSessionStore((s) => s.session?.agent ?? null);
  return (
    <header className="app-header">
      <h1 className="app-name">AgentDesk</h1>
      <ViewTabs />
      <SearchBox />
      <CrisisNav />
      <div className="header-tools">
        <HeaderButton id="palette.open" messageId="app.header.commands" />
        <HeaderButton id="help.keymap" messageId="app.header.shortcuts" />
        <HeaderButton id="settings.open" messageId="app.header.settings" />
      </div>
      <div className="agent" aria-label={t('app.header.agent')}>
        {agent ? (
          <>
            <CustomerText className="agent-name" testId="agent-name" text={agent.name} />
            <span className={`badge badge-role badge-role-${agent.role}`}>{t(`app.role.${agent.role}`)}</span>
          </>
        ) : (
          <span className="muted">{t('app.header.signingIn')}</span>
        )}
      </div>
    </header>
  );
}
