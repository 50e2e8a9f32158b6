import type { Agent, AppliedEntry, ChangesPage, Customer, Language, Macro, Message, MutationOutcome, Priority, SnapshotPage, Ticket, Topic } from './wire-types';
import type { TicketChanges } from '../services/domain/ticket-changes';
import { agentMessageEffect, customerMessageEffect, notFound, ticketNumber, ticketUpdateEffect } from './ticket-effects';
import { openDatabase, type SqliteDatabase } from '../services/sqlite/open-database';
import { backendSchema } from './migrations/001-backend-schema';
import { backendAuditLog } from './migrations/002-backend-audit-log';
import { backOfficeIndexes } from './migrations/003-back-office-indexes';
import { accountProtections } from './migrations/004-account-protections';
import type { SeedData } from './seed/generate-seed';

export interface AgentMutation {
  idempotencyKey: string;
  ticketId: string;
  authorId: string;
  now: number;
}

const parse = <T>(rows: Array<{ json: string }>): T[] => rows.map((r) => JSON.parse(r.json) as T);

/** The embedded backend's data and rules; the HTTP layer only translates requests to these calls. */
export class BackendStore {
  readonly db: SqliteDatabase;

  constructor(file: string) {
    this.db = openDatabase(file, { migrations: [backendSchema, backendAuditLog, backOfficeIndexes, accountProtections] });
    // The backend's durability matters less than the desk's; NORMAL keeps seeding 100k tickets quick.
    this.db.pragma('synchronous = NORMAL');
  }

  isSeeded(): boolean {
    return this.db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded'`).get() !== undefined;
  }

  seed(data: SeedData): void {
    this.db.transaction(() => {
      const agent = this.db.prepare('INSERT INTO agents (id, json) VALUES (?, ?)');
      for (const a of data.agents) agent.run(a.id, JSON.stringify(a));
      const customer = this.db.prepare('INSERT INTO customers (id, json) VALUES (?, ?)');
      for (const c of data.customers) customer.run(c.id, JSON.stringify(c));
      const ticket = this.db.prepare('INSERT INTO tickets (id, number, version, json) VALUES (?, ?, ?, ?)');
      const change = this.db.prepare('INSERT INTO changes (ticket_id) VALUES (?)');
      for (const t of data.tickets) {
        ticket.run(t.id, ticketNumber(t.id), t.version, JSON.stringify(t));
        change.run(t.id);
      }
      const message = this.db.prepare('INSERT INTO messages (id, ticket_id, created_at, client_key, json) VALUES (?, ?, ?, ?, ?)');
      for (const m of data.messages) message.run(m.id, m.ticketId, m.createdAt, m.clientKey, JSON.stringify(m));
      const macro = this.db.prepare('INSERT INTO macros (id, json) VALUES (?, ?)');
      for (const m of data.macros) macro.run(m.id, JSON.stringify(m));
      this.db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded', ?)`).run(String(data.tickets.length));
    })();
  }

  agents(): Agent[] {
    return parse<Agent>(this.db.prepare('SELECT json FROM agents ORDER BY rowid').all() as Array<{ json: string }>);
  }

  customers(): Customer[] {
    return parse<Customer>(this.db.prepare('SELECT json FROM customers ORDER BY rowid').all() as Array<{ json: string }>);
  }

  macros(): Macro[] {
    return parse<Macro>(this.db.prepare('SELECT json FROM macros ORDER BY id').all() as Array<{ json: string }>);
  }

  cursor(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS c FROM changes').get() as { c: number }).c;
  }

  ticketCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  }

  maxTicketNumber(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(number), 100000) AS n FROM tickets').get() as { n: number }).n;
  }

  ticket(id: string): Ticket | null {
    const row = this.db.prepare('SELECT json FROM tickets WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Ticket) : null;
  }

  customer(id: string): Customer | null {
    const row = this.db.prepare('SELECT json FROM customers WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Customer) : null;
  }

  /** The customer whose exchange account this is: by user id, else by e-mail (case-insensitive). */
  customerByAccount(userId: string, email: string): Customer | null {
    const byUserId = userId ? (this.db.prepare(`SELECT json FROM customers WHERE json_extract(json, '$.userId') = ? LIMIT 1`).get(userId) as { json: string } | undefined) : undefined;
    const row = byUserId ?? (email ? (this.db.prepare(`SELECT json FROM customers WHERE lower(json_extract(json, '$.email')) = lower(?) LIMIT 1`).get(email) as { json: string } | undefined) : undefined);
    return row ? (JSON.parse(row.json) as Customer) : null;
  }

  /** A customer's tickets, oldest first. */
  ticketsOfCustomer(customerId: string): Ticket[] {
    return parse<Ticket>(this.db.prepare(`SELECT json FROM tickets WHERE json_extract(json, '$.customerId') = ? ORDER BY number`).all(customerId) as Array<{ json: string }>);
  }

  messagesOf(ticketId: string): Message[] {
    return parse<Message>(this.db.prepare('SELECT json FROM messages WHERE ticket_id = ? ORDER BY created_at, id').all(ticketId) as Array<{ json: string }>);
  }

  /** Tickets with their whole conversations, by ticket number: the bootstrap. */
  snapshotPage(after: number, limit: number): SnapshotPage {
    return this.db.transaction(() => {
      const cursor = this.cursor();
      const rows = this.db.prepare('SELECT number, json FROM tickets WHERE number > ? ORDER BY number LIMIT ?').all(after, limit) as Array<{ number: number; json: string }>;
      const tickets = parse<Ticket>(rows);
      const last = rows[rows.length - 1];
      const messages = this.messagesOfMany(tickets.map((t) => t.id), null);
      return {
        tickets,
        messages,
        customers: this.customersOf(tickets),
        nextAfter: rows.length === limit && last ? last.number : null,
        cursor,
        total: this.ticketCount(),
      };
    })();
  }

  /** Everything that changed after `since`: the current state of each touched ticket, and new messages. */
  changesSince(since: number, limit: number): ChangesPage {
    return this.db.transaction(() => {
      const changes = this.db.prepare('SELECT seq, ticket_id, message_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?').all(since, limit) as Array<{
        seq: number;
        ticket_id: string;
        message_id: string | null;
      }>;
      const ticketIds = [...new Set(changes.map((c) => c.ticket_id))];
      const messageIds = changes.flatMap((c) => (c.message_id ? [c.message_id] : []));
      const tickets = ticketIds.map((id) => this.ticket(id)).filter((t): t is Ticket => t !== null);
      const last = changes[changes.length - 1];
      return {
        tickets,
        customers: this.customersOf(tickets),
        messages: this.messagesOfMany(null, messageIds),
        cursor: last ? last.seq : since,
        hasMore: changes.length === limit,
      };
    })();
  }

  private messagesOfMany(ticketIds: string[] | null, messageIds: string[] | null): Message[] {
    if (ticketIds) {
      return parse<Message>(
        this.db.prepare('SELECT json FROM messages WHERE ticket_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id').all(JSON.stringify(ticketIds)) as Array<{ json: string }>,
      );
    }
    if (!messageIds || messageIds.length === 0) return [];
    return parse<Message>(
      this.db.prepare('SELECT json FROM messages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id').all(JSON.stringify(messageIds)) as Array<{ json: string }>,
    );
  }

  private customersOf(tickets: readonly Ticket[]): Customer[] {
    const ids = [...new Set(tickets.map((t) => t.customerId))];
    return parse<Customer>(this.db.prepare('SELECT json FROM customers WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ json: string }>);
  }

  /** Runs a desk's mutation once per idempotency key; a retry gets the stored first answer. */
  /** Shared with the backend's other rule modules (escalations); not part of the HTTP API. */
  once(key: string, now: number, apply: () => MutationOutcome): MutationOutcome & { replayed: boolean } {
    return this.db.transaction(() => {
      const seen = this.db.prepare('SELECT status, body FROM idempotency WHERE key = ?').get(key) as { status: number; body: string } | undefined;
      if (seen) return { status: seen.status, body: JSON.parse(seen.body), replayed: true } as MutationOutcome & { replayed: boolean };
      const outcome = apply();
      // Only what took effect is remembered: a refused change (404, 409) may be sent again with
      // the same key once the agent has decided, and must then be applied.
      if (outcome.status < 300) {
        this.db.prepare('INSERT INTO idempotency (key, status, body, at) VALUES (?, ?, ?, ?)').run(key, outcome.status, JSON.stringify(outcome.body), now);
      }
      return { ...outcome, replayed: false };
    })();
  }

  addAgentMessage(m: AgentMutation & { kind: 'reply' | 'note'; body: string }): MutationOutcome & { replayed: boolean } {
    return this.once(m.idempotencyKey, m.now, () => {
      const ticket = this.ticket(m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const { message, next } = agentMessageEffect(ticket, m, this.nextMessageNumber(ticket.id));
      this.insertMessage(message);
      this.writeTicket(next, message.id);
      this.logApplied(m, m.kind, `${m.kind} of ${m.body.length} characters`);
      return { status: 201, body: { ticket: next, message } };
    });
  }

  /** Absolute changes against the version the desk saw; a newer ticket means someone else moved it. */
  updateTicket(m: AgentMutation & { changes: TicketChanges; baseVersion: number }): MutationOutcome & { replayed: boolean } {
    return this.once(m.idempotencyKey, m.now, () => {
      const ticket = this.ticket(m.ticketId);
      if (!ticket) return notFound(m.ticketId);
      const effect = ticketUpdateEffect(ticket, m.changes, m.baseVersion, m.now);
      if ('conflict' in effect) return effect.conflict;
      const { next } = effect;
      this.writeTicket(next, null);
      this.logApplied(m, 'update', JSON.stringify(m.changes));
      return { status: 200, body: { ticket: next } };
    });
  }

  /** Live traffic: a customer writes in (new ticket or follow-up). */
  addCustomerTraffic(input: { ticket: Ticket; customer: Customer | null; message: Message }): void {
    this.db.transaction(() => {
      if (input.customer) this.db.prepare('INSERT OR REPLACE INTO customers (id, json) VALUES (?, ?)').run(input.customer.id, JSON.stringify(input.customer));
      const existing = this.ticket(input.ticket.id);
      const ticket = customerMessageEffect(existing, input.ticket, input.message);
      this.insertMessage(input.message);
      this.writeTicket(ticket, input.message.id);
    })();
  }

  /** A new customer and their first ticket, exactly as given (tests feed hostile content this way). */
  addSimulatedTicket(input: { subject: string; body: string; customerName: string; customerEmail?: string; customerUserId?: string; tags?: string[]; language?: Language; topic?: Topic; priority?: Priority; security?: boolean; now: number }): { ticket: Ticket; customer: Customer } {
    const number = this.maxTicketNumber() + 1;
    const customerNumber = (this.db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n + 900_001;
    const language = input.language ?? 'en';
    const customer: Customer = {
      id: `C-${customerNumber}`,
      name: input.customerName,
      firstName: input.customerName.split(/\s+/)[0] ?? input.customerName,
      email: input.customerEmail ?? `customer${customerNumber}@example.com`,
      userId: input.customerUserId ?? `U-${customerNumber}`,
      language,
      country: 'XX',
      kycLevel: 1,
    };
    const ticket: Ticket = {
      id: `T-${number}`,
      subject: input.subject,
      status: 'new',
      priority: input.priority ?? 'normal',
      topic: input.topic ?? 'deposit',
      language,
      customerId: customer.id,
      assigneeId: null,
      tags: input.tags ?? [],
      security: input.security ?? false,
      createdAt: input.now,
      updatedAt: input.now,
      firstResponseAt: null,
      lastCustomerMessageAt: input.now,
      snoozedUntil: null,
      escalatedAt: null,
      acknowledgedAt: null,
      version: 1,
    };
    const message: Message = { id: `M-${number}-1`, ticketId: ticket.id, authorType: 'customer', authorId: customer.id, kind: 'reply', body: input.body, createdAt: input.now, clientKey: null };
    this.addCustomerTraffic({ ticket, customer, message });
    return { ticket, customer };
  }

  appliedLog(since = 0, limit = 1000): AppliedEntry[] {
    return this.db
      .prepare(
        `SELECT seq, at, idempotency_key AS idempotencyKey, ticket_id AS ticketId, kind, author_id AS authorId, summary
         FROM applied_log WHERE seq > ? ORDER BY seq LIMIT ?`,
      )
      .all(since, limit) as AppliedEntry[];
  }

  close(): void {
    this.db.close();
  }

  nextMessageNumber(ticketId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM messages WHERE ticket_id = ?').get(ticketId) as { n: number }).n + 1;
  }

  insertMessage(message: Message): void {
    this.db.prepare('INSERT INTO messages (id, ticket_id, created_at, client_key, json) VALUES (?, ?, ?, ?, ?)').run(message.id, message.ticketId, message.createdAt, message.clientKey, JSON.stringify(message));
  }

  /** Stores the ticket and one change row per new message (or one bare row), so pulls see them all. */
  writeTicket(ticket: Ticket, messageIds: string | readonly string[] | null): void {
    this.db
      .prepare('INSERT INTO tickets (id, number, version, json) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json')
      .run(ticket.id, ticketNumber(ticket.id), ticket.version, JSON.stringify(ticket));
    const ids = messageIds === null ? [null] : typeof messageIds === 'string' ? [messageIds] : messageIds;
    const insert = this.db.prepare('INSERT INTO changes (ticket_id, message_id) VALUES (?, ?)');
    for (const id of ids) insert.run(ticket.id, id);
  }

  agent(id: string): Agent | null {
    const row = this.db.prepare('SELECT json FROM agents WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Agent) : null;
  }

  logApplied(m: AgentMutation, kind: string, summary: string): void {
    this.db
      .prepare('INSERT INTO applied_log (at, idempotency_key, ticket_id, kind, author_id, summary) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.now, m.idempotencyKey, m.ticketId, kind, m.authorId, summary);
  }
}
