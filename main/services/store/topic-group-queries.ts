import type { Statement } from 'better-sqlite3';
import type { Agent, Language, QueueRow, QueueView, Topic } from '../../../preload/contract';
import type { SqliteDatabase } from '../sqlite/open-database';
import { statementCache } from '../sqlite/statement-cache';
import { orderOf, QUEUE_COLUMNS, viewFilter, type QueueRowRecord, type TicketRepository } from './ticket-repository';

/** A topic's share of a view, before the macro library is consulted. */
export interface TopicGroupCounts {
  topic: Topic;
  count: number;
  breached: number;
  languages: Partial<Record<Language, number>>;
}

/**
 * The queue views cut by topic. Which tickets a view holds, and in what order, is the ticket
 * repository's rule (viewFilter, orderOf): these queries add the topic and nothing else, so a
 * group is always exactly the view's tickets of that topic.
 */
export class TopicGroupQueries {
  private readonly sql: (sql: string) => Statement;

  constructor(
    db: SqliteDatabase,
    private readonly tickets: TicketRepository,
  ) {
    this.sql = statementCache(db);
  }

  /** Every topic present in the view, with its size, SLA breaches and languages; largest first. */
  groups(view: QueueView, agent: Agent, now: number): TopicGroupCounts[] {
    const f = viewFilter(view, agent, now);
    // One pass over the view: per topic and language, so languages come out of the same scan.
    const cells = this.sql(
        `SELECT t.topic AS topic, t.language AS language, COUNT(*) AS n,
                SUM(CASE WHEN t.due_sort <= ? THEN 1 ELSE 0 END) AS breached
         FROM tickets t WHERE ${f.where} GROUP BY t.topic, t.language`,
      )
      .all(now, ...f.params) as Array<{ topic: Topic; language: Language; n: number; breached: number }>;
    const byTopic = new Map<Topic, TopicGroupCounts>();
    for (const cell of cells) {
      let group = byTopic.get(cell.topic);
      if (!group) byTopic.set(cell.topic, (group = { topic: cell.topic, count: 0, breached: 0, languages: {} }));
      group.count += cell.n;
      group.breached += cell.breached;
      group.languages[cell.language] = cell.n;
    }
    return [...byTopic.values()].sort((a, b) => b.count - a.count || b.breached - a.breached || (a.topic < b.topic ? -1 : 1));
  }

  /** The ids of a group's tickets in the view's order, at most `limit`. */
  ticketIds(view: QueueView, agent: Agent, topic: Topic, limit: number, now: number): string[] {
    const f = viewFilter(view, agent, now);
    return this.sql(`SELECT t.id FROM tickets t WHERE ${f.where} AND t.topic = ? ${orderOf(view)} LIMIT ?`)
      .pluck()
      .all(...f.params, topic, limit) as string[];
  }

  count(view: QueueView, agent: Agent, topic: Topic, now: number): number {
    const f = viewFilter(view, agent, now);
    return this.sql(`SELECT COUNT(*) FROM tickets t WHERE ${f.where} AND t.topic = ?`)
      .pluck()
      .get(...f.params, topic) as number;
  }

  /** One page of a group's rows, as the queue shows them. */
  page(view: QueueView, agent: Agent, topic: Topic, offset: number, limit: number, now: number): QueueRow[] {
    const f = viewFilter(view, agent, now);
    // As queue.page does: the page's ids first, then only those rows are read and joined.
    const records = this.sql(
        `SELECT ${QUEUE_COLUMNS} FROM (SELECT t.id FROM tickets t WHERE ${f.where} AND t.topic = ? ${orderOf(view)} LIMIT ? OFFSET ?) page
         JOIN tickets t ON t.id = page.id LEFT JOIN customers c ON c.id = t.customer_id ${orderOf(view)}`,
      )
      .all(...f.params, topic, limit, offset) as QueueRowRecord[];
    return this.tickets.toQueueRows(records);
  }
}
