import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError, type OutboundMutation } from '../../../main/services/connectors/backend-connector';
import { loadStarterLibrary } from '../../../main/services/domain/starter-library';
import { decodeCursor } from '../../../main/services/connectors/zendesk/zendesk-change-cursor';
import { ZendeskConnector, type ZendeskConnectorOptions } from '../../../main/services/connectors/zendesk/zendesk-connector';
import type { OutboxPayload } from '../../../main/services/domain/outbox-payload';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore } from '../../../main/services/store/cache-store';
import { SyncEngine } from '../../../main/services/sync/sync-engine';
import { fixture, startFakeZendesk, type FakeZendeskOptions } from '../../support/zendesk-fake-server';

const EMAIL = 'dana.whitfield@exchange.example';
const TOKEN = 'zd-contract-test-token';
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const EXPORT = '/api/v2/incremental/tickets/cursor.json';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(serverOptions: FakeZendeskOptions = {}, connectorOptions: Partial<ZendeskConnectorOptions> = {}) {
  const server = await startFakeZendesk({ email: EMAIL, token: TOKEN, commentPageSize: 4, ...serverOptions });
  cleanups.push(server.close);
  const connect = (extra: Partial<ZendeskConnectorOptions> = {}) =>
    new ZendeskConnector({ url: server.url, auth: { kind: 'api_token', email: EMAIL, token: TOKEN }, timeoutMs: 2000, retryDelayMs: 10, now: () => NOW, ...connectorOptions, ...extra });
  return { zendesk: server.zendesk, url: server.url, connector: connect(), connect };
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectorError);
    return error as ConnectorError;
  }
  throw new Error('expected the call to fail');
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function mutation(ticketId: number, payload: OutboxPayload, baseVersion: number, key: string): OutboundMutation {
  return { key, ticketId: String(ticketId), baseVersion, payload };
}

const versionOf = (iso: string) => Date.parse(iso);

