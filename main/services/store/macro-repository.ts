import { randomUUID } from 'node:crypto';
import type { Macro } from '../../../preload/contract';
import type { SqliteDatabase } from '../sqlite/open-database';
import { statementCache } from '../sqlite/statement-cache';

export interface MacroWithUsage extends Macro {
  uses: number;
  lastUsedAt: number | null;
}

/**
 * The agent's macros: the backend's shared library (replaced on each sync, see ReferenceRepository)
 * and personal ones written in the app, with how often this agent used each.
 */
export class MacroRepository {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(db: SqliteDatabase) {
    this.sql = statementCache(db);
  }

  list(agentId: string): MacroWithUsage[] {
    const rows = this.sql(
        `SELECT m.json, m.source, COALESCE(u.uses, 0) AS uses, u.last_used_at AS lastUsedAt
         FROM macros m LEFT JOIN macro_usage u ON u.macro_id = m.id AND u.agent_id = ?
         ORDER BY uses DESC, m.id`,
      )
      .all(agentId) as Array<{ json: string; source: string; uses: number; lastUsedAt: number | null }>;
    return rows.map((r) => ({ ...withDefaults(JSON.parse(r.json) as Partial<Macro>, r.source), uses: r.uses, lastUsedAt: r.lastUsedAt }));
  }

  get(id: string): Macro | null {
    const row = this.sql('SELECT json, source FROM macros WHERE id = ?').get(id) as { json: string; source: string } | undefined;
    return row ? withDefaults(JSON.parse(row.json) as Partial<Macro>, row.source) : null;
  }

  /** Creates or replaces a personal macro; a shared one cannot be overwritten from the desk. */
  savePersonal(macro: Omit<Macro, 'id' | 'source'> & { id?: string }): Macro {
    const id = macro.id ?? `personal-${randomUUID()}`;
    const existing = this.sql('SELECT source FROM macros WHERE id = ?').get(id) as { source: string } | undefined;
    if (existing && existing.source !== 'personal') throw new Error(`macro ${id} belongs to the shared library and cannot be changed here`);
    const saved: Macro = { ...macro, id, source: 'personal' };
    this.sql(`INSERT INTO macros (id, source, json) VALUES (?, 'personal', ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json`).run(id, JSON.stringify(saved));
    return saved;
  }

  deletePersonal(id: string): boolean {
    return this.sql(`DELETE FROM macros WHERE id = ? AND source = 'personal'`).run(id).changes === 1;
  }

  recordUse(macroIds: readonly string[], agentId: string, at: number): void {
    const bump = this.sql(
      `INSERT INTO macro_usage (macro_id, agent_id, uses, last_used_at) VALUES (?, ?, 1, ?)
       ON CONFLICT (macro_id, agent_id) DO UPDATE SET uses = uses + 1, last_used_at = excluded.last_used_at`,
    );
    for (const id of macroIds) bump.run(id, agentId, at);
  }
}

/** Macros stored before fields and sources existed read as shared ones without fields. */
function withDefaults(macro: Partial<Macro>, source: string): Macro {
  return {
    id: macro.id ?? '',
    title: macro.title ?? '',
    topic: macro.topic ?? null,
    keywords: macro.keywords ?? [],
    bodies: macro.bodies ?? [],
    requiredFields: macro.requiredFields ?? [],
    actions: macro.actions ?? {},
    source: source === 'personal' ? 'personal' : 'shared',
  };
}
