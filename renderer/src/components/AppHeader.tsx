import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import { useSessionStore } from '../stores/session-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { SearchBox } from './SearchBox';
import { ViewTabs } from './ViewTabs';

function HeaderButton({ id, label }: { id: ActionId; label: string }) {
  const keys = useSettingsStore((s) => s.bindings[id]);
  return (
    <button
      type="button"
      className="btn btn-small"
      data-testid={`open-${id}`}
      title={`${label} (${formatKeys(keys, keyPlatform)})`}
      aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
      onClick={(e) => runAction(id, { context: 'queue', element: e.currentTarget })}
    >
      {label}
    </button>
  );
}

export function AppHeader() {
  const agent = useSessionStore((s) => s.session?.agent ?? null);
  return (
    <header className="app-header">
      <h1 className="app-name">AgentDesk</h1>
      <ViewTabs />
      <SearchBox />
      <div className="header-tools">
        <HeaderButton id="palette.open" label="Commands" />
        <HeaderButton id="help.keymap" label="Shortcuts" />
        <HeaderButton id="settings.open" label="Settings" />
      </div>
      <div className="agent" aria-label="Signed-in agent">
        {agent ? (
          <>
            <span className="agent-name" data-testid="agent-name">
              {agent.name}
            </span>
            <span className={`badge badge-role badge-role-${agent.role}`}>{agent.role}</span>
          </>
        ) : (
          <span className="muted">Signing in…</span>
        )}
      </div>
    </header>
  );
}