describe('Zendesk connector: pulling tickets', () => {
  it('pages through the incremental export until end_of_stream, with requesters sideloaded', async () => {
    const { connector, zendesk } = await setup();
    const first = await connector.snapshotPage(null);
    expect(first.next).toBe(fixture('export-page-1').after_cursor);
    const second = await connector.snapshotPage(first.next);
    expect(second.next).toBeNull();
    expect([...first.page.tickets, ...second.page.tickets].map((t) => t.id)).toEqual(['1001', '1002', '1003', '1005', '1006', '1007']);

    const exports = zendesk.requests.filter((r) => r.path === EXPORT);
    expect(exports).toHaveLength(2);
    expect(Object.fromEntries(exports[0]!.query)).toEqual({ start_time: '0', include: 'users', exclude_deleted: 'true', per_page: '100' });
    expect(exports[1]!.query.get('cursor')).toBe(first.next);
    expect(exports[1]!.query.has('start_time')).toBe(false);
  });

  it('resumes changes from the snapshot start, then from the after_cursor, also after a restart', async () => {
    const { connector, zendesk, connect } = await setup();
    const snapshot = await connector.snapshotPage(null);
    const snapshotStart = NOW / 1000 - 300;
    expect(snapshot.cursor).toBe(`time:${snapshotStart}`);

    const changes = await connector.changesSince(snapshot.cursor);
    expect(zendesk.requests.filter((r) => r.path === EXPORT).at(-1)!.query.get('start_time')).toBe(String(snapshotStart));
    expect(changes.page.tickets).toMatchObject([{ id: '1001', status: 'pending', version: versionOf('2026-11-22T16:20:00Z') }]);
    expect(changes.cursor).toBe(`cursor:${fixture('export-changes').after_cursor}`);
    expect(changes.hasMore).toBe(false);

    // The export allows 10 requests a minute: a drained stream is not asked again right away.
    const exportsBefore = zendesk.requests.filter((r) => r.path === EXPORT).length;
    expect(await connector.changesSince(changes.cursor)).toMatchObject({ cursor: changes.cursor, hasMore: false, page: { tickets: [] } });
    expect(zendesk.requests.filter((r) => r.path === EXPORT)).toHaveLength(exportsBefore);

    const restarted = connect();
    const later = await restarted.changesSince(changes.cursor);
    expect(zendesk.requests.filter((r) => r.path === EXPORT).at(-1)!.query.get('cursor')).toBe(fixture('export-changes').after_cursor);
    expect(later).toMatchObject({ cursor: changes.cursor, hasMore: false, page: { tickets: [] } });
  });

  it('says hasMore while the export has pages left', async () => {
    const { connector } = await setup();
    const first = await connector.changesSince('time:0');
    expect(first.hasMore).toBe(true);
    expect(first.cursor).toBe(`cursor:${fixture('export-page-1').after_cursor}`);
    const second = await connector.changesSince(first.cursor);
    expect(second.hasMore).toBe(false);
    expect(second.page.tickets.map((t) => t.id)).toEqual(['1005', '1006', '1007']);
  });

  it('refuses a change cursor that is not a Zendesk one instead of guessing', () => {
    expect(() => decodeCursor('4711')).toThrow(/not a Zendesk one/);
  });

  it('maps tickets: status, hold, priority, topic, language, version and times from the comments', async () => {
    const { connector } = await setup();
    const { page } = await connector.snapshotPage(null);
    const byId = new Map(page.tickets.map((t) => [t.id, t]));
    expect(byId.get('1001')).toEqual({
      id: '1001',
      subject: 'Withdrawal pending for 3 days',
      status: 'open',
      priority: 'high',
      topic: 'withdrawal',
      language: 'es',
      customerId: '501',
      assigneeId: '901',
      tags: ['withdrawal', 'lang_es', 'vip'],
      security: false,
      createdAt: versionOf('2026-11-20T08:00:00Z'),
      updatedAt: versionOf('2026-11-20T09:00:00Z'),
      firstResponseAt: versionOf('2026-11-20T08:30:00Z'),
      lastCustomerMessageAt: versionOf('2026-11-20T09:00:00Z'),
      snoozedUntil: null,
      escalatedAt: null,
      acknowledgedAt: null,
      version: versionOf('2026-11-20T09:00:00Z'),
    });
    expect(byId.get('1002')).toMatchObject({ status: 'pending', priority: 'normal', topic: 'kyc', language: 'tr', assigneeId: null, tags: ['kyc', 'zendesk:hold'], firstResponseAt: null });
    expect(byId.get('1003')).toMatchObject({
      security: true,
      priority: 'urgent',
      topic: 'account_compromise',
      language: 'lt',
      escalatedAt: versionOf('2026-11-20T10:00:00Z'),
      acknowledgedAt: versionOf('2026-11-20T10:05:00Z'),
    });
  });

  it('works out topic and language when Zendesk gives neither tag nor locale, from the first customer comment', async () => {
    const { connector } = await setup();
    const first = await connector.snapshotPage(null);
    const { page } = await connector.snapshotPage(first.next);
    // Russian about a withdrawal that hangs, with an address, an amount and a phone signature around it.
    expect(page.tickets.find((t) => t.id === '1007')).toMatchObject({ subject: 'Где мои деньги?', topic: 'withdrawal', language: 'ru', tags: ['mobile_app'] });
    // The requester has no locale: they speak the language of their ticket.
    expect(page.customers.find((c) => c.id === '505')).toMatchObject({ name: 'Дмитрий Соколов', language: 'ru', userId: 'U-3309815' });
    // Tags and locales still come first: ticket 1005 is tagged fees, written in English by a Spanish-speaking requester.
    expect(page.tickets.find((t) => t.id === '1005')).toMatchObject({ topic: 'fees', language: 'es' });
  });

  it('files a ticket whose text says too little as "other", with the configured default language', async () => {
    const { connector, zendesk } = await setup({}, { mapping: { defaultLanguage: 'pt' } });
    // The subject alone ("Где мои деньги?") is too short to tell a language and names no topic.
    zendesk.commentsOn(1007)[0].body = '???';
    const first = await connector.snapshotPage(null);
    const { page } = await connector.snapshotPage(first.next);
    expect(page.tickets.find((t) => t.id === '1007')).toMatchObject({ topic: 'other', language: 'pt' });
    expect(page.customers.find((c) => c.id === '505')).toMatchObject({ language: 'pt' });
  });

  it('turns sideloaded requesters into customers, and leaves agents out', async () => {
    const { connector } = await setup();
    const { page } = await connector.snapshotPage(null);
    expect(page.customers.map((c) => c.id).sort()).toEqual(['501', '502', '503']);
    const byId = new Map(page.customers.map((c) => [c.id, c]));
    expect(byId.get('501')).toEqual({ id: '501', name: 'Ana García López', firstName: 'Ana', email: 'ana.garcia@example.es', userId: 'U-4821937', language: 'es', country: 'ES', kycLevel: 2 });
    expect(byId.get('502')).toMatchObject({ userId: 'U-1200450', language: 'tr', kycLevel: 1 });
    // No custom field: the external id links the exchange account.
    expect(byId.get('503')).toMatchObject({ userId: 'U-7001122', country: '', kycLevel: 0 });
  });

  it('turns comments into messages: customer and agent replies, notes, system comments, and our markers', async () => {
    const { connector, zendesk } = await setup();
    const { page } = await connector.snapshotPage(null);
    const thread = page.messages.filter((m) => m.ticketId === '1001');
    expect(thread.map((m) => [m.id, m.authorType, m.kind, m.authorId, m.clientKey])).toEqual([
      ['7001', 'customer', 'reply', '501', null],
      ['7002', 'agent', 'reply', '901', null],
      ['7003', 'agent', 'note', '901', 'k-note-1'],
      ['7004', 'system', 'reply', '-1', null],
      ['7005', 'customer', 'reply', '501', null],
    ]);
    expect(thread[0]).toMatchObject({ body: 'Hola, mi retiro lleva 3 días pendiente. TXID 9f1c…e2', createdAt: versionOf('2026-11-20T08:00:00Z') });

    // Six comments at four a page: the second page is asked for by page[after], on this host only.
    const reads = zendesk.requests.filter((r) => r.path === '/api/v2/tickets/1001/comments.json');
    expect(reads).toHaveLength(2);
    expect(reads[0]!.query.get('include')).toBe('users');
    expect(reads[1]!.query.get('page[after]')).toBeTruthy();
  });

  it('rejects malformed records, says which and why, and keeps the rest of the page', async () => {
    const { connector } = await setup();
    const { page } = await connector.snapshotPage(null);
    expect(page.rejected.map((r) => [r.kind, r.id])).toEqual(
      expect.arrayContaining([
        ['ticket', '1004'],
        ['customer', '504'],
        ['message', '7006'],
      ]),
    );
    expect(page.rejected).toHaveLength(3);
    expect(page.rejected.find((r) => r.id === '1004')!.reason).toMatch(/status|requester_id/);
    expect(page.tickets).toHaveLength(3);
    expect(page.messages.filter((m) => m.ticketId === '1001')).toHaveLength(5);
  });

  it('feeds the sync engine: bootstrap, then changes on top, into the local cache', async () => {
    const { connector } = await setup();
    const cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-zendesk-')), 'cache.sqlite'));
    cleanups.push(() => cache.close());
    const engine = new SyncEngine({ cache, connector, logger: silentLogger, emit: () => {}, pollIntervalMs: 60_000 });
    cleanups.push(() => engine.stop());
    await engine.start();
    await engine.pull();
    expect(cache.tickets.serverTicket('1005')).toMatchObject({ status: 'solved', topic: 'fees' });
    // The change page (1001 → pending) came after the snapshot and wins.
    expect(cache.tickets.serverTicket('1001')).toMatchObject({ status: 'pending', version: versionOf('2026-11-22T16:20:00Z') });
    expect(cache.tickets.customer('501')).toMatchObject({ userId: 'U-4821937' });
  });
});

