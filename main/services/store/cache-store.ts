import { AuditLogTable } from '../audit/audit-log-table';
import { durableTransaction, openDatabase, type SqliteDatabase } from '../sqlite/open-database';
import { cacheSchema } from './migrations';
import { DraftRepository } from './draft-repository';
import { KeyValueState } from './key-value-state';
import { MacroRepository } from './macro-repository';
import { MessageSearchIndexer } from './message-search-indexer';
import { OutboxRepository } from './outbox-repository';
import { ReferenceRepository } from './reference-repository';
import { SearchRepository } from './search-repository';
import { SettingsRepository } from './settings-repository';
import { TicketRepository } from './ticket-repository';

/** The local cache: one SQLite file, one object per table family, only the main process opens it. */
export interface CacheStore {
  db: SqliteDatabase;
  tickets: TicketRepository;
  outbox: OutboxRepository;
  drafts: DraftRepository;
  reference: ReferenceRepository;
  macros: MacroRepository;
  state: KeyValueState;
  messageSearch: MessageSearchIndexer;
  search: SearchRepository;
  settings: SettingsRepository;
  /** This desk's own security actions, hash-chained (the backend keeps the authoritative chain). */
  audit: AuditLogTable;
  transaction<T>(fn: () => T): T;
  /** For what the agent wrote or did: on disk, power loss included, before it returns. */
  durableTransaction<T>(fn: () => T): T;
  close(): void;
}

export function openCacheStore(file: string, options: { nativeBinding?: string } = {}): CacheStore {
  const db = openDatabase(file, { ...cacheSchema, ...options });
  const outbox = new OutboxRepository(db);
  const state = new KeyValueState(db);
  return {
    db,
    outbox,
    tickets: new TicketRepository(db, outbox),
    drafts: new DraftRepository(db),
    reference: new ReferenceRepository(db),
    macros: new MacroRepository(db),
    state,
    messageSearch: new MessageSearchIndexer(db, state),
    search: new SearchRepository(db),
    settings: new SettingsRepository(state),
    audit: new AuditLogTable(db),
    transaction: (fn) => db.transaction(fn)(),
    durableTransaction: (fn) => durableTransaction(db, fn),
    close: () => db.close(),
  };
}
