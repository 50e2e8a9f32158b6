import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';

export type { SqliteDatabase };

export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (the Electron build). */
  nativeBinding?: string;
  migrations: readonly Migration[];
  /** Deterministic SQL functions the schema uses (triggers, migrations): registered before migrating. */
  functions?: Readonly<Record<string, (text: string) => string>>;
}

/**
 * Opens a SQLite file in WAL mode and brings its schema up to date, one transaction per
 * migration. NORMAL sync survives a crash of the app at any moment; commits that must also
 * survive power loss (the agent's own words and changes) go through durableTransaction.
 */
export function openDatabase(file: string, options: OpenOptions): SqliteDatabase {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerFunctions(db, options.functions ?? {});
  migrate(db, options.migrations);
  return db;
}

/** SQL functions a schema calls (its triggers, its migrations): every connection that writes needs them. */
export function registerFunctions(db: SqliteDatabase, functions: Readonly<Record<string, (text: string) => string>>): void {
  for (const [name, fn] of Object.entries(functions)) db.function(name, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? fn(text) : text));
}

export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: SqliteDatabase, migrations: readonly Migration[]): void {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration numbering has a gap at ${m.name} (expected ${i + 1})`);
  });
  const current = schemaVersion(db);
  if (current > sorted.length) {
    throw new Error(`database schema ${current} is newer than this build knows (${sorted.length}); update the app`);
  }
  for (const migration of sorted.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/**
 * A transaction that is on disk when it returns, power loss included: the outbox and drafts.
 * Everything else can be pulled or sent again, so it skips the per-commit fsync.
 */
export function durableTransaction<T>(db: SqliteDatabase, fn: () => T): T {
  db.pragma('synchronous = FULL');
  try {
    return db.transaction(fn)();
  } finally {
    db.pragma('synchronous = NORMAL');
  }
}
