import type { Statement } from 'better-sqlite3';
import { SOON_MINUTES, type ClosedTicketFacts, type IncomingCount, type MinuteCount, type OpenGroupCounts, type SurgeFacts } from '../domain/surge-stats';
import type { SqliteDatabase } from '../sqlite/open-database';
import { statementCache } from '../sqlite/statement-cache';

const MINUTE = 60_000;

/**
 * The minute an instant falls in, counted back from @now: the same rule as minutesAgo() in
 * domain/surge-stats.ts. Parameters bind as REAL, so the division is cast back to whole minutes.
 */
const minutesAgoOf = (column: string) => `MAX(0, CAST((@now - ${column}) / ${MINUTE} AS INTEGER))`;

const OPEN_GROUPS = `
  SELECT language, topic, COUNT(*) AS open,
    SUM(CASE WHEN assignee_id IS NULL THEN 1 ELSE 0 END) AS unassigned,
    SUM(CASE WHEN due_at <= @now THEN 1 ELSE 0 END) AS breached,
    SUM(CASE WHEN due_at > @now AND due_at <= @soon THEN 1 ELSE 0 END) AS breachingSoon,
    MIN(CASE WHEN due_at > @now THEN due_at END) AS nextDueAt
  FROM tickets INDEXED BY tickets_surge WHERE active = 1 GROUP BY language, topic`;

const OPEN_ARRIVALS = `
  SELECT ${minutesAgoOf('created_at')} AS minutesAgo, COUNT(*) AS count
  FROM tickets INDEXED BY tickets_surge WHERE active = 1 AND created_at > @from GROUP BY 1`;

const OPEN_DUE = `
  SELECT ${minutesAgoOf('due_at')} AS minutesAgo, COUNT(*) AS count
  FROM tickets INDEXED BY tickets_surge WHERE active = 1 AND due_at > @from AND due_at <= @now GROUP BY 1`;

const INCOMING = `
  SELECT ${minutesAgoOf('created_at')} AS minutesAgo, language, topic, COUNT(*) AS count
  FROM tickets INDEXED BY tickets_surge WHERE created_at > @incomingFrom GROUP BY 1, language, topic`;

const CLOSED = `
  SELECT created_at AS createdAt, updated_at AS closedAt, priority, security, first_response_at AS firstResponseAt
  FROM tickets INDEXED BY tickets_surge WHERE active = 0 AND updated_at > @from`;

/**
 * What the surge view counts, aggregated in SQL: only per-group and per-minute counts (and the
 * few tickets closed within the window) leave SQLite. Every query names the tickets_surge index
 * (migration 009), which holds all it reads: the planner would otherwise take another index on
 * `active` and fetch every matching row from the table.
 */
export class SurgeQueries {
  private readonly sql: (sql: string) => Statement;

  constructor(private readonly db: SqliteDatabase) {
    this.sql = statementCache(db);
  }

  facts(now: number, windowMinutes: number): SurgeFacts {
    const params = {
      now,
      soon: now + SOON_MINUTES * MINUTE,
      from: now - windowMinutes * MINUTE,
      incomingFrom: now - Math.max(windowMinutes, SOON_MINUTES) * MINUTE,
    };
    // One read transaction: every count comes from the same moment of the cache.
    return this.db.transaction(() => ({
      now,
      windowMinutes,
      openGroups: this.sql(OPEN_GROUPS).all(params) as OpenGroupCounts[],
      openArrivals: this.sql(OPEN_ARRIVALS).all(params) as MinuteCount[],
      openDue: this.sql(OPEN_DUE).all(params) as MinuteCount[],
      incoming: this.sql(INCOMING).all(params) as IncomingCount[],
      closed: (this.sql(CLOSED).all(params) as Array<Omit<ClosedTicketFacts, 'security'> & { security: number }>).map((t) => ({ ...t, security: t.security === 1 })),
    }))();
  }
}
