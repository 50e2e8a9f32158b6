import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PostgresBackendStore } from '../../../main/backend/postgres/postgres-backend-store';
import { appendChanges } from '../../../main/backend/postgres/ordered-change-log';
import { listenForChanges } from '../../../main/backend/postgres/change-listener';
import { generateSeed } from '../../../main/backend/seed/generate-seed';
import { verifyChain } from '../../../main/services/audit/audit-chain';
import { POSTGRES_NOT_INSTALLED, postgresInstalled, startPostgres, type RunningPostgres } from '../../support/postgres/pg-cluster';

const NOW = Date.UTC(2026, 11, 1, 12);
const installed = postgresInstalled();
let cluster: RunningPostgres;
let databases = 0;

/** Each test gets its own database in the one cluster, seeded with a small generated day. */
async function freshStores(count: number, tickets = 40): Promise<{ url: string; stores: PostgresBackendStore[] }> {
  const url = await cluster.createDatabase(`team_${++databases}`);
  const stores = await Promise.all(Array.from({ length: count }, () => PostgresBackendStore.open(url, { maxConnections: 4 })));
  await stores[0]!.seed(generateSeed({ ticketCount: tickets, seed: 7, now: NOW }));
  return { url, stores };
}

describe.skipIf(!installed)(`the team server's PostgreSQL store${installed ? '' : ` (skipped: ${POSTGRES_NOT_INSTALLED})`}`, () => {
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('a plain sequence as the cursor skips a row committed late: the hazard the ordered log exists for', async () => {
    const url = await cluster.createDatabase(`hazard_${++databases}`);
    const [slow, fast, reader] = [new pg.Client(url), new pg.Client(url), new pg.Client(url)];
    await Promise.all([slow.connect(), fast.connect(), reader.connect()]);
    try {
      await reader.query('CREATE TABLE naive (seq BIGSERIAL PRIMARY KEY, what TEXT)');
      await slow.query('BEGIN');
      await slow.query(`INSERT INTO naive (what) VALUES ('slow')`); // takes seq 1, not yet committed
      await fast.query(`INSERT INTO naive (what) VALUES ('fast')`); // seq 2, committed at once
      const firstRead = (await reader.query<{ seq: string }>('SELECT seq FROM naive WHERE seq > 0 ORDER BY seq')).rows.map((r) => Number(r.seq));
      await slow.query('COMMIT');
      const secondRead = (await reader.query<{ seq: string }>('SELECT seq FROM naive WHERE seq > $1 ORDER BY seq', [Math.max(...firstRead)])).rows;
      expect(firstRead).toEqual([2]);
      expect(secondRead).toEqual([]); // seq 1 is in the table, and this reader will never see it
    } finally {
      await Promise.all([slow.end(), fast.end(), reader.end()]);
    }
  });

  it('the ordered log makes a second writer wait for the first to commit, so no reader sees a gap', async () => {
    const { url, stores } = await freshStores(1, 5);
    const [store] = stores as [PostgresBackendStore];
    const slow = new pg.Client(url);
    await slow.connect();
    try {
      const before = await store.cursor();
      await slow.query('BEGIN');
      await appendChanges(slow as unknown as pg.PoolClient, [{ ticketId: 'T-100001', messageId: null }]);
      let fastDone = false;
      const fast = store.write(async (tx) => tx.changed('T-100002')).then(() => (fastDone = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(fastDone).toBe(false);
      expect((await store.changesSince(before, 10)).tickets).toEqual([]);
      await slow.query('COMMIT');
      await fast;
      const page = await store.changesSince(before, 10);
      expect(page.tickets.map((t) => t.id)).toEqual(['T-100001', 'T-100002']);
      expect(page.cursor).toBe(before + 2);
    } finally {
      await slow.end();
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('four backend processes writing at once: every reader gets every change exactly once, gapless and in order', async () => {
    const { stores } = await freshStores(4, 12);
    const ticketIds = (await stores[0]!.snapshotPage(0, 100)).tickets.map((t) => t.id);
    const start = await stores[0]!.cursor();
    let writing = true;

    // Two desks pulling as fast as they can while the writes go on, each from its own cursor.
    const pull = async () => {
      const versions = new Map<string, number>();
      const messages: string[] = [];
      const backwards: string[] = [];
      let cursor = start;
      for (;;) {
        const stillWriting = writing;
        const page = await stores[3]!.changesSince(cursor, 25);
        for (const t of page.tickets) {
          if ((versions.get(t.id) ?? 0) > t.version) backwards.push(`${t.id} went from v${versions.get(t.id)} to v${t.version}`);
          versions.set(t.id, t.version);
        }
        messages.push(...page.messages.map((m) => m.id));
        cursor = page.cursor;
        if (!stillWriting && !page.hasMore) break;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, 5));
      }
      return { cursor, versions, messages, backwards };
    };

    const writer = async (store: PostgresBackendStore, w: number) => {
      for (let i = 0; i < 60; i++) {
        const ticketId = ticketIds[(i * 7 + w * 3) % ticketIds.length]!;
        const key = `w${w}-${i}`;
        if (i % 3 === 0) {
          // A stale base version on purpose now and then: the 409 must not reach the log.
          const ticket = (await store.ticket(ticketId))!;
          await store.updateTicket({ idempotencyKey: key, ticketId, authorId: 'A-1', now: NOW + i, changes: { tags: [...ticket.tags, key] }, baseVersion: i % 9 === 0 ? ticket.version - 1 : ticket.version });
        } else {
          await store.addAgentMessage({ idempotencyKey: key, ticketId, authorId: 'A-1', now: NOW + i, kind: i % 2 ? 'reply' : 'note', body: `answer ${key}` });
        }
      }
    };

    const readers = [pull(), pull()];
    await Promise.all(stores.map((s, w) => writer(s, w)));
    writing = false;
    const [a, b] = await Promise.all(readers);

    const end = await stores[0]!.cursor();
    const logged = await stores[0]!.changesSince(start, 100_000);
    // The log itself: seqs start..end, each once (the cursor equals the count of rows after start).
    expect(logged.cursor).toBe(end);
    for (const reader of [a!, b!]) {
      expect(reader.backwards).toEqual([]);
      expect(reader.cursor).toBe(end);
      const written = new Set(logged.messages.map((m) => m.id));
      expect(new Set(reader.messages)).toEqual(written);
      expect(reader.messages.length).toBe(written.size); // none twice
      for (const id of ticketIds) {
        const now = (await stores[0]!.ticket(id))!;
        if (reader.versions.has(id)) expect(reader.versions.get(id)).toBe(now.version);
      }
    }
    // Every accepted write is one change; refused ones (409) left nothing behind.
    const applied = await stores[0]!.appliedLog(0, 10_000);
    expect(end - start).toBe(applied.length);
    await Promise.all(stores.map((s) => s.close()));
  }, 120_000);

  it('a retried mutation sent to two processes at once is applied once; both get the first answer', async () => {
    const { stores } = await freshStores(2, 5);
    const [one, two] = stores as [PostgresBackendStore, PostgresBackendStore];
    const ticketId = (await one.snapshotPage(0, 1)).tickets[0]!.id;
    const before = (await one.messagesOf(ticketId)).length;
    const send = (store: PostgresBackendStore) => store.addAgentMessage({ idempotencyKey: 'retry-1', ticketId, authorId: 'A-1', now: NOW, kind: 'reply', body: 'Once only' });
    const answers = await Promise.all([send(one), send(two), send(one), send(two)]);
    expect(answers.filter((x) => !x.replayed)).toHaveLength(1);
    expect(new Set(answers.map((x) => JSON.stringify(x.body))).size).toBe(1);
    expect((await one.messagesOf(ticketId)).length).toBe(before + 1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('a refused change is not remembered: the same key applies once the agent has decided', async () => {
    const { stores } = await freshStores(1, 3);
    const [store] = stores as [PostgresBackendStore];
    const ticket = (await store.snapshotPage(0, 1)).tickets[0]!;
    const stale = await store.updateTicket({ idempotencyKey: 'k', ticketId: ticket.id, authorId: 'A-1', now: NOW, changes: { priority: 'high' }, baseVersion: ticket.version - 1 });
    expect(stale.status).toBe(409);
    const again = await store.updateTicket({ idempotencyKey: 'k', ticketId: ticket.id, authorId: 'A-1', now: NOW, changes: { priority: 'high' }, baseVersion: ticket.version });
    expect(again).toMatchObject({ status: 200, replayed: false });
    expect((await store.ticket(ticket.id))!.priority).toBe('high');
    await store.close();
  });

  it('four processes appending to the audit chain at once leave one chain that verifies', async () => {
    const { stores } = await freshStores(4, 3);
    await Promise.all(
      stores.map(async (store, w) => {
        for (let i = 0; i < 25; i++) await store.write((tx) => tx.audit({ at: NOW + i, actorId: `A-${w}`, action: 'acknowledge', ticketId: 'T-100001', details: { i, w } }));
      }),
    );
    const entries = await stores[0]!.auditLog();
    expect(entries).toHaveLength(100);
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 100 });
    expect(await stores[0]!.auditHead()).toEqual({ count: 100, hash: entries[99]!.hash });
    await Promise.all(stores.map((s) => s.close()));
  });

  it('the audit log refuses edits and deletes from any SQL client', async () => {
    const { url, stores } = await freshStores(1, 3);
    await stores[0]!.write((tx) => tx.audit({ at: NOW, actorId: 'A-1', action: 'acknowledge', ticketId: 'T-100001', details: {} }));
    const client = new pg.Client(url);
    await client.connect();
    await expect(client.query(`UPDATE audit_log SET actor_id = 'A-2'`)).rejects.toThrow(/append-only/);
    await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await client.end();
    await stores[0]!.close();
  });

  it('snapshot pages carry the cursor of their own snapshot, and stored text is kept byte for byte', async () => {
    const { stores } = await freshStores(1, 30);
    const [store] = stores as [PostgresBackendStore];
    const pages = [];
    for (let after = 0; ; ) {
      const page = await store.snapshotPage(after, 8);
      pages.push(page);
      if (page.nextAfter === null) break;
      after = page.nextAfter;
    }
    expect(pages.flatMap((p) => p.tickets)).toHaveLength(30);
    expect(pages[0]!.cursor).toBe(30);
    const ticketId = pages[0]!.tickets[0]!.id;
    const hostile = 'nul \u0000 bidi \u202e <img src=x onerror=alert(1)> 提币 👩🏽‍💻';
    await store.addAgentMessage({ idempotencyKey: 'h', ticketId, authorId: 'A-1', now: NOW, kind: 'note', body: hostile });
    expect((await store.messagesOf(ticketId)).at(-1)!.body).toBe(hostile);
    await store.close();
  });

  it('LISTEN/NOTIFY wakes another process on commit, and a dropped listener reconnects and says so', async () => {
    const { url, stores } = await freshStores(1, 3);
    const [store] = stores as [PostgresBackendStore];
    const heard: Array<number | null> = [];
    const listener = listenForChanges(url, (seq) => heard.push(seq), { retryMs: 100 });
    await listener.ready;
    const ticketId = (await store.snapshotPage(0, 1)).tickets[0]!.id;
    await store.addAgentMessage({ idempotencyKey: 'n1', ticketId, authorId: 'A-1', now: NOW, kind: 'note', body: 'hello' });
    await expect.poll(() => heard).toEqual([await store.cursor()]);
    // A rolled-back write notifies nobody.
    await expect(store.write(async (tx) => (tx.changed(ticketId), Promise.reject(new Error('changed my mind'))))).rejects.toThrow('changed my mind');
    // The database drops the listener's connection (a restart, a failover).
    await store.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`);
    await expect.poll(() => heard.includes(null), { timeout: 5000 }).toBe(true);
    await store.addAgentMessage({ idempotencyKey: 'n2', ticketId, authorId: 'A-1', now: NOW, kind: 'note', body: 'again' });
    const cursor = await store.cursor();
    await expect.poll(() => heard.at(-1), { timeout: 5000 }).toBe(cursor);
    await listener.close();
    await store.close();
  });

  it('two backend processes sending the same 300 writes, one killed with SIGKILL mid-run and started again: each applied once, the feed gapless and in order', async () => {
    const { url, stores } = await freshStores(1, 10);
    const [reader] = stores as [PostgresBackendStore];
    const tickets = (await reader.snapshotPage(0, 100)).tickets.map((t) => t.id);
    const start = await reader.cursor();
    const keys = Array.from({ length: 300 }, (_, i) => `kill-${i}`);
    // Each desk's write reaches both processes (a retry to the other after a failure): the same keys, in different orders.
    const first = keys;
    const second = [...keys.slice(150), ...keys.slice(0, 150)];

    const feed: string[] = [];
    let pulling = true;
    const puller = (async () => {
      let cursor = start;
      for (;;) {
        const stillWriting = pulling;
        const page = await reader.changesSince(cursor, 40);
        feed.push(...page.messages.map((m) => m.id));
        cursor = page.cursor;
        if (!stillWriting && !page.hasMore) return cursor;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, 10));
      }
    })();

    const victim = writer(url, tickets, first);
    const survivor = writer(url, tickets, second);
    await victim.reached(100);
    victim.kill();
    await victim.exited;
    expect(victim.lines.length).toBeLessThan(300);
    await survivor.exited;
    const restarted = writer(url, tickets, first);
    await restarted.exited;
    expect(restarted.lines).toHaveLength(300);
    expect(restarted.lines.every((l) => l.startsWith('replayed '))).toBe(true);
    pulling = false;
    const end = await puller;

    // Every key applied exactly once: one note per key, whichever process got there first.
    const notes = (await reader.pool.query<{ client_key: string; n: string }>(`SELECT client_key, COUNT(*) AS n FROM messages WHERE client_key LIKE 'kill-%' GROUP BY client_key`)).rows;
    expect(notes).toHaveLength(300);
    expect(notes.every((r) => r.n === '1')).toBe(true);
    // The feed a desk pulled while it happened: gapless (one change per applied note), each note once.
    expect(end - start).toBe(300);
    expect(new Set(feed).size).toBe(300);
    expect(feed).toHaveLength(300);
    // In the log's order, each ticket's notes come in the order they were numbered (under the ticket's lock).
    const log = (await reader.pool.query<{ ticket_id: string; message_id: string }>('SELECT ticket_id, message_id FROM changes WHERE seq > $1 ORDER BY seq', [start])).rows;
    for (const ticketId of tickets) {
      const numbers = log.filter((c) => c.ticket_id === ticketId).map((c) => Number(c.message_id.split('-').at(-1)));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    await reader.close();
  }, 120_000);
});

/** A writer process (tests/support/postgres/store-writer-process.ts) and what it printed. */
function writer(url: string, tickets: readonly string[], keys: readonly string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../support/postgres/store-writer-process.ts'), url, tickets.join(','), keys.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiting.filter((x) => lines.length >= x.count)) w.resolve();
  });
  const exited = new Promise<void>((resolve, reject) =>
    child.once('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited with ${code ?? signal}: ${stderr}`)))),
  );
  return {
    lines,
    exited,
    reached: (count: number) => new Promise<void>((resolve) => (lines.length >= count ? resolve() : waiting.push({ count, resolve }))),
    kill: () => child.kill('SIGKILL'),
  };
}
