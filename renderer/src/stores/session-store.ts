import { create } from 'zustand';
import type { Agent } from '../../../preload/contract/domain-types';
import type { SessionInfo } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { reportError } from './error-store';

interface SessionState {
  session: SessionInfo | null;
  agentsById: ReadonlyMap<string, Agent>;
  load(): Promise<void>;
}

export const useSessionStore = create<SessionState>()((set) => ({
  session: null,
  agentsById: new Map(),
  async load() {
    try {
      const session = await call('session.get', {});
      const agentsById = new Map(session.agents.map((a) => [a.id, a] as const));
      agentsById.set(session.agent.id, session.agent);
      set({ session, agentsById });
    } catch (err) {
      reportError(translate('app.error.loadingSession'), err);
    }
  },
}));

export const currentAgentId = (): string | null => useSessionStore.getState().session?.agent.id ?? null;
