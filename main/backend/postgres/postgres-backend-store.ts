import pg, { type Pool, type PoolClient } from 'pg';
import type { Agent, AppliedEntry, ChangesPage, Customer, Macro, Message, MutationOutcome, SnapshotPage, Ticket } from '../wire-types';
import type { TicketChanges } from '../../services/domain/ticket-changes';
import type { AuditEntry, AuditRecord } from '../../services/audit/audit-chain';
import type { ChainHead } from '../../services/audit/audit-anchor';
import type { AgentMutation } from '../backend-store';
import type { SeedData } from '../seed/generate-seed';
import { agentMessageEffect, customerMessageEffect, notFound, ticketNumber, ticketUpdateEffect } from '../ticket-effects';
import { appendChanges, changeCursor, changesAfter } from './ordered-change-log';
import { appendAudit, auditEntries, auditHead } from './postgres-audit-log';
import { inTransaction, migratePostgres } from './postgres-schema';

type Outcome = MutationOutcome & { replayed: boolean };
const parse = <T>(rows: Array<{ json: string }>): T[] => rows.map((r) => JSON.parse(r.json) as T);
const SEED_BATCH = 1000;

/** A write's transaction: the client to run statements on, and the changes and audit entries it makes. */
export interface WriteTransaction {
  client: PoolClient;
  /** Logged for the desks' pull as the transaction's last write (ordered-change-log.ts). */
  changed(ticketId: string, messageId?: string | null): void;
  audit(record: AuditRecord): Promise<AuditEntry>;
}

/**
 * The shared backend's data and rules on PostgreSQL, for a team whose backend runs as several
 * processes against one database. Same API and promises as the SQLite BackendStore (the pure
 * effects are the same functions); what differs is concurrency: ticket rows are locked for the
 * span of a write, idempotency keys are claimed before the write runs, and the change log and
 * audit chain are appended under their heads' row locks, so every process sees one order.
 */
export class PostgresBackendStore {
  private constructor(readonly pool: Pool) {}

  static async open(url: string, options: { maxConnections?: number } = {}): Promise<PostgresBackendStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
    // An idle client that loses its server (restart, failover) must not crash the process.
    pool.on('error', () => undefined);
    await migratePostgres(pool);
    return new PostgresBackendStore(pool);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async isSeeded(): Promise<boolean> {
    return (await this.pool.query(`SELECT 1 FROM meta WHERE key = 'seeded'`)).rowCount === 1;
  }

  /** Loads a generated day in batches, in one transaction: a process that dies half-way leaves nothing. */
  async seed(data: SeedData): Promise<void> {
    await this.write(async (tx) => {
      const insert = async <T>(items: readonly T[], sql: string, columns: (item: T) => unknown[]) => {
        for (let i = 0; i < items.length; i += SEED_BATCH) {
          const batch = items.slice(i, i + SEED_BATCH).map(columns);
          const arrays = batch[0]!.map((_, col) => batch.map((row) => row[col]));
          await tx.client.query(sql, arrays);
        }
      };
      await insert(data.agents, 'INSERT INTO agents (id, json) SELECT * FROM unnest($1::text[], $2::text[])', (a) => [a.id, JSON.stringify(a)]);
      await insert(data.customers, 'INSERT INTO customers (id, user_id, email, json) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])', (c) => [c.id, c.userId ?? null, c.email ?? null, JSON.stringify(c)]);
      await insert(data.tickets, 'INSERT INTO tickets (id, number, version, customer_id, json) SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::text[], $5::text[])', (t) => [t.id, ticketNumber(t.id), t.version, t.customerId, JSON.stringify(t)]);
      await insert(data.messages, 'INSERT INTO messages (id, ticket_id, created_at, client_key, json) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[])', (m) => [m.id, m.ticketId, m.createdAt, m.clientKey, JSON.stringify(m)]);
      await insert(data.macros, 'INSERT INTO macros (id, json) SELECT * FROM unnest($1::text[], $2::text[])', (m) => [m.id, JSON.stringify(m)]);
      await tx.client.query(`INSERT INTO meta (key, value) VALUES ('seeded', $1)`, [String(data.tickets.length)]);
      for (const t of data.tickets) tx.changed(t.id);
    });
  }

