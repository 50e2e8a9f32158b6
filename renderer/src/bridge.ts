import type {
  AgentDeskBridge,
  BridgeResult,
  ChannelInput,
  ChannelName,
  ChannelResult,
  ErrorCode,
  EventName,
  EventPayloads,
} from '../../preload/contract/channels';

/** Codes from main, plus the two failures that happen before main answers. */
export type RendererErrorCode = ErrorCode | 'bridge_unavailable' | 'transport';

export class BridgeCallError extends Error {
  readonly code: RendererErrorCode;
  readonly channel: string;
  readonly issues: string[];

  constructor(channel: string, code: RendererErrorCode, message: string, issues: string[] = []) {
    super(message);
    this.name = 'BridgeCallError';
    this.channel = channel;
    this.code = code;
    this.issues = issues;
  }
}

// Read lazily: in browser preview the bridge script may define it after this module is evaluated.
function bridge(channel: string): AgentDeskBridge {
  const candidate = (window as Partial<Window>).agentdesk;
  if (!candidate || typeof candidate.invoke !== 'function') {
    throw new BridgeCallError(channel, 'bridge_unavailable', 'The AgentDesk bridge is not available in this window.');
  }
  return candidate;
}

/** Calls a channel and returns its value, or throws a BridgeCallError. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const api = bridge(channel);
  let result: BridgeResult<ChannelResult<C>>;
  try {
    result = await api.invoke(channel, input);
  } catch (err) {
    throw new BridgeCallError(channel, 'transport', `Could not reach the app (${channel}): ${describe(err)}`);
  }
  if (!result || typeof result !== 'object') {
    throw new BridgeCallError(channel, 'transport', `Malformed answer from ${channel}.`);
  }
  if (result.ok) return result.value;
  const { code, message, issues } = result.error;
  throw new BridgeCallError(channel, code, message, issues ?? []);
}

/** Subscribes to a pushed event; returns the unsubscribe function (a no-op without a bridge). */
export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  const candidate = (window as Partial<Window>).agentdesk;
  if (!candidate || typeof candidate.on !== 'function') return () => {};
  return candidate.on(event, listener);
}

export function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
