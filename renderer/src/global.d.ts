/// <reference types="vite/client" />
import type { AgentDeskBridge } from '../../preload/contract/channels';

declare global {
  interface Window {
    /** Exposed by the preload script (Electron) or the preview server's injected script (browser). */
    agentdesk: AgentDeskBridge;
  }
}

export {};