  async agents(): Promise<Agent[]> {
    return parse<Agent>((await this.pool.query<{ json: string }>('SELECT json FROM agents ORDER BY id')).rows);
  }

  async agent(id: string): Promise<Agent | null> {
    return first<Agent>((await this.pool.query<{ json: string }>('SELECT json FROM agents WHERE id = $1', [id])).rows);
  }

  async customers(): Promise<Customer[]> {
    return parse<Customer>((await this.pool.query<{ json: string }>('SELECT json FROM customers ORDER BY id')).rows);
  }

  async customer(id: string): Promise<Customer | null> {
    return first<Customer>((await this.pool.query<{ json: string }>('SELECT json FROM customers WHERE id = $1', [id])).rows);
  }

  /** The customer whose exchange account this is: by user id, else by e-mail (case-insensitive). */
  async customerByAccount(userId: string, email: string): Promise<Customer | null> {
    const byUserId = userId ? first<Customer>((await this.pool.query<{ json: string }>('SELECT json FROM customers WHERE user_id = $1 LIMIT 1', [userId])).rows) : null;
    if (byUserId || !email) return byUserId;
    return first<Customer>((await this.pool.query<{ json: string }>('SELECT json FROM customers WHERE lower(email) = lower($1) LIMIT 1', [email])).rows);
  }

  async macros(): Promise<Macro[]> {
    return parse<Macro>((await this.pool.query<{ json: string }>('SELECT json FROM macros ORDER BY id')).rows);
  }

  async ticket(id: string): Promise<Ticket | null> {
    return first<Ticket>((await this.pool.query<{ json: string }>('SELECT json FROM tickets WHERE id = $1', [id])).rows);
  }

  /** A customer's tickets, oldest first. */
  async ticketsOfCustomer(customerId: string): Promise<Ticket[]> {
    return parse<Ticket>((await this.pool.query<{ json: string }>('SELECT json FROM tickets WHERE customer_id = $1 ORDER BY number', [customerId])).rows);
  }

  async messagesOf(ticketId: string): Promise<Message[]> {
    return parse<Message>((await this.pool.query<{ json: string }>('SELECT json FROM messages WHERE ticket_id = $1 ORDER BY created_at, id', [ticketId])).rows);
  }

  async cursor(): Promise<number> {
    return this.read(changeCursor);
  }

  async ticketCount(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM tickets')).rows[0]!.n);
  }

  /** Tickets with their whole conversations, by ticket number, and the cursor of the same snapshot. */
  async snapshotPage(after: number, limit: number): Promise<SnapshotPage> {
    return this.read(async (client) => {
      const cursor = await changeCursor(client);
      const rows = (await client.query<{ number: string; json: string }>('SELECT number, json FROM tickets WHERE number > $1 ORDER BY number LIMIT $2', [after, limit])).rows;
      const tickets = parse<Ticket>(rows);
      const last = rows[rows.length - 1];
      const ids = tickets.map((t) => t.id);
      const messages = parse<Message>((await client.query<{ json: string }>('SELECT json FROM messages WHERE ticket_id = ANY($1::text[]) ORDER BY created_at, id', [ids])).rows);
      const total = Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM tickets')).rows[0]!.n);
      return { tickets, messages, customers: await customersOf(client, tickets), nextAfter: rows.length === limit && last ? Number(last.number) : null, cursor, total };
    });
  }

