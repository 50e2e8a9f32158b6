import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../main/services/app/app-services';
import { testChoice } from '../../../main/services/app/backend-settings-handlers';
import { ConnectorError } from '../../../main/services/connectors/backend-connector';
import { classifyBackendProblem, createConnector, describeBackendProblem, type BackendConfig } from '../../../main/services/connectors/connector-factory';
import { EmbeddedConnector } from '../../../main/services/connectors/embedded-connector';
import { RequestTrackerConnector } from '../../../main/services/connectors/request-tracker/rt-connector';
import { ZendeskConnector } from '../../../main/services/connectors/zendesk/zendesk-connector';
import { silentLogger } from '../../../main/services/logging/logger';
import { RT_NOT_INSTALLED, requestTrackerInstalled, startRequestTracker, type RunningRequestTracker } from '../../support/request-tracker/rt-instance';
import { startFakeZendesk, type RunningFakeZendesk } from '../../support/zendesk-fake-server';

const EMAIL = 'dana.whitfield@exchange.example';
const TOKEN = 'zd-factory-test-token';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A loopback port nobody listens on (fetch refuses some well-known ones such as 9 outright). */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

async function failure(config: BackendConfig): Promise<unknown> {
  try {
    await createConnector(config).checkConnection();
  } catch (error) {
    return error;
  }
  throw new Error(`expected the ${config.kind} check at ${config.url} to fail`);
}

async function fakeZendesk(): Promise<RunningFakeZendesk> {
  const zendesk = await startFakeZendesk({ email: EMAIL, token: TOKEN, oauthToken: 'zd-oauth-token' });
  cleanups.push(zendesk.close);
  return zendesk;
}

