import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../preload/contract';
import { ConnectorError, type ValidatedPage } from '../../../../main/services/connectors/backend-connector';
import { RequestTrackerConnector } from '../../../../main/services/connectors/request-tracker/rt-connector';
import { loadStarterLibrary } from '../../../../main/services/domain/starter-library';
import { silentLogger } from '../../../../main/services/logging/logger';
import { openCacheStore } from '../../../../main/services/store/cache-store';
import { SyncEngine } from '../../../../main/services/sync/sync-engine';
import { RtAdmin } from '../../../support/request-tracker/rt-admin';
import { RT_NOT_INSTALLED, requestTrackerInstalled, startRequestTracker, type RunningRequestTracker } from '../../../support/request-tracker/rt-instance';

const describeWithRt = requestTrackerInstalled() ? describe : describe.skip;

async function readSnapshot(connector: RequestTrackerConnector): Promise<{ page: ValidatedPage; cursor: string; pages: number }> {
  const page: ValidatedPage = { tickets: [], customers: [], messages: [], rejected: [] };
  let from: string | null = null;
  let cursor: string | null = null;
  let pages = 0;
  do {
    const result = await connector.snapshotPage(from);
    cursor ??= result.cursor;
    pages += 1;
    for (const key of ['tickets', 'customers', 'messages', 'rejected'] as const) (page[key] as unknown[]).push(...result.page[key]);
    from = result.next;
  } while (from !== null);
  return { page, cursor: cursor!, pages };
}