  /** Everything that changed after `since`: the current state of each touched ticket, and new messages. */
  async changesSince(since: number, limit: number): Promise<ChangesPage> {
    return this.read(async (client) => {
      const changes = await changesAfter(client, since, limit);
      const ticketIds = [...new Set(changes.map((c) => c.ticketId))];
      const messageIds = changes.flatMap((c) => (c.messageId ? [c.messageId] : []));
      const byId = new Map(parse<Ticket>((await client.query<{ json: string }>('SELECT json FROM tickets WHERE id = ANY($1::text[])', [ticketIds])).rows).map((t) => [t.id, t]));
      const tickets = ticketIds.flatMap((id) => byId.get(id) ?? []);
      const messages = messageIds.length ? parse<Message>((await client.query<{ json: string }>('SELECT json FROM messages WHERE id = ANY($1::text[]) ORDER BY created_at, id', [messageIds])).rows) : [];
      const last = changes[changes.length - 1];
      return { tickets, customers: await customersOf(client, tickets), messages, cursor: last ? last.seq : since, hasMore: changes.length === limit };
    });
  }

  /**
   * Runs a desk's mutation once per idempotency key, whichever process gets it and however often.
   * The key is claimed first: a second request with the same key (a retry to another process)
   * waits on the claim, then gets the first answer. A refusal (404, 409) is not remembered, so
   * the same key may be sent again once the agent has decided.
   */
  async once(key: string, now: number, apply: (tx: WriteTransaction) => Promise<MutationOutcome>): Promise<Outcome> {
    return this.write(async (tx) => {
      const claimed = await tx.client.query(`INSERT INTO idempotency (key, status, body, at) VALUES ($1, 0, 'null', $2) ON CONFLICT (key) DO NOTHING`, [key, now]);
      if (claimed.rowCount === 0) {
        const seen = (await tx.client.query<{ status: number; body: string }>('SELECT status, body FROM idempotency WHERE key = $1', [key])).rows[0]!;
        return { status: seen.status, body: JSON.parse(seen.body), replayed: true } as Outcome;
      }
      const outcome = await apply(tx);
      if (outcome.status < 300) await tx.client.query('UPDATE idempotency SET status = $2, body = $3 WHERE key = $1', [key, outcome.status, JSON.stringify(outcome.body)]);
      else await tx.client.query('DELETE FROM idempotency WHERE key = $1', [key]);
      return { ...outcome, replayed: false };
    });
  }

  async addAgentMessage(m: AgentMutation & { kind: 'reply' | 'note'; body: string }): Promise<Outcome> {
    return this.once(m.idempotencyKey, m.now, async (tx) => {
      const ticket = await lockTicket(tx.client, m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const count = Number((await tx.client.query<{ n: string }>('SELECT COUNT(*) AS n FROM messages WHERE ticket_id = $1', [ticket.id])).rows[0]!.n);
      const { message, next } = agentMessageEffect(ticket, m, count + 1);
      await insertMessage(tx.client, message);
      await writeTicket(tx, next, [message.id]);
      await logApplied(tx.client, m, m.kind, `${m.kind} of ${m.body.length} characters`);
      return { status: 201, body: { ticket: next, message } };
    });
  }

  /** Absolute changes against the version the desk saw; a newer ticket means someone else moved it. */
  async updateTicket(m: AgentMutation & { changes: TicketChanges; baseVersion: number }): Promise<Outcome> {
    return this.once(m.idempotencyKey, m.now, async (tx) => {
      const ticket = await lockTicket(tx.client, m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const effect = ticketUpdateEffect(ticket, m.changes, m.baseVersion, m.now);
      if ('conflict' in effect) return effect.conflict;
      await writeTicket(tx, effect.next, []);
      await logApplied(tx.client, m, 'update', JSON.stringify(m.changes));
      return { status: 200, body: { ticket: effect.next } };
    });
  }

  /** Live traffic: a customer writes in (new ticket or follow-up). */
  async addCustomerTraffic(input: { ticket: Ticket; customer: Customer | null; message: Message }): Promise<void> {
    await this.write(async (tx) => {
      if (input.customer) {
        const c = input.customer;
        await tx.client.query('INSERT INTO customers (id, user_id, email, json) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, email = excluded.email, json = excluded.json', [
          c.id,
          c.userId ?? null,
          c.email ?? null,
          JSON.stringify(c),
        ]);
      }
      const existing = await lockTicket(tx.client, input.ticket.id);
      await insertMessage(tx.client, input.message);
      await writeTicket(tx, customerMessageEffect(existing, input.ticket, input.message), [input.message.id]);
    });
  }

  async appliedLog(since = 0, limit = 1000): Promise<AppliedEntry[]> {
    const rows = await this.pool.query<{ seq: string; at: string; idempotencykey: string; ticketid: string; kind: string; authorid: string; summary: string }>(
      'SELECT seq, at, idempotency_key AS idempotencyKey, ticket_id AS ticketId, kind, author_id AS authorId, summary FROM applied_log WHERE seq > $1 ORDER BY seq LIMIT $2',
      [since, limit],
    );
    return rows.rows.map((r) => ({ seq: Number(r.seq), at: Number(r.at), idempotencyKey: r.idempotencykey, ticketId: r.ticketid, kind: r.kind, authorId: r.authorid, summary: r.summary }));
  }

  async auditHead(): Promise<ChainHead> {
    return this.read(auditHead);
  }

  async auditLog(options: { ticketId?: string; since?: number; limit?: number } = {}): Promise<AuditEntry[]> {
    return this.read((client) => auditEntries(client, options));
  }

  /** A write transaction whose changes go to the ordered log last, just before COMMIT. */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await inTransaction(client, async () => {
        const changes: Array<{ ticketId: string; messageId: string | null }> = [];
        const result = await work({ client, changed: (ticketId, messageId = null) => void changes.push({ ticketId, messageId }), audit: (record) => appendAudit(client, record) });
        if (changes.length > 0) await appendChanges(client, changes);
        return result;
      });
    } finally {
      client.release();
    }
  }

