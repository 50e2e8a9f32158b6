import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';

describe('embedded backend HTTP API', () => {
  let backend: EmbeddedBackend;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(backend.url + path, { ...init, headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

  beforeAll(async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 200, seed: 7, devRoutes: true });
  });
  afterAll(() => backend.close());

  it('listens on loopback only and answers health without a token', async () => {
    expect(new URL(backend.url).hostname).toBe('127.0.0.1');
    const health = await fetch(`${backend.url}/api/v1/health`);
    expect(health.status).toBe(200);
  });

  it('refuses requests without the right bearer token', async () => {
    expect((await fetch(`${backend.url}/api/v1/agents`)).status).toBe(401);
    expect((await fetch(`${backend.url}/api/v1/agents`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('serves the seeded agents of every role', async () => {
    const { agents } = (await (await call('/api/v1/agents')).json()) as { agents: Array<{ role: string }> };
    expect(new Set(agents.map((a) => a.role))).toEqual(new Set(['frontline', 'security', 'executive']));
  });

  it('pages the snapshot and then the changes after its cursor', async () => {
    const first = (await (await call('/api/v1/snapshot?after=0&limit=150')).json()) as { tickets: unknown[]; nextAfter: number | null; cursor: number; total: number };
    expect(first.tickets).toHaveLength(150);
    expect(first.total).toBe(200);
    const second = (await (await call(`/api/v1/snapshot?after=${first.nextAfter}&limit=150`)).json()) as { tickets: unknown[]; nextAfter: number | null };
    expect(second.tickets).toHaveLength(50);
    expect(second.nextAfter).toBeNull();
    const changes = (await (await call(`/api/v1/changes?since=${first.cursor}`)).json()) as { tickets: unknown[]; hasMore: boolean };
    expect(changes.tickets).toHaveLength(0);
    expect(changes.hasMore).toBe(false);
  });

  it('applies a reply once per idempotency key, however often it is sent', async () => {
    const send = () =>
      call('/api/v1/tickets/T-100001/messages', { method: 'POST', headers: { 'idempotency-key': 'reply-key-0001' }, body: JSON.stringify({ kind: 'reply', body: 'We are on it', authorId: 'agent-x' }) });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const applied = (await (await call('/api/v1/admin/applied')).json()) as { applied: Array<{ idempotencyKey: string }> };
    expect(applied.applied.filter((a) => a.idempotencyKey === 'reply-key-0001')).toHaveLength(1);
  });

  it('refuses a change based on a stale version with 409 and the current ticket', async () => {
    const { ticket } = (await (await call('/api/v1/tickets/T-100002')).json()) as { ticket: { version: number } };
    const patch = (key: string, baseVersion: number) =>
      call('/api/v1/tickets/T-100002', { method: 'PATCH', headers: { 'idempotency-key': key }, body: JSON.stringify({ baseVersion, authorId: 'agent-x', changes: { priority: 'urgent' } }) });
    expect((await patch('patch-key-0001', ticket.version)).status).toBe(200);
    const stale = await patch('patch-key-0002', ticket.version);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { ticket: { version: number } }).ticket.version).toBe(ticket.version + 1);
  });

  it('rejects malformed requests with a clear error', async () => {
    const noKey = await call('/api/v1/tickets/T-100001/messages', { method: 'POST', body: JSON.stringify({ kind: 'reply', body: 'x', authorId: 'a' }) });
    expect(noKey.status).toBe(400);
    const badJson = await call('/api/v1/tickets/T-100001/messages', { method: 'POST', headers: { 'idempotency-key': 'bad-json-01' }, body: '{nope' });
    expect(badJson.status).toBe(400);
    const badShape = await call('/api/v1/tickets/T-100001/messages', { method: 'POST', headers: { 'idempotency-key': 'bad-shape-1' }, body: JSON.stringify({ kind: 'shout' }) });
    expect(badShape.status).toBe(422);
    const huge = await call('/api/v1/tickets/T-100001/messages', { method: 'POST', headers: { 'idempotency-key': 'too-large-1' }, body: JSON.stringify({ kind: 'reply', body: 'x'.repeat(2_000_000), authorId: 'a' }) });
    expect(huge.status).toBe(413);
    expect((await call('/api/v1/tickets/T-999999')).status).toBe(404);
    expect((await call('/api/v1/changes?since=-1')).status).toBe(400);
  });

  it('announces changes on the live stream', async () => {
    const controller = new AbortController();
    const response = await call('/api/v1/stream', { signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: change')) text += decoder.decode((await reader.read()).value);
    await call('/api/v1/tickets/T-100003/messages', { method: 'POST', headers: { 'idempotency-key': 'stream-key-01' }, body: JSON.stringify({ kind: 'note', body: 'checking', authorId: 'a' }) });
    let after = '';
    while ((after.match(/event: change/g) ?? []).length < 1) after += decoder.decode((await reader.read()).value);
    expect(after).toMatch(/"cursor":\d+/);
    controller.abort();
  });
});
