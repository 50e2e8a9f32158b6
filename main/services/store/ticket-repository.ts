import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import type { Agent, Customer, EscalationNotice, Message, QueueRow, QueueView, Ticket } from '../../../preload/contract';
import { replayPending } from '../domain/replay-pending';
import type { SqliteDatabase } from '../sqlite/open-database';
import type { OutboxRepository } from './outbox-repository';
import { customerToRow, rowToCustomer, rowToTicket, sharedTicketFields, ticketToRow, type CustomerRow, type TicketRow } from './ticket-rows';

const UPSERT_TICKET = `
  INSERT INTO tickets (id, subject, status, priority, topic, language, customer_id, assignee_id, tags, security,
    created_at, updated_at, first_response_at, last_customer_message_at, version, snoozed_until, escalated_at, acknowledged_at, active, due_at, due_sort, server_json)
  VALUES (@id, @subject, @status, @priority, @topic, @language, @customer_id, @assignee_id, @tags, @security,
    @created_at, @updated_at, @first_response_at, @last_customer_message_at, @version, @snoozed_until, @escalated_at, @acknowledged_at, @active, @due_at, @due_sort, @server_json)
  ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, status = excluded.status, priority = excluded.priority,
    topic = excluded.topic, language = excluded.language, customer_id = excluded.customer_id,
    assignee_id = excluded.assignee_id, tags = excluded.tags, security = excluded.security,
    created_at = excluded.created_at, updated_at = excluded.updated_at, first_response_at = excluded.first_response_at,
    last_customer_message_at = excluded.last_customer_message_at, version = excluded.version,
    snoozed_until = excluded.snoozed_until, escalated_at = excluded.escalated_at, acknowledged_at = excluded.acknowledged_at, active = excluded.active,
    due_at = excluded.due_at, due_sort = excluded.due_sort, server_json = excluded.server_json`;

const UPSERT_CUSTOMER = `
  INSERT INTO customers (id, name, first_name, email, user_id, language, country, kyc_level)
  VALUES (@id, @name, @first_name, @email, @user_id, @language, @country, @kyc_level)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, first_name = excluded.first_name, email = excluded.email,
    user_id = excluded.user_id, language = excluded.language, country = excluded.country, kyc_level = excluded.kyc_level`;

const INSERT_MESSAGE = `
  INSERT INTO messages (id, ticket_id, author_type, author_id, kind, body, created_at, client_key)
  VALUES (@id, @ticketId, @authorType, @authorId, @kind, @body, @createdAt, @clientKey)
  ON CONFLICT (id) DO NOTHING`;

export const QUEUE_COLUMNS = `t.id, t.subject, t.language, t.topic, t.status, t.priority, t.security, t.assignee_id,
  t.due_at, t.updated_at, t.escalated_at, t.acknowledged_at, COALESCE(c.name, '') AS customer_name`;
const QUEUE_ORDER = `ORDER BY t.security DESC, t.due_sort, t.created_at, t.id`;
/**
 * The security desk: escalations nobody acknowledged yet, the one waiting longest first; then the
 * escalated cases already taken, then the other security cases, each by SLA. (Without NULLs:
 * locate compares these keys as a row value.)
 */
const SECURITY_SORT_KEY = [
  'CASE WHEN t.escalated_at IS NULL THEN 2 WHEN t.acknowledged_at IS NULL THEN 0 ELSE 1 END',
  'CASE WHEN t.acknowledged_at IS NULL THEN COALESCE(t.escalated_at, 0) ELSE 0 END',
  't.due_sort',
  't.created_at',
  't.id',
];
const SECURITY_ORDER = `ORDER BY ${SECURITY_SORT_KEY.join(', ')}`;
export const orderOf = (view: QueueView) => (view === 'security' ? SECURITY_ORDER : QUEUE_ORDER);

export interface QueueRowRecord {
  id: string;
  subject: string;
  language: string;
  topic: string;
  status: string;
  priority: string;
  security: number;
  assignee_id: string | null;
  due_at: number | null;
  updated_at: number;
  escalated_at: number | null;
  acknowledged_at: number | null;
  customer_name: string;
}

/** Snoozed tickets stay out of the working views until their time comes. */
const AWAKE = '(t.snoozed_until IS NULL OR t.snoozed_until <= ?)';