describe('Zendesk connector: agents, macros and the connection check', () => {
  it('lists agents and admins with desk roles from their tags; an unreadable one is skipped', async () => {
    const { connector, zendesk } = await setup();
    const agents = await connector.listAgents();
    expect(agents.map((a) => [a.id, a.role])).toEqual([
      ['901', 'frontline'],
      ['902', 'security'],
      ['903', 'executive'],
    ]);
    expect(agents[0]).toMatchObject({ languages: ['en', 'es'], domains: ['deposit', 'withdrawal'] });
    expect(zendesk.requests.at(-1)!.query.getAll('role[]')).toEqual(['agent', 'admin']);
  });

  it('lists active macros that insert a comment, with Zendesk placeholders translated, and the starter library after them', async () => {
    const { connector } = await setup();
    const macros = await connector.listMacros();
    const own = macros.filter((m) => !m.id.startsWith('starter.'));
    expect(own.map((m) => m.id)).toEqual(['360100', '360103']);
    expect(macros.slice(0, 2)).toEqual(own);
    // Shipped with the desk: the picker has the shared library, and an escalation its holding reply.
    expect(macros.length).toBe(2 + loadStarterLibrary().length);
    expect(macros.find((m) => m.id === 'starter.account-compromised-holding')).toMatchObject({ topic: 'account_compromise', source: 'shared' });
    expect(macros[0]).toMatchObject({
      topic: 'withdrawal',
      keywords: ['withdrawal', 'delayed', 'mempool'],
      bodies: [{ language: 'en', body: 'Hi {{customer.first_name}},\n\nyour withdrawal is waiting for network confirmations.\n\n{{agent.name}}' }],
      actions: { status: 'pending', addTags: ['network_congestion', 'macro_used'] },
    });
    expect(macros[1]!.bodies[0]!.body).toBe('Hello {{ customer.first_name }}, the photo of your document is unreadable.');
  });

  it('sends the API token as basic auth email/token:TOKEN, and an OAuth token as bearer', async () => {
    const { connector, zendesk, url } = await setup({ oauthToken: 'oauth-abc' });
    await connector.checkConnection();
    expect(zendesk.requests.at(-1)!.authorization).toBe(`Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`);
    await new ZendeskConnector({ url, auth: { kind: 'oauth', accessToken: 'oauth-abc' } }).checkConnection();
    expect(zendesk.requests.at(-1)!.authorization).toBe('Bearer oauth-abc');
  });
});

