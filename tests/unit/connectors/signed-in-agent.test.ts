import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../preload/contract';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../../main/services/app/app-services';
import { EmbeddedConnector } from '../../../main/services/connectors/embedded-connector';
import { ZendeskConnector } from '../../../main/services/connectors/zendesk/zendesk-connector';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { silentLogger } from '../../../main/services/logging/logger';
import { startFakeZendesk, type FakeZendeskOptions } from '../../support/zendesk-fake-server';

// Who the desk signs in as, for each kind of backend: always the token's owner (connector.whoAmI()),
// and a different --agent is refused; only the AgentDesk backend's team token leaves the choice to --agent.

const EMAIL = 'dana.whitfield@exchange.example';
const TOKEN = 'zd-signed-in-agent-token';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-signin-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function standaloneBackend(): Promise<EmbeddedBackend> {
  const backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 20, seed: 5 });
  cleanups.push(() => backend.close());
  return backend;
}

async function fakeZendesk(options: FakeZendeskOptions = {}) {
  const server = await startFakeZendesk({ email: EMAIL, token: TOKEN, ...options });
  cleanups.push(server.close);
  return server;
}

async function desk(options: Omit<AppServicesOptions, 'logger' | 'appVersion'>): Promise<AppServices> {
  const services = await createAppServices({ logger: silentLogger, appVersion: 'test', ...options });
  cleanups.push(() => services.close());
  return services;
}

async function session(services: AppServices): Promise<SessionInfo> {
  const result = await services.dispatch('session.get', {});
  if (!result.ok) throw new Error(`session.get: ${result.error.message}`);
  return result.value as SessionInfo;
}

describe('the signed-in agent on the AgentDesk backend (a team token)', () => {
  it('says its token belongs to the team, not to one agent', async () => {
    const backend = await standaloneBackend();
    await expect(new EmbeddedConnector(backend.url, backend.token).whoAmI()).resolves.toEqual({ kind: 'team' });
  });

  it('signs in as the first frontline agent, or the agent given with --agent', async () => {
    const backend = await standaloneBackend();
    const plain = await desk({ dataDir: tempDir(), backend: { url: backend.url, token: backend.token } });
    expect((await session(plain)).agent).toMatchObject({ id: 'agent-frontline-1', role: 'frontline' });

    const security = await desk({ dataDir: tempDir(), backend: { kind: 'embedded', url: backend.url, token: backend.token }, agentId: 'agent-security-1' });
    expect((await session(security)).agent).toMatchObject({ id: 'agent-security-1', role: 'security' });
  });

  it('takes an older backend without GET /api/v1/me for a team token', async () => {
    const backend = await standaloneBackend();
    // A stand-in that answers /me with 404 as the backend did before the route existed.
    const { createServer } = await import('node:http');
    const proxy = createServer((req, res) => {
      if (req.url === '/api/v1/me') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not_found', message: 'no route' }));
        return;
      }
      res.writeHead(307, { location: new URL(req.url ?? '/', backend.url).toString() }).end();
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => (proxy.closeAllConnections(), proxy.close(() => resolve()))));
    const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    await expect(new EmbeddedConnector(url, backend.token).whoAmI()).resolves.toEqual({ kind: 'team' });
  });
});

describe('the signed-in agent on Zendesk (GET /api/v2/users/me)', () => {
  it('is the user the credentials belong to, with the role from the agent list', async () => {
    const zendesk = await fakeZendesk({ signedInAs: 902 });
    const connector = new ZendeskConnector({ url: zendesk.url, auth: { kind: 'api_token', email: EMAIL, token: TOKEN } });
    await expect(connector.whoAmI()).resolves.toMatchObject({ kind: 'agent', agentId: '902', agent: { name: 'Sam Okafor', role: 'security' } });

    const services = await desk({ dataDir: tempDir(), backend: { kind: 'zendesk', url: zendesk.url, email: EMAIL, token: TOKEN } });
    expect((await session(services)).agent).toMatchObject({ id: '902', name: 'Sam Okafor', role: 'security' });
  });

  it('never falls back to the first frontline agent of the list', async () => {
    const zendesk = await fakeZendesk();
    const services = await desk({ dataDir: tempDir(), backend: { kind: 'zendesk', url: zendesk.url, email: EMAIL, token: TOKEN } });
    // 901 is the list's first frontline agent; the token is Dana Whitfield's (903, an executive by her tags).
    expect((await session(services)).agent).toMatchObject({ id: '903', name: 'Dana Whitfield', role: 'executive' });
  });

  it('refuses a mismatching --agent with one sentence naming the owner, and accepts the matching one', async () => {
    const zendesk = await fakeZendesk();
    const backend = { kind: 'zendesk' as const, url: zendesk.url, email: EMAIL, token: TOKEN };
    const refused = await desk({ dataDir: tempDir(), backend, agentId: '901' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toBe(
      "--agent 901 does not match the token, which belongs to Dana Whitfield (903): start without --agent to sign in as them, or use 901's own token.",
    );

    const matching = await desk({ dataDir: tempDir(), backend, agentId: '903' });
    expect((await session(matching)).agent.id).toBe('903');
  });

  it('a backend chosen in the app signs in as its owner whatever --agent said', async () => {
    const zendesk = await fakeZendesk({ signedInAs: 901 });
    const services = await desk({ dataDir: tempDir(), backend: { kind: 'zendesk', url: zendesk.url, email: EMAIL, token: TOKEN }, agentId: 'agent-security-1', onAgentMismatch: 'owner' });
    expect((await session(services)).agent).toMatchObject({ id: '901', name: 'Lena Novak' });
  });

  it('remembers the owner for a start while the backend cannot be reached, and only for the same token', async () => {
    const zendesk = await fakeZendesk({ signedInAs: 902 });
    const dataDir = tempDir();
    const backend = { kind: 'zendesk' as const, url: zendesk.url, email: EMAIL, token: TOKEN };
    const first = await desk({ dataDir, backend });
    expect((await session(first)).agent.id).toBe('902');
    await first.close();
    await zendesk.close();

    const offline = await desk({ dataDir, backend });
    expect((await session(offline)).agent).toMatchObject({ id: '902', role: 'security' });
    // The mismatch is still refused from the remembered answer.
    await expect(desk({ dataDir, backend, agentId: '901' })).rejects.toThrow(/does not match the token, which belongs to Sam Okafor \(902\)/);

    // Another token proves nothing about who holds it: no agent until the backend says.
    const other = await desk({ dataDir, backend: { ...backend, token: 'another-token' } });
    const result = await other.dispatch('session.get', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/not signed in yet/);
  });
});