/** The views' filters; every one is served by one of the queue indexes. */
export function viewFilter(view: QueueView, agent: Agent, now: number): { where: string; params: unknown[] } {
  switch (view) {
    case 'all':
      return { where: `t.active = 1 AND ${AWAKE}`, params: [now] };
    case 'mine':
      return { where: `t.assignee_id = ? AND t.active = 1 AND ${AWAKE}`, params: [agent.id, now] };
    case 'unassigned':
      return {
        where: `t.assignee_id IS NULL AND t.active = 1 AND ${AWAKE} AND t.language IN (SELECT value FROM json_each(?))`,
        params: [now, JSON.stringify(agent.languages)],
      };
    case 'security':
      // Security cases never sleep out of sight.
      return { where: 't.active = 1 AND t.security = 1', params: [] };
    case 'snoozed':
      return { where: 't.active = 1 AND t.snoozed_until > ?', params: [now] };
  }
}

export class TicketRepository {
  private readonly sql: (sql: string) => Statement;
  constructor(
    private readonly db: SqliteDatabase,
    private readonly outbox: OutboxRepository,
  ) {
    this.sql = statementCache(this.db);
  }

  /**
   * Stores what the backend sent. Callers wrap this in the transaction that also stores the
   * cursor, so a crash never leaves rows without the cursor that brought them (or the reverse).
   */
  applyServerData(data: { tickets: readonly Ticket[]; customers: readonly Customer[]; messages: readonly Message[] }): void {
    const upsertCustomer = this.sql(UPSERT_CUSTOMER);
    for (const c of data.customers) upsertCustomer.run(customerToRow(c));
    const withLocalChanges = this.outbox.ticketsWithLiveChanges();
    const upsertTicket = this.sql(UPSERT_TICKET);
    const currentVersion = this.sql('SELECT version, server_json FROM tickets WHERE id = ?');
    for (const server of data.tickets) {
      // Pages may overlap (snapshot then changes): never let an older copy replace a newer one.
      const existing = currentVersion.get(server.id) as { server_json: string } | undefined;
      if (existing && (JSON.parse(existing.server_json) as Ticket).version > server.version) continue;
      let effective = server;
      if (withLocalChanges.has(server.id)) {
        this.outbox.markReflected(server.id, server.version);
        effective = replayPending(server, this.outbox.liveChanges(server.id, server.version));
      }
      upsertTicket.run(ticketToRow(effective, server));
    }
    const insertMessage = this.sql(INSERT_MESSAGE);
    for (const m of data.messages) insertMessage.run(m);
  }

  /**
   * Tickets in a pulled page that wait for security and that this cache did not yet hold as
   * escalated: what the security desk must be told of. Call before the page is stored.
   */
  newEscalations(page: { tickets: readonly Ticket[]; customers: readonly Customer[] }): EscalationNotice[] {
    const waiting = page.tickets.filter((t) => t.escalatedAt !== null && t.acknowledgedAt === null && t.security);
    if (waiting.length === 0) return [];
    const known = this.sql('SELECT escalated_at FROM tickets WHERE id = ?');
    const customerName = this.sql('SELECT name FROM customers WHERE id = ?');
    return waiting
      .filter((t) => ((known.get(t.id) as { escalated_at: number | null } | undefined)?.escalated_at ?? null) === null)
      .map((t) => ({ ticketId: t.id, subject: t.subject, customerName: page.customers.find((c) => c.id === t.customerId)?.name ?? (customerName.get(t.customerId) as { name: string } | undefined)?.name ?? '', language: t.language, escalatedAt: t.escalatedAt! }));
  }

  /** Recomputes the effective columns after the outbox for this ticket changed. */
  refreshEffective(ticketId: string): void {
    const server = this.serverTicket(ticketId);
    if (!server) return;
    const effective = replayPending(server, this.outbox.liveChanges(ticketId, server.version));
    this.sql(UPSERT_TICKET).run(ticketToRow(effective, server));
  }

  serverTicket(ticketId: string): Ticket | null {
    const row = this.sql('SELECT server_json FROM tickets WHERE id = ?').get(ticketId) as { server_json: string } | undefined;
    return row ? (JSON.parse(row.server_json) as Ticket) : null;
  }