describe('Zendesk connector: failures', () => {
  it('waits for Retry-After on a 429 and then retries', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ path: EXPORT, fault: { kind: 'status', status: 429, retryAfter: '1' } });
    const started = Date.now();
    const result = await connector.snapshotPage(null);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.page.tickets).toHaveLength(3);
    expect(zendesk.requests.filter((r) => r.path === EXPORT)).toHaveLength(2);
  });

  it('hands a long Retry-After back as a temporary error carrying it, instead of sleeping through it', async () => {
    const { connector, zendesk } = await setup({}, { maxRateLimitWaitMs: 5_000 });
    zendesk.inject({ path: EXPORT, fault: { kind: 'status', status: 429, retryAfter: '120' } });
    const error = await rejection(connector.snapshotPage(null));
    expect(error).toMatchObject({ kind: 'temporary', details: { status: 429, retryAfterMs: 120_000 } });
    expect(error.message).toMatch(/rate limit.*Number of allowed API requests per minute exceeded/);
    expect(zendesk.requests.filter((r) => r.path === EXPORT)).toHaveLength(1);
  });

  it('re-reads after a 5xx on a read', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ path: EXPORT, fault: { kind: 'status', status: 502 } });
    expect((await connector.snapshotPage(null)).page.tickets).toHaveLength(3);
    expect(zendesk.requests.filter((r) => r.path === EXPORT)).toHaveLength(2);
  });

  it('reports refused credentials as an auth error that says what to check', async () => {
    const { url } = await setup();
    const connector = new ZendeskConnector({ url, auth: { kind: 'api_token', email: EMAIL, token: 'wrong' } });
    const error = await rejection(connector.checkConnection());
    expect(error.kind).toBe('auth');
    expect(error.details.status).toBe(401);
    expect(error.message).toMatch(/refused the credentials.*email and API token.*Couldn't authenticate you/);
    expect((await rejection(connector.snapshotPage(null))).kind).toBe('auth');
  });

  it('reports an anonymous sign-in (Zendesk answers 200 to unknown callers on users/me) as an auth error', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ path: '/api/v2/users/me.json', fault: { kind: 'status', status: 200, body: fixture('users-me-anonymous') } });
    const error = await rejection(connector.checkConnection());
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/signed in as anonymous/);
  });

  it('says the URL is not a Zendesk account when it answers 404 with a web page', async () => {
    const { url } = await listen((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not Found</body></html>');
    });
    const error = await rejection(new ZendeskConnector({ url, auth: { kind: 'oauth', accessToken: 'x' } }).checkConnection());
    expect(error.kind).toBe('permanent');
    expect(error.message).toMatch(/no Zendesk API at http:\/\/127\.0\.0\.1:\d+ .*check the account URL/);
  });

  it('says so when the URL answers with a page that is not JSON', async () => {
    const { url } = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Sign in</html>');
    });
    const error = await rejection(new ZendeskConnector({ url, auth: { kind: 'oauth', accessToken: 'x' } }).checkConnection());
    expect(error).toMatchObject({ kind: 'invalid_payload' });
    expect(error.message).toMatch(/not JSON: is http:\/\/127\.0\.0\.1:\d+ a Zendesk account/);
  });

  it('gives up on a server that never answers within the timeout, with a message saying so', async () => {
    const { zendesk, connect } = await setup();
    zendesk.inject({ path: '/api/v2/users/me.json', fault: { kind: 'hang' } });
    const started = Date.now();
    const error = await rejection(connect({ timeoutMs: 300, maxAttempts: 1 }).checkConnection());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toMatchObject({ kind: 'temporary' });
    expect(error.message).toMatch(/unreachable.*no answer within 0\.3 s/);
  });

  it('says the host is unreachable when nothing listens there', async () => {
    const { server, url } = await listen(() => {});
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await rejection(new ZendeskConnector({ url, auth: { kind: 'oauth', accessToken: 'x' }, maxAttempts: 1 }).checkConnection());
    expect(error).toMatchObject({ kind: 'temporary' });
    expect(error.message).toMatch(/Zendesk unreachable at http:\/\/127\.0\.0\.1:\d+ .*ECONNREFUSED/);
  });

  it('refuses a URL that is not one, and credentials over plain http to another machine', () => {
    expect(() => new ZendeskConnector({ url: 'yourcompany', auth: { kind: 'oauth', accessToken: 'x' } })).toThrow(/not a URL.*https:\/\/yourcompany\.zendesk\.com/);
    expect(() => new ZendeskConnector({ url: 'http://yourcompany.zendesk.com', auth: { kind: 'oauth', accessToken: 'x' } })).toThrow(/only sent over https/);
  });
});

