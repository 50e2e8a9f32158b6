import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheMigrations, cacheSchema } from '../../../main/services/store/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/services/sqlite/open-database';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'agentdesk-migrations-')), 'cache.sqlite');

describe('cache migrations', () => {
  it('creates every table of the cache, in WAL mode, at the latest version', () => {
    const db = openDatabase(tempFile(), cacheSchema);
    expect(schemaVersion(db)).toBe(cacheMigrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name);
    for (const table of ['tickets', 'messages', 'customers', 'macros', 'drafts', 'outbox', 'sync_state', 'audit_log', 'agents', 'tickets_fts', 'messages_fts']) {
      expect(tables).toContain(table);
    }
    db.close();
  });

  it('is idempotent: reopening applies nothing twice', () => {
    const file = tempFile();
    openDatabase(file, cacheSchema).close();
    const db = openDatabase(file, cacheSchema);
    expect(schemaVersion(db)).toBe(cacheMigrations.length);
    db.close();
  });

  it('refuses a database written by a newer build instead of corrupting it', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openDatabase(file, cacheSchema)).toThrow(/newer than this build/);
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    const broken = { version: 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE a (x); CREATE TABLE a (y);') };
    expect(() => migrate(db, [broken])).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'a'`).get()).toBeUndefined();
  });

  it('keeps the audit log append-only', () => {
    const db = openDatabase(tempFile(), cacheSchema);
    db.prepare(`INSERT INTO audit_log (at, actor_id, action, details, prev_hash, hash) VALUES (1, 'a', 'escalate', '{}', '', 'h')`).run();
    expect(() => db.prepare('UPDATE audit_log SET action = ?').run('edited')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});