  get(ticketId: string): Ticket | null {
    const row = this.sql('SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRow | undefined;
    return row ? rowToTicket(row) : null;
  }

  customer(customerId: string): Customer | null {
    const row = this.sql('SELECT * FROM customers WHERE id = ?').get(customerId) as CustomerRow | undefined;
    return row ? rowToCustomer(row) : null;
  }

  messages(ticketId: string): Message[] {
    return this.sql(
        `SELECT id, ticket_id AS ticketId, author_type AS authorType, author_id AS authorId, kind, body,
                created_at AS createdAt, client_key AS clientKey
         FROM messages WHERE ticket_id = ? ORDER BY created_at, id`,
      )
      .all(ticketId) as Message[];
  }

  hasMessageWithClientKey(key: string): boolean {
    return this.sql('SELECT 1 FROM messages WHERE client_key = ?').get(key) !== undefined;
  }

  count(view: QueueView, agent: Agent, now = Date.now()): number {
    const f = viewFilter(view, agent, now);
    const row = this.sql(`SELECT COUNT(*) AS n FROM tickets t WHERE ${f.where}`).get(...f.params) as { n: number };
    return row.n;
  }

  queuePage(view: QueueView, agent: Agent, offset: number, limit: number, now = Date.now()): QueueRow[] {
    const f = viewFilter(view, agent, now);
    // The page's ids come from the covering index alone; only those rows are read and joined,
    // so a page deep in 100,000 tickets costs little more than the first.
    const records = this.sql(
        `SELECT ${QUEUE_COLUMNS} FROM (SELECT t.id FROM tickets t WHERE ${f.where} ${orderOf(view)} LIMIT ? OFFSET ?) page
         JOIN tickets t ON t.id = page.id LEFT JOIN customers c ON c.id = t.customer_id ${orderOf(view)}`,
      )
      .all(...f.params, limit, offset) as QueueRowRecord[];
    return this.toQueueRows(records);
  }

  /** The customer's other tickets, newest first, closed ones included: the security desk reads them all. */
  ofCustomer(customerId: string, exceptTicketId: string, limit = 50): QueueRow[] {
    const records = this.sql(
        `SELECT ${QUEUE_COLUMNS} FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
         WHERE t.customer_id = ? AND t.id != ? ORDER BY t.created_at DESC, t.id LIMIT ?`,
      )
      .all(customerId, exceptTicketId, limit) as QueueRowRecord[];
    return this.toQueueRows(records);
  }

  toQueueRows(records: readonly QueueRowRecord[]): QueueRow[] {
    const pending = this.outbox.pendingCountsByTicket(records.map((r) => r.id));
    return records.map((r) => ({
      ...sharedTicketFields(r),
      customerName: r.customer_name,
      dueAt: r.due_at,
      pendingChanges: pending.get(r.id) ?? 0,
    }));
  }

  /** The ticket's position in the view's order (what the queue's OFFSET would be), or null. */
  locate(view: QueueView, agent: Agent, ticketId: string, now = Date.now()): number | null {
    const f = viewFilter(view, agent, now);
    if (view === 'security') {
      const key = SECURITY_SORT_KEY.join(', ');
      const own = this.sql(`SELECT ${key} FROM tickets t WHERE t.id = ? AND ${f.where}`).raw(true).get(ticketId, ...f.params) as unknown[] | undefined;
      if (!own) return null;
      const before = this.sql(`SELECT COUNT(*) AS n FROM tickets t WHERE ${f.where} AND (${key}) < (${own.map(() => '?').join(', ')})`).get(...f.params, ...own) as { n: number };
      return before.n;
    }
    const inView = this.sql(`SELECT t.security, t.due_sort, t.created_at FROM tickets t WHERE t.id = ? AND ${f.where}`).get(ticketId, ...f.params) as
      | { security: number; due_sort: number; created_at: number }
      | undefined;
    if (!inView) return null;
    const row = this.sql(
        `SELECT COUNT(*) AS n FROM tickets t WHERE ${f.where}
         AND (t.security > ? OR (t.security = ? AND (t.due_sort, t.created_at, t.id) < (?, ?, ?)))`,
      )
      .get(...f.params, inView.security, inView.security, inView.due_sort, inView.created_at, ticketId) as { n: number };
    return row.n;
  }

  /**
   * The most urgent ticket this agent may take: active, awake, nobody's, in their languages;
   * security cases only for security agents, who get them first.
   */
  nextToTake(agent: Agent, now = Date.now()): string | null {
    const securityRule = agent.role === 'security' ? '' : 'AND t.security = 0';
    const row = this.sql(
        `SELECT t.id FROM tickets t
         WHERE t.active = 1 AND t.status IN ('new', 'open') AND t.assignee_id IS NULL AND ${AWAKE} ${securityRule}
           AND t.language IN (SELECT value FROM json_each(?))
         ${QUEUE_ORDER} LIMIT 1`,
      )
      .get(now, JSON.stringify(agent.languages)) as { id: string } | undefined;
    return row?.id ?? null;
  }

  ticketCount(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  }
}
