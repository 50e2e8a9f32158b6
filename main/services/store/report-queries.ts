import type { Statement } from 'better-sqlite3';
import type { ReportMessage, ReportTicket, ReportWindow } from '../domain/agent-reports';
import type { SqliteDatabase } from '../sqlite/open-database';
import { statementCache } from '../sqlite/statement-cache';

/**
 * What the local reports read from the cache, and no more: a ticket's report columns (never its
 * subject or server copy) and who sent which public reply when (never a body). Every query returns
 * only the report's window ('me' narrows it to the tickets the agent worked on); the cache keeps
 * no index on updated_at, so finding them is one pass over the tickets table.
 */

const TICKET_COLUMNS = 't.id, t.status, t.topic, t.language, t.assignee_id, t.created_at, t.updated_at, t.first_response_at';
type TicketRow = [string, ReportTicket['status'], ReportTicket['topic'], ReportTicket['language'], string | null, number, number, number | null];
// Rows come back as arrays and become objects here: for 100,000 tickets that is a third faster than
// letting the driver name every column of every row.
const toTicket = (r: TicketRow): ReportTicket => ({ id: r[0], status: r[1], topic: r[2], language: r[3], assigneeId: r[4], createdAt: r[5], updatedAt: r[6], firstResponseAt: r[7] });

const REPLY_COLUMNS = 'm.ticket_id, m.author_id, m.created_at';
type ReplyRow = [string, string, number];
/** Only public agent replies are ever selected: the two constant fields are filled in here. */
const toReply = (r: ReplyRow): ReportMessage => ({ ticketId: r[0], authorType: 'agent', authorId: r[1], kind: 'reply', createdAt: r[2] });

/**
 * A ticket can only count in a window if something happened to it there (a reply or a solve moves
 * updated_at) and it existed before the window closed; tickets created in the window are in it too.
 */
const IN_WINDOW = 't.updated_at >= @from AND t.created_at < @to';
/** One agent's share: assigned to them, or answered by them at some point. */
const WORKED_ON_BY = `(t.assignee_id = @agent OR t.id IN (
  SELECT ticket_id FROM messages WHERE author_type = 'agent' AND kind = 'reply' AND author_id = @agent))`;

function scopeOf(agentId: string | null): string {
  return agentId === null ? IN_WINDOW : `${IN_WINDOW} AND ${WORKED_ON_BY}`;
}

function params(window: ReportWindow, agentId: string | null): Record<string, string | number> {
  return agentId === null ? { from: window.from, to: window.to } : { from: window.from, to: window.to, agent: agentId };
}

/** A reply of this desk that the cache does not hold as a message yet (queued, or sent and not pulled back). */
export interface UndeliveredReply {
  ticketId: string;
  authorId: string;
  createdAt: number;
}

/** An assignment this desk made (take, take next, assign): the only assignment times the cache knows. */
export interface KnownAssignment {
  ticketId: string;
  assigneeId: string;
  at: number;
}

export class ReportQueries {
  private readonly sql: (sql: string) => Statement;
  constructor(db: SqliteDatabase) {
    this.sql = statementCache(db);
  }

  /** The tickets the report looks at: touched in the window (and worked on by the agent, for 'me'). */
  tickets(window: ReportWindow, agentId: string | null): ReportTicket[] {
    return (this.sql(`SELECT ${TICKET_COLUMNS} FROM tickets t WHERE ${scopeOf(agentId)}`).raw().all(params(window, agentId)) as TicketRow[]).map(toTicket);
  }

  /**
   * Every public agent reply on those tickets, whenever sent: the first one may predate the window.
   * CROSS JOIN keeps the tickets outside: only the window's conversations are read, through the
   * by-ticket index, where the planner would otherwise scan every message in the cache.
   */
  agentReplies(window: ReportWindow, agentId: string | null): ReportMessage[] {
    const rows = this.sql(
      `SELECT ${REPLY_COLUMNS} FROM tickets t CROSS JOIN messages m ON m.ticket_id = t.id
       WHERE ${scopeOf(agentId)} AND m.author_type = 'agent' AND m.kind = 'reply'`,
    ).raw().all(params(window, agentId)) as ReplyRow[];
    return rows.map(toReply);
  }

  /** Tickets by id, for replies of this desk on tickets the window query did not bring. */
  ticketsById(ids: readonly string[]): ReportTicket[] {
    if (ids.length === 0) return [];
    return (this.sql(`SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ids)) as TicketRow[]).map(toTicket);
  }

  /** The public agent replies of those tickets. */
  agentRepliesOf(ticketIds: readonly string[]): ReportMessage[] {
    if (ticketIds.length === 0) return [];
    const rows = this.sql(`SELECT ${REPLY_COLUMNS} FROM messages m WHERE m.ticket_id IN (SELECT value FROM json_each(?)) AND m.author_type = 'agent' AND m.kind = 'reply'`)
      .raw()
      .all(JSON.stringify(ticketIds)) as ReplyRow[];
    return rows.map(toReply);
  }

  /**
   * Public replies of this desk not yet back from the backend as messages: the agent's work counts
   * at once. Only live entries (queued, or delivered and not yet pulled) are read, through their
   * index; an escalation's holding reply is a reply to the customer too.
   */
  undeliveredReplies(): UndeliveredReply[] {
    return this.sql(
      `SELECT o.ticket_id AS ticketId, json_extract(o.payload, '$.authorId') AS authorId, o.created_at AS createdAt
       FROM outbox o INDEXED BY outbox_live
       WHERE (o.state IN ('pending', 'sending') OR o.acked_version IS NOT NULL)
         AND (o.kind = 'reply' OR (o.kind = 'escalate' AND json_extract(o.payload, '$.holdingReply') IS NOT NULL))
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.client_key = (CASE o.kind WHEN 'escalate' THEN o.key || '.reply' ELSE o.key END))`,
    ).all() as UndeliveredReply[];
  }

  /**
   * The latest time this desk gave a ticket to each assignee, for the tickets solved in the window
   * (handle time is all it is used for); failed and discarded changes never happened.
   */
  assignments(window: ReportWindow): KnownAssignment[] {
    return this.sql(
      `SELECT o.ticket_id AS ticketId, json_extract(o.payload, '$.changes.assigneeId') AS assigneeId, MAX(o.created_at) AS at
       FROM outbox o
       WHERE o.kind = 'update' AND o.state NOT IN ('failed', 'discarded') AND o.created_at < @to
         AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = o.ticket_id AND t.status IN ('solved', 'closed') AND t.updated_at >= @from AND t.created_at < @to)
         AND json_extract(o.payload, '$.changes.assigneeId') IS NOT NULL
       GROUP BY o.ticket_id, json_extract(o.payload, '$.changes.assigneeId')`,
    ).all({ from: window.from, to: window.to }) as KnownAssignment[];
  }
}