  /** Reads that must agree with each other (a page and its cursor) share one snapshot. */
  private async read<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await inTransaction(client, () => work(client), 'REPEATABLE READ');
    } finally {
      client.release();
    }
  }
}

function first<T>(rows: Array<{ json: string }>): T | null {
  const row = rows[0];
  return row ? (JSON.parse(row.json) as T) : null;
}

/** The ticket, locked until the transaction ends: writes to one ticket from any process queue here. */
async function lockTicket(client: PoolClient, id: string): Promise<Ticket | null> {
  return first<Ticket>((await client.query<{ json: string }>('SELECT json FROM tickets WHERE id = $1 FOR UPDATE', [id])).rows);
}

async function insertMessage(client: PoolClient, message: Message): Promise<void> {
  await client.query('INSERT INTO messages (id, ticket_id, created_at, client_key, json) VALUES ($1, $2, $3, $4, $5)', [message.id, message.ticketId, message.createdAt, message.clientKey, JSON.stringify(message)]);
}

/** Stores the ticket and one change per new message (or one bare change), so pulls see them all. */
async function writeTicket(tx: WriteTransaction, ticket: Ticket, messageIds: readonly string[]): Promise<void> {
  await tx.client.query(
    'INSERT INTO tickets (id, number, version, customer_id, json) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET version = excluded.version, customer_id = excluded.customer_id, json = excluded.json',
    [ticket.id, ticketNumber(ticket.id), ticket.version, ticket.customerId, JSON.stringify(ticket)],
  );
  if (messageIds.length === 0) tx.changed(ticket.id);
  for (const id of messageIds) tx.changed(ticket.id, id);
}

async function logApplied(client: PoolClient, m: AgentMutation, kind: string, summary: string): Promise<void> {
  await client.query('INSERT INTO applied_log (at, idempotency_key, ticket_id, kind, author_id, summary) VALUES ($1, $2, $3, $4, $5, $6)', [m.now, m.idempotencyKey, m.ticketId, kind, m.authorId, summary]);
}

async function customersOf(client: PoolClient, tickets: readonly Ticket[]): Promise<Customer[]> {
  const ids = [...new Set(tickets.map((t) => t.customerId))];
  return parse<Customer>((await client.query<{ json: string }>('SELECT json FROM customers WHERE id = ANY($1::text[])', [ids])).rows);
}
