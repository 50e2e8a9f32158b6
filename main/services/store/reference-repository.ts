import type { Agent, Macro } from '../../../preload/contract';
import type { SqliteDatabase } from '../sqlite/open-database';

/** Agents and the shared macro library: small reference data replaced wholesale on each sync (macros are read through MacroRepository). */
export class ReferenceRepository {
  /**
   * The agent list as last read: asked for on every masked value and every call that needs the
   * signed-in agent, it was read and parsed from SQLite each time (a tenth of a millisecond and
   * more, many times per queue page). Only this desk writes the table, through replaceAgents.
   */
  private agentsRead: Agent[] | null = null;

  constructor(private readonly db: SqliteDatabase) {}

  replaceAgents(agents: readonly Agent[]): void {
    this.agentsRead = null;
    this.db.prepare('DELETE FROM agents').run();
    const insert = this.db.prepare('INSERT INTO agents (id, json) VALUES (?, ?)');
    for (const a of agents) insert.run(a.id, JSON.stringify(a));
  }

  agents(): Agent[] {
    if (this.agentsRead) return [...this.agentsRead];
    const agents = (this.db.prepare('SELECT json FROM agents ORDER BY rowid').all() as Array<{ json: string }>).map((r) => JSON.parse(r.json) as Agent);
    // Not kept while a transaction is open: it may yet roll back.
    if (!this.db.inTransaction) this.agentsRead = agents;
    return [...agents];
  }

  replaceBackendMacros(macros: readonly Macro[]): void {
    this.db.prepare(`DELETE FROM macros WHERE source = 'backend'`).run();
    const insert = this.db.prepare(`INSERT INTO macros (id, source, json) VALUES (?, 'backend', ?)`);
    for (const m of macros) insert.run(m.id, JSON.stringify(m));
  }
}