describe('Zendesk connector: delivering outbox entries', () => {
  const base = (zendesk: { tickets: Map<number, { updated_at: string }> }, id: number) => versionOf(zendesk.tickets.get(id)!.updated_at);
  const safe = (stamp: string, marker: string) => ({ safe_update: true, updated_stamp: stamp, metadata: { agentdesk_marker: marker } });

  it('sends a reply as a public comment and a note as a private one, on the stamp of the base version', async () => {
    const { connector, zendesk } = await setup();
    const receipt = await connector.deliver(mutation(1002, { kind: 'reply', body: 'Merhaba Mehmet, belgenizi kontrol ediyoruz.', authorId: '901' }, base(zendesk, 1002), 'k-reply'));
    expect(zendesk.writes()[0]).toMatchObject({ path: '/api/v2/tickets/1002.json' });
    expect(zendesk.writes()[0]!.body).toEqual({ ticket: { comment: { body: 'Merhaba Mehmet, belgenizi kontrol ediyoruz.', public: true, author_id: 901 }, ...safe('2026-11-20T11:40:00Z', 'k-reply#reply') } });
    expect(receipt.version).toBe(base(zendesk, 1002));
    expect(receipt.version).toBeGreaterThan(versionOf('2026-11-20T11:40:00Z'));

    await connector.deliver(mutation(1002, { kind: 'note', body: 'Passport photo is blurred.', authorId: '901' }, receipt.version, 'k-note'));
    expect(zendesk.writes()[1]!.body.ticket.comment).toEqual({ body: 'Passport photo is blurred.', public: false, author_id: 901 });
    expect(zendesk.commentsOn(1002).at(-1)).toMatchObject({ public: false, metadata: { custom: { agentdesk_marker: 'k-note#note' } } });
  });

  it('sends ticket changes as fields, leaving out the desk-only hold tag', async () => {
    const { connector, zendesk } = await setup();
    const changes = { status: 'solved' as const, priority: 'low' as const, assigneeId: '902', tags: ['withdrawal', 'vip', 'zendesk:hold'] };
    const receipt = await connector.deliver(mutation(1001, { kind: 'update', changes, authorId: '901' }, base(zendesk, 1001), 'k-update'));
    expect(zendesk.writes()[0]!.body).toEqual({ ticket: { status: 'solved', priority: 'low', assignee_id: 902, tags: ['withdrawal', 'vip'], ...safe('2026-11-20T09:00:00Z', 'k-update#update') } });
    expect(zendesk.tickets.get(1001)).toMatchObject({ status: 'solved', priority: 'low', assignee_id: 902, tags: ['withdrawal', 'vip'] });
    expect(receipt.version).toBe(base(zendesk, 1001));
  });

  it('keeps a snooze in a tag, replacing the previous one', async () => {
    const { connector, zendesk } = await setup();
    const until = Date.UTC(2026, 10, 25, 9, 0, 0);
    const first = await connector.deliver(mutation(1001, { kind: 'update', changes: { snoozedUntil: until }, authorId: '901' }, base(zendesk, 1001), 'k-snooze'));
    expect(zendesk.writes()[0]!.body.ticket.additional_tags).toEqual([`snoozed_until_${until / 1000}`]);
    await connector.deliver(mutation(1001, { kind: 'update', changes: { snoozedUntil: null }, authorId: '901' }, first.version, 'k-wake'));
    expect(zendesk.writes()[1]!.body.ticket.remove_tags).toEqual([`snoozed_until_${until / 1000}`]);
    expect(zendesk.tickets.get(1001).tags).toEqual(['withdrawal', 'lang_es', 'vip']);
  });

  it('escalates as two updates (Zendesk takes one comment per update): urgent + tags + internal note, then the holding reply', async () => {
    const { connector, zendesk } = await setup();
    const payload: OutboxPayload = {
      kind: 'escalate',
      reason: 'account_takeover',
      note: 'Customer reports a SIM swap yesterday.',
      holdWithdrawals: true,
      holdingReply: { body: 'Hesabınızı korumaya aldık; güvenlik ekibimiz inceliyor.', language: 'tr' },
      authorId: '901',
    };
    const receipt = await connector.deliver(mutation(1002, payload, base(zendesk, 1002), 'k-esc'));
    const [internal, holding] = zendesk.writes().map((w) => w.body.ticket);
    expect(internal).toEqual({
      priority: 'urgent',
      additional_tags: ['security_escalation', 'hold_withdrawals'],
      comment: { body: 'Escalated to the security desk. Reason: account takeover.\nWithdrawals hold requested.\n\nCustomer reports a SIM swap yesterday.', public: false, author_id: 901 },
      ...safe('2026-11-20T11:40:00Z', 'k-esc#escalate'),
    });
    const afterInternal = zendesk.commentsOn(1002).at(-2).created_at;
    expect(holding).toEqual({ comment: { body: payload.holdingReply!.body, public: true, author_id: 901 }, ...safe(afterInternal, 'k-esc#holding_reply') });
    expect(zendesk.tickets.get(1002)).toMatchObject({ priority: 'urgent', tags: ['kyc', 'security_escalation', 'hold_withdrawals'] });
    expect(receipt.version).toBe(base(zendesk, 1002));
  });

  it('escalates in a single update when there is no holding reply', async () => {
    const { connector, zendesk } = await setup();
    await connector.deliver(mutation(1002, { kind: 'escalate', reason: 'phishing_victim', note: '', holdWithdrawals: false, holdingReply: null, authorId: '901' }, base(zendesk, 1002), 'k-esc2'));
    expect(zendesk.writes()).toHaveLength(1);
    expect(zendesk.writes()[0]!.body.ticket).toMatchObject({ priority: 'urgent', additional_tags: ['security_escalation'], comment: { body: 'Escalated to the security desk. Reason: phishing victim.', public: false } });
  });

  it('acknowledges with an internal note, and claims by assigning the author', async () => {
    const { connector, zendesk } = await setup();
    const acknowledged = await connector.deliver(mutation(1003, { kind: 'acknowledge', claim: false, authorId: '902' }, base(zendesk, 1003), 'k-ack'));
    expect(zendesk.writes()[0]!.body.ticket).toEqual({ comment: { body: 'Escalation acknowledged by the security desk.', public: false, author_id: 902 }, ...safe('2026-11-20T10:06:00Z', 'k-ack#acknowledge') });
    await connector.deliver(mutation(1003, { kind: 'acknowledge', claim: true, authorId: '902' }, acknowledged.version, 'k-claim'));
    expect(zendesk.writes()[1]!.body.ticket).toMatchObject({ assignee_id: 902, comment: { body: 'Claimed by the security desk.', public: false, author_id: 902 } });
  });

  it('de-escalates: removes the escalation tag, priority high, internal note with the reason', async () => {
    const { connector, zendesk } = await setup();
    await connector.deliver(mutation(1003, { kind: 'deescalate', reason: 'Login was the customer on holiday.', authorId: '902' }, base(zendesk, 1003), 'k-deesc'));
    expect(zendesk.writes()[0]!.body.ticket).toEqual({
      priority: 'high',
      remove_tags: ['security_escalation'],
      comment: { body: 'Sent back to the regular queue by the security desk. Reason: Login was the customer on holiday.', public: false, author_id: 902 },
      ...safe('2026-11-20T10:06:00Z', 'k-deesc#deescalate'),
    });
    // The withdrawal hold is lifted on its own, not as a side effect.
    expect(zendesk.tickets.get(1003).tags).toEqual(['account_compromise', 'hold_withdrawals']);
  });

  it('retries a comment whose connection dropped after Zendesk applied it without posting it twice', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ method: 'PUT', path: '/api/v2/tickets/1002.json', fault: { kind: 'drop', when: 'after' } });
    const body = 'Your documents were approved.';
    const receipt = await connector.deliver(mutation(1002, { kind: 'reply', body, authorId: '901' }, base(zendesk, 1002), 'k-drop'));
    expect(zendesk.commentsOn(1002).filter((c) => c.body === body)).toHaveLength(1);
    // The marker was found on the ticket's comments: nothing was sent a second time.
    expect(zendesk.writes()).toHaveLength(1);
    expect(receipt.version).toBe(base(zendesk, 1002));
  });

  it('re-sends a comment whose connection dropped before Zendesk got it, once', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ method: 'PUT', path: '/api/v2/tickets/1002.json', fault: { kind: 'drop', when: 'before' } });
    const body = 'Please upload a clearer photo.';
    await connector.deliver(mutation(1002, { kind: 'reply', body, authorId: '901' }, base(zendesk, 1002), 'k-drop-before'));
    expect(zendesk.writes()).toHaveLength(2);
    expect(zendesk.commentsOn(1002).filter((c) => c.body === body)).toHaveLength(1);
  });

  it('does not post twice when the outbox retries later, nor after a restart (safe_update refuses the copy)', async () => {
    const { connector, zendesk, connect } = await setup();
    const body = 'We have frozen withdrawals while we check.';
    const entry = mutation(1002, { kind: 'reply', body, authorId: '901' }, base(zendesk, 1002), 'k-outbox-retry');
    zendesk.inject({ method: 'PUT', path: '/api/v2/tickets/1002.json', fault: { kind: 'drop', when: 'after' } });
    // The look for the marker fails too: this attempt ends without knowing.
    zendesk.inject({ method: 'GET', path: '/api/v2/tickets/1002.json', times: 4, fault: { kind: 'status', status: 503 } });
    expect((await rejection(connector.deliver(entry))).kind).toBe('temporary');

    await connector.deliver(entry);
    expect(zendesk.writes()).toHaveLength(1);

    // A fresh process remembers nothing: the re-sent copy meets a moved stamp (409), and the marker settles it.
    const receipt = await connect().deliver(entry);
    expect(zendesk.writes()).toHaveLength(2);
    expect(zendesk.commentsOn(1002).filter((c) => c.body === body)).toHaveLength(1);
    expect(receipt.version).toBe(base(zendesk, 1002));
  });

  it('answers a stale update with a conflict carrying the ticket as Zendesk holds it now', async () => {
    const { connector, zendesk } = await setup();
    const seen = base(zendesk, 1003);
    zendesk.touch(1003, { priority: 'low', assignee_id: 901 });
    const error = await rejection(connector.deliver(mutation(1003, { kind: 'update', changes: { priority: 'high' }, authorId: '902' }, seen, 'k-stale')));
    expect(error.kind).toBe('conflict');
    expect(error.details.status).toBe(409);
    expect(zendesk.writes()[0]!.body.ticket.updated_stamp).toBe('2026-11-20T10:06:00Z');
    expect(error.details.current).toMatchObject({ id: '1003', priority: 'low', assigneeId: '901', version: base(zendesk, 1003), escalatedAt: versionOf('2026-11-20T10:00:00Z') });
    expect(zendesk.tickets.get(1003).priority).toBe('low');
  });

  it('recognises an update that already landed when it is sent again', async () => {
    const { connector, zendesk, connect } = await setup();
    const entry = mutation(1001, { kind: 'update', changes: { status: 'pending', tags: ['withdrawal', 'lang_es'] }, authorId: '901' }, base(zendesk, 1001), 'k-twice');
    const first = await connector.deliver(entry);
    const again = await connect().deliver(entry);
    expect(again.version).toBe(first.version);
    expect(zendesk.writes()).toHaveLength(2);
    expect(zendesk.tickets.get(1001)).toMatchObject({ status: 'pending', tags: ['withdrawal', 'lang_es'] });
  });

  it('posts a reply on a ticket that changed meanwhile (comments do not conflict), once', async () => {
    const { connector, zendesk } = await setup();
    const seen = base(zendesk, 1002);
    zendesk.touch(1002, { status: 'open' });
    const touched = zendesk.tickets.get(1002).updated_at;
    const body = 'Thanks for waiting.';
    await connector.deliver(mutation(1002, { kind: 'reply', body, authorId: '901' }, seen, 'k-rebase'));
    // Refused on the old stamp, then sent again on the current one.
    expect(zendesk.writes().map((w) => w.body.ticket.updated_stamp)).toEqual(['2026-11-20T11:40:00Z', touched]);
    expect(zendesk.commentsOn(1002).filter((c) => c.body === body)).toHaveLength(1);
  });

  it('retries a write refused with 429 after Retry-After (Zendesk did not apply it)', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ method: 'PUT', path: '/api/v2/tickets/1002.json', fault: { kind: 'status', status: 429, retryAfter: '0.05' } });
    await connector.deliver(mutation(1002, { kind: 'note', body: 'rate limited once', authorId: '901' }, base(zendesk, 1002), 'k-429'));
    expect(zendesk.writes()).toHaveLength(2);
    expect(zendesk.commentsOn(1002).filter((c) => c.body === 'rate limited once')).toHaveLength(1);
  });

  it('leaves a write answered 503 + Retry-After to the outbox backoff, and the retry looks before it sends', async () => {
    const { connector, zendesk } = await setup();
    zendesk.inject({ method: 'PUT', path: '/api/v2/tickets/1002.json', fault: { kind: 'status', status: 503, retryAfter: '2' } });
    const entry = mutation(1002, { kind: 'note', body: 'after maintenance', authorId: '901' }, base(zendesk, 1002), 'k-503');
    expect(await rejection(connector.deliver(entry))).toMatchObject({ kind: 'temporary', details: { status: 503, retryAfterMs: 2000 } });
    expect(zendesk.writes()).toHaveLength(1);
    const readsBefore = zendesk.requests.filter((r) => r.path === '/api/v2/tickets/1002/comments.json').length;
    await connector.deliver(entry);
    expect(zendesk.requests.filter((r) => r.path === '/api/v2/tickets/1002/comments.json').length).toBeGreaterThan(readsBefore);
    expect(zendesk.commentsOn(1002).filter((c) => c.body === 'after maintenance')).toHaveLength(1);
  });

  it('reports a 422 RecordInvalid as a permanent failure with Zendesk’s reason', async () => {
    const { connector, zendesk } = await setup();
    const error = await rejection(connector.deliver(mutation(1006, { kind: 'reply', body: 'Reopening?', authorId: '901' }, base(zendesk, 1006), 'k-closed')));
    expect(error).toMatchObject({ kind: 'permanent', details: { status: 422 } });
    expect(error.message).toMatch(/rejected PUT \/api\/v2\/tickets\/1006\.json as invalid.*RecordInvalid.*status: Status: closed prevents ticket update/);
  });

  it('reports an unknown ticket clearly', async () => {
    const { connector } = await setup();
    const error = await rejection(connector.deliver(mutation(4242, { kind: 'note', body: 'x', authorId: '901' }, 0, 'k-404')));
    expect(error).toMatchObject({ kind: 'permanent', details: { status: 404 } });
    expect(error.message).toMatch(/found nothing for PUT \/api\/v2\/tickets\/4242\.json \(RecordNotFound — Not found\)/);
  });
});