describe('createConnector', () => {
  it('builds the connector of each kind for its address', () => {
    const embedded = createConnector({ kind: 'embedded', url: 'http://127.0.0.1:4100', token: 't' });
    expect(embedded).toBeInstanceOf(EmbeddedConnector);
    expect(embedded.kind).toBe('embedded');
    const rt = createConnector({ kind: 'request-tracker', url: 'https://rt.example.com', token: '1-2-abc', securityQueue: 'Fraud', defaultQueue: 'Support' });
    expect(rt).toBeInstanceOf(RequestTrackerConnector);
    expect([rt.kind, rt.url]).toEqual(['request-tracker', 'https://rt.example.com']);
    const zendesk = createConnector({ kind: 'zendesk', url: 'https://acme.zendesk.com/', email: EMAIL, token: TOKEN });
    expect(zendesk).toBeInstanceOf(ZendeskConnector);
    expect([zendesk.kind, zendesk.url]).toEqual(['zendesk', 'https://acme.zendesk.com']);
  });

  it('signs in to Zendesk with an agent email and API token, or with an OAuth token', async () => {
    const { url, zendesk } = await fakeZendesk();
    await createConnector({ kind: 'zendesk', url, email: EMAIL, token: TOKEN }).checkConnection();
    await createConnector({ kind: 'zendesk', url, token: 'zd-oauth-token', oauth: true }).checkConnection();
    expect(zendesk.requests.map((r) => r.authorization)).toEqual([`Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`, 'Bearer zd-oauth-token']);
  });

  it('refuses a configuration that cannot work, before any request', () => {
    const refusal = (config: BackendConfig) => {
      try {
        createConnector(config);
      } catch (error) {
        expect(error).toBeInstanceOf(ConnectorError);
        return (error as ConnectorError).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal({ kind: 'zendesk', url: 'https://acme.zendesk.com', token: TOKEN })).toMatch(/needs the agent's email/);
    expect(refusal({ kind: 'zendesk', url: 'https://acme.zendesk.com', email: EMAIL, token: TOKEN, oauth: true })).toMatch(/not both/);
    expect(refusal({ kind: 'request-tracker', url: 'rt.example.com', token: 't' })).toBe('"rt.example.com" is not an http(s) address for Request Tracker');
    expect(refusal({ kind: 'zendesk', url: 'http://acme.zendesk.com', email: EMAIL, token: TOKEN })).toMatch(/only sent over https/);
  });
});

describe('describeBackendProblem', () => {
  it('says nothing answers at a closed port, for every kind', async () => {
    const url = await closedPortUrl();
    const configs: BackendConfig[] = [
      { kind: 'embedded', url, token: 't' },
      { kind: 'request-tracker', url, token: 't' },
      // Zendesk re-reads a dropped connection a few times before it gives up.
      { kind: 'zendesk', url, email: EMAIL, token: TOKEN },
    ];
    for (const config of configs) {
      const error = await failure(config);
      expect(classifyBackendProblem(error)).toBe('unreachable');
      expect(describeBackendProblem(error, config)).toMatch(new RegExp(`^Nothing answers at ${url}: check the address and that .+ is running and reachable from this computer\\.$`));
    }
    expect(describeBackendProblem(await failure(configs[0]!), configs[0])).toContain('the AgentDesk backend is running');
  });

  it('says the credentials were refused for a wrong Zendesk token', async () => {
    const { url } = await fakeZendesk();
    const config: BackendConfig = { kind: 'zendesk', url, email: EMAIL, token: 'wrong' };
    const error = await failure(config);
    expect(classifyBackendProblem(error)).toBe('credentials');
    expect(describeBackendProblem(error, config)).toBe(`Zendesk at ${url} refused the credentials: check the token and the agent's email, and that the backend kind is right.`);
  });

  it('says a server that is not of the configured kind is not', async () => {
    const url = await listen((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome to nginx!</body></html>'));
    for (const kind of ['embedded', 'request-tracker', 'zendesk'] as const) {
      const config: BackendConfig = kind === 'zendesk' ? { kind, url, email: EMAIL, token: TOKEN } : { kind, url, token: 't' };
      const error = await failure(config);
      expect(classifyBackendProblem(error)).toBe('wrong-kind');
      expect(describeBackendProblem(error, config)).toMatch(new RegExp(`^${url} answered, but not as (the AgentDesk backend|Request Tracker|Zendesk) does: check the address and the backend kind\\.$`));
    }
  });

  it('says there is no API at an address that answers 404', async () => {
    const url = await listen((_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}'));
    const rt: BackendConfig = { kind: 'request-tracker', url, token: 't' };
    expect(describeBackendProblem(await failure(rt), rt)).toBe(`There is no Request Tracker REST2 API at ${url}: check the address and the backend kind.`);
    const zendesk: BackendConfig = { kind: 'zendesk', url, email: EMAIL, token: TOKEN };
    expect(describeBackendProblem(await failure(zendesk), zendesk)).toBe(`There is no Zendesk API at ${url}: check the address and the backend kind.`);
  });

  it('tells a Request Tracker of another version, a server in trouble, and a missing right apart', async () => {
    const rt4 = await listen((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"Version":"4.4.6","Plugins":[]}'));
    const old: BackendConfig = { kind: 'request-tracker', url: rt4, token: 't' };
    expect(describeBackendProblem(await failure(old), old)).toBe(`${rt4} runs Request Tracker 4.4.6, but the desk needs Request Tracker 5.`);

    const broken = await listen((_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"maintenance"}'));
    const embedded: BackendConfig = { kind: 'embedded', url: broken, token: 't' };
    const trouble = await failure(embedded);
    expect(classifyBackendProblem(trouble)).toBe('server-trouble');
    expect(describeBackendProblem(trouble, embedded)).toBe(`The AgentDesk backend at ${broken} has a problem of its own (HTTP 503): try again shortly, or ask its administrator.`);

    const forbidden = await listen((_req, res) => res.writeHead(403, { 'content-type': 'application/json' }).end('{"message":"Forbidden"}'));
    const noRights: BackendConfig = { kind: 'embedded', url: forbidden, token: 't' };
    expect(classifyBackendProblem(await failure(noRights))).toBe('permission');
  });

  it('says a server that never answers did not answer in time', async () => {
    const url = await listen(() => {});
    const error = await new RequestTrackerConnector(url, 't', { timeoutMs: 300 }).checkConnection().catch((e: unknown) => e);
    expect(classifyBackendProblem(error)).toBe('timeout');
    expect(describeBackendProblem(error, { kind: 'request-tracker', url })).toBe(`Request Tracker at ${url} did not answer in time: it may be overloaded, or a firewall may be holding the connection.`);
  });

  it('explains a malformed address, with or without knowing the backend', () => {
    const config: BackendConfig = { kind: 'embedded', url: 'localhost:4100', token: 't' };
    let error: unknown;
    try {
      createConnector(config);
    } catch (e) {
      error = e;
    }
    expect(describeBackendProblem(error, config)).toBe('"localhost:4100" is not a usable address: give the server\'s full http(s) URL, e.g. https://support.example.com.');
    expect(describeBackendProblem(new ConnectorError('auth', 'HTTP 401'))).toBe('The backend refused the credentials: check the token.');
    expect(describeBackendProblem(new Error('socket hang up'), config)).toBe('Could not use the AgentDesk backend at localhost:4100: socket hang up.');
  });
});

describe('the desk on a Zendesk backend', () => {
  it('syncs through the connector the factory builds, and says which kind of backend it uses', async () => {
    const { url } = await fakeZendesk();
    const dataDir = mkdtempSync(join(tmpdir(), 'agentdesk-factory-'));
    const services = await createAppServices({ dataDir, backend: { kind: 'zendesk', url, email: EMAIL, token: TOKEN }, logger: silentLogger, appVersion: 'test' });
    cleanups.push(async () => {
      await services.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    await services.sync.pull();
    const session = await services.dispatch('session.get', {});
    expect(session).toMatchObject({ ok: true, value: { backendKind: 'zendesk', backendUrl: url } });
    const status = services.sync.getStatus();
    expect(status.connection).toBe('online');
    // Zendesk's change cursor is not a number: the status shows none rather than NaN.
    expect(status.cursor).toBeNull();
    expect(services.cache.tickets.ticketCount()).toBeGreaterThan(0);
  });
});

const describeWithRt = requestTrackerInstalled() ? describe : describe.skip;

describeWithRt(requestTrackerInstalled() ? 'describeBackendProblem against a real Request Tracker' : RT_NOT_INSTALLED, () => {
  let rt: RunningRequestTracker;

  beforeAll(async () => {
    rt = await startRequestTracker();
  }, 60_000);

  afterAll(async () => {
    await rt?.stop();
  });

  it('connects with the right token and names a wrong one, or the wrong kind', async () => {
    await createConnector({ kind: 'request-tracker', url: rt.url, token: rt.token }).checkConnection();

    const wrongToken: BackendConfig = { kind: 'request-tracker', url: rt.url, token: '1-29-0123456789abcdef0123456789abcdef' };
    expect(describeBackendProblem(await failure(wrongToken), wrongToken)).toBe(`Request Tracker at ${rt.url} refused the credentials: check the token, and that the backend kind is right.`);

    // RT's web UI answers the embedded API's path with its login page.
    const embedded: BackendConfig = { kind: 'embedded', url: rt.url, token: rt.token };
    expect(classifyBackendProblem(await failure(embedded))).toBe('wrong-kind');

    // …and redirects Zendesk's API path to that login page.
    const zendesk: BackendConfig = { kind: 'zendesk', url: rt.url, email: EMAIL, token: rt.token };
    expect(describeBackendProblem(await failure(zendesk), zendesk)).toBe(`There is no Zendesk API at ${rt.url}: check the address and the backend kind.`);
  });

  it("says the server is Request Tracker when another kind was chosen, and checks the names chosen in the settings view", async () => {
    for (const kind of ['embedded', 'zendesk'] as const) {
      const result = await testChoice({ kind, url: rt.url, token: rt.token, email: kind === 'zendesk' ? EMAIL : null, oauth: false }, rt.token);
      expect(result, kind).toMatchObject({ ok: false, problem: 'other-kind', detectedKind: 'request-tracker' });
    }
    const renamed = await testChoice({ kind: 'request-tracker', url: rt.url, token: rt.token, email: null, oauth: false, rt: { names: { securityQueue: 'Fraud' }, priorities: '0,50,75,100' } }, rt.token);
    expect(renamed).toMatchObject({ ok: false, problem: 'unknown' });
    expect(renamed.message).toMatch(/lacks the queue "Fraud"/);
    expect(await testChoice({ kind: 'request-tracker', url: rt.url, token: rt.token, email: null, oauth: false, rt: { names: { securityQueue: 'Security' }, priorities: '-50,0,50,100' } }, rt.token)).toMatchObject({ ok: true });
  });
});
