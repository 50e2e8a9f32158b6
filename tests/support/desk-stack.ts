import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput, ChannelName, ChannelResult } from '../../preload/contract';
import { createAppServices, type AppServices } from '../../main/services/app/app-services';
import { silentLogger } from '../../main/services/logging/logger';

/** A whole desk service stack (cache, outbox, sync engine, handlers behind dispatch) for one agent, driven as the renderer would. */
export interface DeskStack {
  services: AppServices;
  /** The channel's answer; a refusal throws with its code and message. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  /** 'ok', or the refusal's code: for calls a test expects to be refused. */
  refused(channel: ChannelName, input: unknown): Promise<string>;
}

/**
 * Opens a desk on a backend in a fresh data directory; `close` goes on `cleanups`. With `pull`,
 * the desk has synced once before it is returned.
 */
export async function openDeskStack(backend: { url: string; token: string }, agentId: string, cleanups: Array<() => Promise<void>>, options: { pull?: boolean } = {}): Promise<DeskStack> {
  const services = await createAppServices({ dataDir: mkdtempSync(join(tmpdir(), 'agentdesk-desk-')), backend: { url: backend.url, token: backend.token }, agentId, logger: silentLogger, appVersion: 'test' });
  cleanups.push(() => services.close());
  if (options.pull) await services.sync.pull();
  const call = (channel: ChannelName, input: unknown) => callDesk(services, channel, input);
  const refused = async (channel: ChannelName, input: unknown) => {
    const result = await services.dispatch(channel, input);
    return result.ok ? 'ok' : result.error.code;
  };
  return { services, call: call as DeskStack['call'], refused };
}

/** A channel's answer from a desk's dispatch, as the renderer gets it; a refusal throws with its code and message. */
export async function callDesk<T>(services: AppServices, channel: string, input: unknown): Promise<T> {
  const result = await services.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Polls until the probe gives something truthy, and returns it; fails saying what it waited for. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
