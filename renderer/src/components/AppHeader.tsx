import { useSessionStore } from '../stores/session-store';
import { ViewTabs } from './ViewTabs';

export function AppHeader() {
  const agent = useSessionStore((s) => s.session?.agent ?? null);
  return (
    <header className="app-header">
      <h1 className="app-name">AgentDesk</h1>
      <ViewTabs />
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