describeWithRt(requestTrackerInstalled() ? 'Request Tracker connector: reading' : RT_NOT_INSTALLED, () => {
  let rt: RunningRequestTracker;
  let admin: RtAdmin;
  let connector: RequestTrackerConnector;

  beforeAll(async () => {
    rt = await startRequestTracker();
    admin = new RtAdmin(rt.url, rt.tokens.admin);
    connector = new RequestTrackerConnector(rt.url, rt.token);
  }, 60_000);

  afterAll(async () => {
    await rt?.stop();
  });

  it('checks the connection, and refuses a wrong token or address quickly and clearly', async () => {
    await connector.checkConnection();

    const started = Date.now();
    const wrongToken = await new RequestTrackerConnector(rt.url, '1-29-0123456789abcdef0123456789abcdef').checkConnection().catch((e: unknown) => e);
    expect(wrongToken).toBeInstanceOf(ConnectorError);
    expect((wrongToken as ConnectorError).kind).toBe('auth');
    expect((wrongToken as ConnectorError).message).toMatch(/refused the token/);

    const closedPort = await new RequestTrackerConnector('http://127.0.0.1:9', rt.token).checkConnection().catch((e: unknown) => e);
    expect((closedPort as ConnectorError).kind).toBe('temporary');
    expect((closedPort as ConnectorError).message).toMatch(/unreachable at http:\/\/127\.0\.0\.1:9/);

    // Something that answers HTTP but is not RT.
    const other: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    const notRt = await new RequestTrackerConnector(`http://127.0.0.1:${port}`, rt.token).checkConnection().catch((e: unknown) => e);
    other.close();
    expect(notRt).toBeInstanceOf(ConnectorError);
    expect((notRt as ConnectorError).message).toMatch(/not JSON|Request Tracker/);

    // A server that never answers must not hang the check.
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as { port: number }).port;
    const hung = await new RequestTrackerConnector(`http://127.0.0.1:${silentPort}`, rt.token, { timeoutMs: 500 }).checkConnection().catch((e: unknown) => e);
    silent.closeAllConnections();
    silent.close();
    expect((hung as ConnectorError).kind).toBe('temporary');
    expect((hung as ConnectorError).message).toMatch(/no answer in 500 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('lists the agents with their roles from the RT groups', async () => {
    const agents = await connector.listAgents();
    expect(agents.map((a) => [a.id, a.role, a.name]).sort()).toEqual([
      ['agent', 'frontline', 'Alex Agent'],
      ['secagent', 'security', 'Sam Security'],
    ]);
    // RT keeps no macros the desk can use: the starter library shipped with the desk stands in.
    expect((await connector.listMacros()).map((m) => m.id)).toEqual(loadStarterLibrary().map((m) => m.id));
  });

  it('reads tickets created in RT through the snapshot, then only what changed through incremental pulls', async () => {
    const withdrawal = await admin.createTicket({ subject: 'Withdrawal stuck', requestor: 'carol@example.com', body: 'My BTC withdrawal is pending\nsince yesterday.', topic: 'withdrawal', language: 'es' });
    const kyc = await admin.createTicket({ subject: 'KYC documents', requestor: 'dave@example.com', body: 'Here are my documents.', priority: 80 });
    const security = await admin.createTicket({ subject: 'Someone logged in', requestor: 'erin@example.com', body: 'Not me!', queue: 'Security' });

    const snapshot = await readSnapshot(connector);
    expect(snapshot.page.rejected).toEqual([]);
    const byId = new Map(snapshot.page.tickets.map((t) => [t.id, t]));
    expect(byId.get(withdrawal)).toMatchObject({ subject: 'Withdrawal stuck', status: 'new', priority: 'low', topic: 'withdrawal', language: 'es', customerId: 'carol@example.com', assigneeId: null, security: false, escalatedAt: null });
    expect(byId.get(kyc)).toMatchObject({ priority: 'high', topic: 'kyc', language: 'en' });
    expect(byId.get(security)).toMatchObject({ security: true, tags: ['security'] });
    expect(byId.get(security)!.escalatedAt).toBe(byId.get(security)!.createdAt);
    expect(snapshot.page.messages.filter((m) => m.ticketId === withdrawal)).toEqual([
      expect.objectContaining({ authorType: 'customer', authorId: 'carol@example.com', kind: 'reply', body: 'My BTC withdrawal is pending\nsince yesterday.', clientKey: null }),
    ]);
    expect(snapshot.page.customers.find((c) => c.id === 'carol@example.com')).toMatchObject({ email: 'carol@example.com', firstName: 'carol' });
    const versionOf = (t: Ticket | undefined) => t?.version ?? -1;
    expect(versionOf(byId.get(withdrawal))).toBeGreaterThan(0);

    // Nothing changed yet: a pull hands over nothing new (the overlap is de-duplicated).
    let cursor = snapshot.cursor;
    const settle = await connector.changesSince(cursor);
    cursor = settle.cursor;
    const quiet = await connector.changesSince(cursor);
    expect(quiet.page.tickets).toEqual([]);
    cursor = quiet.cursor;

    // Changes made in RT: a new ticket, a comment on one, a field change on another — two within one second.
    const fresh = await admin.createTicket({ subject: 'Fees question', requestor: 'frank@example.com', body: 'Why 2%?', topic: 'fees' });
    await admin.comment(withdrawal, 'Checked the hot wallet.');
    await admin.update(kyc, { Status: 'open' });
    await admin.update(kyc, { Priority: 100 });

    const changes = await connector.changesSince(cursor);
    expect(changes.hasMore).toBe(false);
    const changed = new Map(changes.page.tickets.map((t) => [t.id, t]));
    expect([...changed.keys()].sort()).toEqual([withdrawal, kyc, fresh].sort());
    expect(changed.get(kyc)).toMatchObject({ status: 'open', priority: 'urgent' });
    expect(changed.get(withdrawal)!.version).toBeGreaterThan(versionOf(byId.get(withdrawal)));
    expect(changes.page.messages.map((m) => [m.ticketId, m.kind, m.authorType, m.body])).toEqual(
      expect.arrayContaining([
        [withdrawal, 'note', 'agent', 'Checked the hot wallet.'],
        [fresh, 'reply', 'customer', 'Why 2%?'],
      ]),
    );
    // The withdrawal's first message was handed over in the snapshot and is not sent again.
    expect(changes.page.messages.filter((m) => m.ticketId === withdrawal)).toHaveLength(1);
    expect(changes.page.customers.map((c) => c.id)).toContain('frank@example.com');

    // The next pull, with the cursor the engine stored, sees the overlap again but hands over nothing.
    const again = await connector.changesSince(changes.cursor);
    expect(again.page.tickets).toEqual([]);
    expect(again.page.messages).toEqual([]);
    expect(Number(again.cursor)).toBeGreaterThanOrEqual(Number(changes.cursor));
  });

  it('works out topic and language of a ticket without the custom fields, and keeps them on later changes', async () => {
    const base = await connector.changesSince(String((Math.floor(Date.now() / 1000) - 60) * 1000));
    const body = 'Hola, mi retiro de 0,2 BTC a bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh lleva dos días pendiente y todavía no tengo ningún hash. ¿Qué está pasando?';
    const id = await admin.createTicket({ subject: 'Retiro atascado', requestor: 'lucia@example.es', body });
    const first = await connector.changesSince(base.cursor);
    expect(first.page.tickets.find((t) => t.id === id)).toMatchObject({ topic: 'withdrawal', language: 'es' });
    expect(first.page.customers.find((c) => c.id === 'lucia@example.es')).toMatchObject({ language: 'es' });

    // Changed later: the first message already went to the desk and is not sent again, yet it still decides.
    await admin.update(id, { Status: 'open' });
    const later = await connector.changesSince(first.cursor);
    expect(later.page.tickets.find((t) => t.id === id)).toMatchObject({ status: 'open', topic: 'withdrawal', language: 'es' });
    expect(later.page.messages.filter((m) => m.ticketId === id)).toEqual([]);
  });

  it('sends a pull again when the engine did not store it (it asks with the older cursor)', async () => {
    const base = await connector.changesSince(String((Math.floor(Date.now() / 1000) - 60) * 1000));
    const id = await admin.createTicket({ subject: 'Lost page', requestor: 'gina@example.com', body: 'hello' });
    const first = await connector.changesSince(base.cursor);
    expect(first.page.tickets.map((t) => t.id)).toContain(id);
    // As if storing `first` failed: the engine asks with base.cursor again.
    const retried = await connector.changesSince(base.cursor);
    expect(retried.page.tickets.map((t) => t.id)).toContain(id);
    expect(retried.page.messages.map((m) => m.ticketId)).toContain(id);
  });

  it('signals through watch() when RT changes', async () => {
    const signals: number[] = [];
    const live: boolean[] = [];
    const polling = new RequestTrackerConnector(rt.url, rt.token, { pollIntervalMs: 100 });
    const stop = polling.watch({ onSignal: () => signals.push(Date.now()), onLive: (l) => live.push(l) });
    try {
      await expect.poll(() => live.at(-1), { timeout: 5_000 }).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await admin.createTicket({ subject: 'Watch me', requestor: 'hal@example.com', body: 'ping' });
      await expect.poll(() => signals.length, { timeout: 5_000 }).toBeGreaterThan(0);
    } finally {
      stop();
    }
  });

  it('drives the sync engine: bootstrap from RT, an outbox reply delivered once, RT changes pulled in', async () => {
    const id = await admin.createTicket({ subject: 'Engine test', requestor: 'ines@example.com', body: 'Two-factor reset please.', topic: 'two_factor' });
    const cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-rt-sync-')), 'cache.sqlite'));
    const engine = new SyncEngine({ cache, connector: new RequestTrackerConnector(rt.url, rt.token, { pollIntervalMs: 100 }), logger: silentLogger, emit: () => {}, pollIntervalMs: 200, random: () => 0 });
    try {
      await engine.start();
      await expect.poll(() => cache.tickets.serverTicket(id)?.topic, { timeout: 10_000 }).toBe('two_factor');

      const entry = cache.transaction(() => {
        const server = cache.tickets.serverTicket(id)!;
        const queued = cache.outbox.enqueue({ ticketId: id, payload: { kind: 'reply', body: 'Reset link sent.', authorId: 'agent' }, baseVersion: server.version, now: Date.now() });
        cache.tickets.refreshEffective(id);
        return queued;
      });
      engine.outboxChanged();
      await expect.poll(() => cache.outbox.get(entry.id)?.state, { timeout: 10_000 }).toBe('delivered');
      await expect.poll(() => cache.tickets.hasMessageWithClientKey(entry.key), { timeout: 10_000 }).toBe(true);
      expect(await admin.transactionsContaining(id, entry.key)).toHaveLength(1);

      await admin.update(id, { Status: 'resolved' });
      await expect.poll(() => cache.tickets.serverTicket(id)?.status, { timeout: 10_000 }).toBe('solved');
      expect(engine.getStatus()).toMatchObject({ connection: 'online', problem: null });
    } finally {
      await engine.stop();
      cache.close();
    }
  });
});
