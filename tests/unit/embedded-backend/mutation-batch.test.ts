import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { ConnectorError, type OutboundMutation } from '../../../main/services/connectors/backend-connector';
import { EmbeddedConnector } from '../../../main/services/connectors/embedded-connector';

// The batch route and the connector's side of it: each entry answered on its own, a retry
// applies nothing twice, and a backend without the route still gets every change.
describe('POST /api/v1/mutations', () => {
  let backend: EmbeddedBackend;
  let connector: EmbeddedConnector;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(backend.url + path, { ...init, headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });
  const versionOf = async (id: string) => ((await (await call(`/api/v1/tickets/${id}`)).json()) as { ticket: { version: number } }).ticket.version;
  const applied = async (key: string) => ((await (await call('/api/v1/admin/applied')).json()) as { applied: Array<{ idempotencyKey: string }> }).applied.filter((a) => a.idempotencyKey === key).length;
  const note = (key: string, ticketId: string, body = 'checked the deposit'): OutboundMutation => ({ key, ticketId, baseVersion: 0, payload: { kind: 'note', body, authorId: 'agent-frontline-1' } });

  beforeAll(async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 50, seed: 11, devRoutes: true });
    connector = new EmbeddedConnector(backend.url, backend.token);
  });
  afterAll(() => backend.close());

  it('answers each entry on its own: applied, stale, unknown ticket and invalid side by side', async () => {
    const version = await versionOf('T-100003');
    const answers = await connector.deliverBatch([
      note('batch-note-0001', 'T-100001'),
      { key: 'batch-stale-0001', ticketId: 'T-100003', baseVersion: version - 1, payload: { kind: 'update', changes: { priority: 'urgent' }, authorId: 'agent-frontline-1' } },
      note('batch-none-0001', 'T-999999'),
      note('batch-note-0002', 'T-100002'),
    ]);
    expect(answers[0]).toEqual({ version: expect.any(Number) });
    expect(answers[1]).toBeInstanceOf(ConnectorError);
    expect((answers[1] as ConnectorError).kind).toBe('conflict');
    expect((answers[1] as ConnectorError).details.current?.id).toBe('T-100003');
    expect((answers[2] as ConnectorError).kind).toBe('permanent');
    expect(answers[3]).toEqual({ version: expect.any(Number) });
    expect(await applied('batch-note-0001')).toBe(1);
    expect(await applied('batch-stale-0001')).toBe(0);
  });

  it('applies nothing twice when the same batch is sent again (an answer lost after the commit)', async () => {
    const batch = [note('batch-again-0001', 'T-100010'), note('batch-again-0002', 'T-100011')];
    const first = await connector.deliverBatch(batch);
    const again = await connector.deliverBatch(batch);
    expect(again).toEqual(first);
    expect(await applied('batch-again-0001')).toBe(1);
    expect(await applied('batch-again-0002')).toBe(1);
  });

  it('refuses an entry that fails validation without refusing the others', async () => {
    const response = await call('/api/v1/mutations', {
      method: 'POST',
      body: JSON.stringify({
        mutations: [
          { idempotencyKey: 'batch-bad-00001', ticketId: 'T-100020', kind: 'message', body: { kind: 'shout', body: 'x', authorId: 'a' } },
          { idempotencyKey: 'batch-good-0001', ticketId: 'T-100020', kind: 'message', body: { kind: 'note', body: 'fine', authorId: 'agent-frontline-1' } },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<{ status: number; body: { error?: string } }> };
    expect(results.map((r) => r.status)).toEqual([422, 201]);
    expect(results[0]!.body.error).toBe('invalid_request');
  });

  it('refuses a malformed batch as a whole and applies nothing of it', async () => {
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ idempotencyKey: `batch-many-${String(i).padStart(4, '0')}`, ticketId: 'T-100030', kind: 'message', body: { kind: 'note', body: 'x', authorId: 'agent-frontline-1' } }));
    expect((await call('/api/v1/mutations', { method: 'POST', body: JSON.stringify({ mutations: tooMany }) })).status).toBe(422);
    expect(await applied('batch-many-0000')).toBe(0);
    expect((await call('/api/v1/mutations', { method: 'POST', body: JSON.stringify({ mutations: [] }) })).status).toBe(422);
  });

  it('a whole-request failure reaches the caller as one error (rate limit with its Retry-After)', async () => {
    await call('/api/v1/admin/faults', { method: 'POST', body: JSON.stringify({ rateLimit: { requests: 1, retryAfterSeconds: 2 } }) });
    const error = await connector.deliverBatch([note('batch-limited-01', 'T-100040'), note('batch-limited-02', 'T-100041')]).catch((e: unknown) => e);
    await call('/api/v1/admin/faults', { method: 'POST', body: JSON.stringify({ reset: true }) });
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).kind).toBe('temporary');
    expect((error as ConnectorError).details.retryAfterMs).toBe(2000);
    expect(await applied('batch-limited-01')).toBe(0);
  });
});

describe('a backend without the batch route', () => {
  it('gets one request per mutation instead, and every change', async () => {
    const real = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 5, seed: 3 });
    const { ticket: sample } = (await (await fetch(`${real.url}/api/v1/tickets/T-100001`, { headers: { authorization: `Bearer ${real.token}` } })).json()) as { ticket: Record<string, unknown> };
    real.close();
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/api/v1/mutations') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no_route', message: 'no route' }));
        return;
      }
      const ticketId = decodeURIComponent(req.url!.split('/')[4]!);
      const ticket = { ...sample, id: ticketId, version: 9 };
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const connector = new EmbeddedConnector(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'token');
      const mutations = ['T-1', 'T-2'].map((ticketId, i) => ({ key: `old-backend-000${i}`, ticketId, baseVersion: 0, payload: { kind: 'note' as const, body: 'x', authorId: 'a' } }));
      expect(await connector.deliverBatch(mutations)).toEqual([{ version: 9 }, { version: 9 }]);
      expect(await connector.deliverBatch(mutations)).toEqual([{ version: 9 }, { version: 9 }]);
      // The route is asked for once; after that the connector knows.
      expect(seen).toEqual(['POST /api/v1/mutations', 'POST /api/v1/tickets/T-1/messages', 'POST /api/v1/tickets/T-2/messages', 'POST /api/v1/tickets/T-1/messages', 'POST /api/v1/tickets/T-2/messages']);
    } finally {
      server.close();
    }
  });
});
