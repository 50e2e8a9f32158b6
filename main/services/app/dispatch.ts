import { channels, isChannelName, type BridgeResult } from '../../../preload/contract';
import type { Logger } from '../logging/logger';
import { HandlerError, type ChannelHandlers } from './channel-handlers';

export type Dispatch = (channel: unknown, input: unknown) => Promise<BridgeResult<unknown>>;

/**
 * The single entry for every call from a renderer, whatever the transport (Electron IPC or the
 * preview's loopback bridge): unknown channels and invalid inputs never reach a handler.
 */
export function createDispatch(handlers: ChannelHandlers, logger: Logger): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `unknown channel ${String(channel).slice(0, 80)}` } };
    }
    const parsed = channels[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
      return { ok: false, error: { code: 'invalid_input', message: `invalid input for ${channel}`, issues } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof HandlerError) return { ok: false, error: { code: error.code, message: error.message, ...(error.refusal ? { refusal: error.refusal } : {}) } };
      logger.error({ err: error, channel }, 'handler failed');
      return { ok: false, error: { code: 'internal', message: `${channel} failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}
