import { EVENT_NAMES, isChannelName, type AgentDeskBridge, type BridgeResult, type EventName, type EventPayloads } from './contract';

/** How a bridge reaches main: Electron IPC in the desktop, a loopback HTTP connection in the preview. */
export interface BridgeTransport {
  invoke(channel: string, input: unknown): Promise<BridgeResult<unknown>>;
  /** Starts delivering pushed events; called once. */
  listen(deliver: (event: string, payload: unknown) => void): void;
}

/**
 * The object the renderer sees as window.agentdesk. It exposes named operations only: an unknown
 * channel or event is refused here, before anything crosses to main (which validates again).
 */
export function createBridge(transport: BridgeTransport, host: AgentDeskBridge['host']): AgentDeskBridge {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  transport.listen((event, payload) => {
    for (const listener of listeners.get(event as EventName) ?? []) {
      try {
        listener(payload as never);
      } catch (error) {
        console.error(`listener for ${event} failed`, error);
      }
    }
  });
  const bridge: AgentDeskBridge = {
    host,
    invoke(channel, input) {
      if (!isChannelName(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `unknown channel ${String(channel)}` } });
      }
      return transport.invoke(channel, input) as never;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event ${String(event)}`);
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return Object.freeze(bridge);
}
