import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../../preload/contract';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../../../main/services/app/app-services';
import { RequestTrackerConnector } from '../../../../main/services/connectors/request-tracker/rt-connector';
import { silentLogger } from '../../../../main/services/logging/logger';
import { RT_NOT_INSTALLED, requestTrackerInstalled, startRequestTracker, type RunningRequestTracker } from '../../../support/request-tracker/rt-instance';

const describeWithRt = requestTrackerInstalled() ? describe : describe.skip;

// The whole desk (app services, sync, outbox) on a real Request Tracker 5, as an exchange runs it.
describeWithRt(requestTrackerInstalled() ? 'the desk on Request Tracker' : RT_NOT_INSTALLED, () => {
  let rt: RunningRequestTracker;
  const cleanups: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    rt = await startRequestTracker();
  }, 60_000);

  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await rt?.stop();
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'agentdesk-rt-desk-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  async function desk(token: string, extra: Partial<AppServicesOptions> = {}): Promise<AppServices> {
    const services = await createAppServices({ dataDir: tempDir(), backend: { kind: 'request-tracker', url: rt.url, token }, logger: silentLogger, appVersion: 'test', ...extra });
    cleanups.push(() => services.close());
    return services;
  }

  async function call<T>(services: AppServices, channel: string, input: unknown): Promise<T> {
    const result = await services.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  it("signs in as the token's owner, whatever the order of the agent list, and refuses a mismatching --agent", async () => {
    expect(await new RequestTrackerConnector(rt.url, rt.tokens.security).whoAmI()).toMatchObject({ kind: 'agent', agentId: 'secagent', agent: { name: 'Sam Security', role: 'security' } });

    // The security agent's token gets the security desk, not the list's first frontline agent.
    const security = await desk(rt.tokens.security);
    const session = await call<SessionInfo>(security, 'session.get', {});
    expect(session.agent).toMatchObject({ id: 'secagent', role: 'security' });
    expect(session.agents.find((a) => a.role === 'frontline')?.id).toBe('agent');

    const frontline = await desk(rt.tokens.agent, { agentId: 'agent' });
    expect((await call<SessionInfo>(frontline, 'session.get', {})).agent).toMatchObject({ id: 'agent', role: 'frontline' });

    const refused = await desk(rt.tokens.security, { agentId: 'agent' }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe("--agent agent does not match the token, which belongs to Sam Security (secagent): start without --agent to sign in as them, or use agent's own token.");
  }, 60_000);
});
