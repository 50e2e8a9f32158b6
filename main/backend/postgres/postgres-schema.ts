import type { Pool, PoolClient } from 'pg';

/**
 * The shared backend's schema on PostgreSQL: the same tables as the SQLite backend (001–002),
 * plus the two one-row heads that make the change log and the audit chain safe to append from
 * several backend processes at once (see ordered-change-log.ts).
 */
const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: '001-backend-schema',
    sql: `
      -- Records are kept as the JSON text the API sends, not JSONB: JSONB refuses the NUL character, and a
      -- customer's message must be stored byte for byte whatever it holds. What queries look up
      -- (a customer's user id and e-mail, a ticket's customer) has its own column.
      CREATE TABLE agents (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE customers (id TEXT PRIMARY KEY, user_id TEXT, email TEXT, json TEXT NOT NULL);
      CREATE INDEX customers_by_user_id ON customers (user_id);
      CREATE INDEX customers_by_email ON customers (lower(email));
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY, number BIGINT NOT NULL UNIQUE, version INTEGER NOT NULL,
        customer_id TEXT NOT NULL, json TEXT NOT NULL
      );
      CREATE INDEX tickets_by_customer ON tickets (customer_id, number);
      CREATE TABLE messages (
        id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, created_at BIGINT NOT NULL,
        client_key TEXT UNIQUE, json TEXT NOT NULL
      );
      CREATE INDEX messages_by_ticket ON messages (ticket_id, created_at);
      CREATE TABLE macros (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      -- The cursor desks pull from. seq is not a sequence: it is handed out under change_head's
      -- row lock, so it is gapless and in commit order (see ordered-change-log.ts).
      CREATE TABLE changes (seq BIGINT PRIMARY KEY, ticket_id TEXT NOT NULL, message_id TEXT);
      CREATE TABLE change_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL);
      INSERT INTO change_head (id, seq) VALUES (1, 0);
      -- A claimed key has status 0 until its transaction commits the answer.
      CREATE TABLE idempotency (key TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT NOT NULL, at BIGINT NOT NULL);
      CREATE TABLE applied_log (
        seq BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, idempotency_key TEXT NOT NULL,
        ticket_id TEXT NOT NULL, kind TEXT NOT NULL, author_id TEXT NOT NULL, summary TEXT NOT NULL
      );
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: '002-backend-audit-log',
    sql: `
      CREATE TABLE audit_log (
        id BIGINT PRIMARY KEY, at BIGINT NOT NULL, actor_id TEXT NOT NULL, action TEXT NOT NULL,
        ticket_id TEXT, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_ticket ON audit_log (ticket_id, id);
      CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), count BIGINT NOT NULL, hash TEXT NOT NULL);
      INSERT INTO audit_head (id, count, hash) VALUES (1, 0, '${'0'.repeat(64)}');
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    `,
  },
];

/** Any lock id will do as long as every backend process uses the same one. */
const MIGRATION_LOCK = 0x4147_4453; // "AGDS"

/**
 * Brings the database to the newest schema. Several backend processes may start at once: an
 * advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await inTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      });
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>, isolation: 'READ COMMITTED' | 'REPEATABLE READ' = 'READ COMMITTED'): Promise<T> {
  await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
