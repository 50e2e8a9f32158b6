import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendCheckResult, BackendSettingsView, EventName, SessionInfo } from '../../../preload/contract';
import type { AppServices } from '../../../main/services/app/app-services';
import { startDesk } from '../../../main/services/app/desk-host';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { silentLogger } from '../../../main/services/logging/logger';
import { sessionTokens, type TokenKeeper } from '../../../main/services/secrets/token-keeper';
import { callDesk } from '../../support/desk-stack';
import { startFakeZendesk } from '../../support/zendesk-fake-server';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-host-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function standaloneBackend(): Promise<EmbeddedBackend> {
  const backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 40, seed: 3 });
  cleanups.push(() => backend.close());
  return backend;
}

async function desk(dataDir: string, tokens: TokenKeeper): Promise<AppServices> {
  const services = await startDesk({ dataDir, tokens, logger: silentLogger, appVersion: 'test', seedTickets: 30, checkTimeoutMs: 1_500 });
  cleanups.push(() => services.close());
  return services;
}

const choice = (url: string, token: string, kind: 'embedded' | 'request-tracker' | 'zendesk' = 'embedded') => ({ kind, url, token, email: null as string | null, oauth: false });

/** Accepts connections and never answers: the backend that would make a settings view hang. */
async function silentServer(): Promise<string> {
  const server: Server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('choosing the backend in the settings view', () => {
  it('starts on the built-in backend, which the agent may change', async () => {
    const services = await desk(tempDir(), sessionTokens());
    const view = await callDesk<BackendSettingsView>(services, 'backend.get', {});
    expect(view).toMatchObject({ current: { kind: 'embedded', url: '' }, source: 'default', canChange: true, tokenStorage: 'session-only', problem: null });
  });

  it('names what is wrong in one sentence: token, address, kind, missing fields, a server that never answers', async () => {
    const backend = await standaloneBackend();
    const services = await desk(tempDir(), sessionTokens());
    const test = (input: ReturnType<typeof choice> & { rt?: unknown }) => callDesk<BackendCheckResult>(services, 'backend.test', input);

    const wrongToken = await test(choice(backend.url, 'not-the-token'));
    expect(wrongToken).toMatchObject({ ok: false, problem: 'credentials' });
    expect(wrongToken.message).toMatch(/refused the credentials: check the token/);

    expect(await test(choice('support.example.com', 'x'))).toMatchObject({ ok: false, problem: 'invalid-address' });
    expect(await test(choice(backend.url, '', 'embedded'))).toMatchObject({ ok: false, problem: 'missing-token' });
    expect(await test({ kind: 'zendesk', url: backend.url, token: 't', email: null, oauth: false })).toMatchObject({ ok: false, problem: 'missing-email' });
    // The AgentDesk backend refuses RT's and Zendesk's API paths as unauthorised, whatever the token:
    // what the server says before sign-in tells a wrong kind from a wrong token.
    const wrongKind = await test(choice(backend.url, backend.token, 'request-tracker'));
    expect(wrongKind).toMatchObject({ ok: false, problem: 'other-kind', detectedKind: 'embedded' });
    expect(wrongKind.message).toBe(`${backend.url} is an AgentDesk backend, not Request Tracker: choose an AgentDesk backend as the backend kind, or check the address.`);
    expect(await test({ kind: 'zendesk', url: backend.url, token: 'whatever', email: 'a@example.com', oauth: false })).toMatchObject({ ok: false, problem: 'other-kind', detectedKind: 'embedded' });
    const zendesk = await startFakeZendesk({ email: 'dana@exchange.example', token: 'zd-token', oauthToken: 'zd-oauth' });
    cleanups.push(zendesk.close);
    expect(await test(choice(zendesk.url, 'zd-token', 'embedded'))).toMatchObject({ ok: false, problem: 'other-kind', detectedKind: 'zendesk' });
    // A wrong token for the right kind stays a wrong token.
    expect(await test({ kind: 'zendesk', url: zendesk.url, token: 'not-it', email: 'dana@exchange.example', oauth: false })).toMatchObject({ ok: false, problem: 'credentials' });
    // A Request Tracker priority scale that is not one is named before anything is asked.
    const scale = await test({ ...choice(backend.url, backend.token, 'request-tracker'), rt: { names: {}, priorities: '100,50' } });
    expect(scale).toMatchObject({ ok: false, problem: 'rt-priorities' });

    const started = Date.now();
    const silent = await test(choice(await silentServer(), 'token'));
    expect(silent).toMatchObject({ ok: false, problem: 'timeout' });
    expect(silent.message).toMatch(/did not answer in time/);
    expect(Date.now() - started).toBeLessThan(10_000); // the configured 1.5 s limit, not a hang

    expect(await test(choice(backend.url, backend.token))).toMatchObject({ ok: true, problem: null });
  });

  it('switches to a working backend with its own cache, keeps the token, and refuses a wrong one without switching', async () => {
    const backend = await standaloneBackend();
    const dataDir = tempDir();
    const tokens = sessionTokens();
    const services = await desk(dataDir, tokens);
    const before = await callDesk<SessionInfo>(services, 'session.get', {});

    const refused = await callDesk<BackendCheckResult>(services, 'backend.apply', choice(backend.url, 'wrong'));
    expect(refused).toMatchObject({ ok: false, switched: false, problem: 'credentials' });
    expect((await callDesk<SessionInfo>(services, 'session.get', {})).backendUrl).toBe(before.backendUrl);

    const events: EventName[] = [];
    services.subscribe((event) => events.push(event));
    const applied = await callDesk<BackendCheckResult>(services, 'backend.apply', choice(`${backend.url}/`, backend.token));
    expect(applied).toMatchObject({ ok: true, switched: true, tokenStorage: 'session-only' });
    const after = await callDesk<SessionInfo>(services, 'session.get', {});
    expect(after.backendUrl).toBe(backend.url);
    expect(tokens.get(`backend-token:${backend.url}`)).toBe(backend.token);
    expect(JSON.parse(readFileSync(join(dataDir, 'backend-choice.json'), 'utf8'))).toEqual({ kind: 'embedded', url: backend.url, email: null, oauth: false });
    expect(JSON.stringify(JSON.parse(readFileSync(join(dataDir, 'backend-choice.json'), 'utf8')))).not.toContain(backend.token);

    // The new backend's tickets arrive in a cache of its own; events keep reaching the same listener.
    await callDesk(services, 'sync.now', {});
    expect(services.cache.tickets.ticketCount()).toBe(40);
    expect(existsSync(join(dataDir, 'backends'))).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    expect(await callDesk<BackendSettingsView>(services, 'backend.get', {})).toMatchObject({ current: { url: backend.url }, source: 'saved', tokenStored: true });

    // Back to the built-in backend, which needs no token.
    expect(await callDesk<BackendCheckResult>(services, 'backend.apply', choice('', ''))).toMatchObject({ ok: true, switched: true });
    expect((await callDesk<SessionInfo>(services, 'session.get', {})).backendUrl).not.toBe(backend.url);
  });

  it('starts on the saved backend next time; without the kept token it says so and starts on the built-in one', async () => {
    const backend = await standaloneBackend();
    const dataDir = tempDir();
    const tokens = sessionTokens();
    const first = await desk(dataDir, tokens);
    await callDesk(first, 'backend.apply', choice(backend.url, backend.token));
    await first.close();
    cleanups.pop();

    const again = await desk(dataDir, tokens);
    expect((await callDesk<SessionInfo>(again, 'session.get', {})).backendUrl).toBe(backend.url);
    await again.close();
    cleanups.pop();

    const forgotten = await desk(dataDir, sessionTokens());
    const view = await callDesk<BackendSettingsView>(forgotten, 'backend.get', {});
    expect(view.current.url).toBe('');
    expect(view.problem).toMatch(/token for .* was not kept/);
  });

  it('a backend given on the command line cannot be changed from the app', async () => {
    const backend = await standaloneBackend();
    const services = await startDesk({ dataDir: tempDir(), tokens: sessionTokens(), logger: silentLogger, appVersion: 'test', commandLineBackend: { kind: 'embedded', url: backend.url, token: backend.token } });
    cleanups.push(() => services.close());
    expect(await callDesk<BackendSettingsView>(services, 'backend.get', {})).toMatchObject({ source: 'command-line', canChange: false });
    const refused = await callDesk<BackendCheckResult>(services, 'backend.apply', choice('', ''));
    expect(refused).toMatchObject({ ok: false, switched: false });
    expect(refused.message).toMatch(/command line/);
  });
});
