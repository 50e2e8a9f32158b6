import type { Agent, Macro } from '../../../preload/contract';
import type { SqliteDatabase } from '../sqlite/open-database';

/** Agents and the shared macro library: small reference data replaced wholesale on each sync (macros are read through MacroRepository). */
export class ReferenceRepository {
  constructor(private readonly db: SqliteDatabase) {}

  replaceAgents(agents: readonly Agent[]): void {
    this.db.prepare('DELETE FROM agents').run();
    const insert = this.db.prepare('INSERT INTO agents (id, json) VALUES (?, ?)');
    for (const a of agents) insert.run(a.id, JSON.stringify(a));
  }

  agents(): Agent[] {
    return (this.db.prepare('SELECT json FROM agents ORDER BY rowid').all() as Array<{ json: string }>).map((r) => JSON.parse(r.json) as Agent);
  }

  replaceBackendMacros(macros: readonly Macro[]): void {
    this.db.prepare(`DELETE FROM macros WHERE source = 'backend'`).run();
    const insert = this.db.prepare(`INSERT INTO macros (id, source, json) VALUES (?, 'backend', ?)`);
    for (const m of macros) insert.run(m.id, JSON.stringify(m));
  }
}
