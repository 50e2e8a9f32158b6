import { useT, ROLE_LABEL } from '../i18n';
import { ActionButton } from './ActionButton';
import { useSessionStore } from '../stores/session-store';
import { SearchBox } from './SearchBox';
import { ViewTabs } from './ViewTabs';
import { CustomerText } from './CustomerText';
import { CrisisNav } from './CrisisNav';

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
        <ActionButton id="palette.open" messageId="app.header.commands" testId="open-palette.open" />
        <ActionButton id="help.keymap" messageId="app.header.shortcuts" testId="open-help.keymap" />
        <ActionButton id="settings.open" messageId="app.header.settings" testId="open-settings.open" />
      </div>
      <div className="agent" aria-label={t('app.header.agent')}>
        {agent ? (
          <>
            <CustomerText className="agent-name" testId="agent-name" text={agent.name} />
            <span className={`badge badge-role badge-role-${agent.role}`}>{t(ROLE_LABEL[agent.role])}</span>
          </>
        ) : (
          <span className="muted">{t('app.header.signingIn')}</span>
        )}
      </div>
    </header>
  );
}
