import type { z } from 'zod';
import type { Customer, Language, Message, Ticket } from '../../../../preload/contract';
import { ConnectorError, type RejectedItem, type ValidatedPage } from '../backend-connector';
import { customerSchema, messageSchema, ticketSchema } from '../wire-schemas';
import type { ZendeskHttpClient } from './zendesk-http';
import { toCustomer, toMessage, toTicket, type ZendeskMappingOptions } from './zendesk-mapping';
import {
  commentsPageSchema,
  describeIssues,
  parseEnvelope,
  rawId,
  zendeskCommentSchema,
  zendeskTicketSchema,
  zendeskUserSchema,
  type ExportPage,
  type ZendeskComment,
  type ZendeskTicket,
  type ZendeskUser,
} from './zendesk-wire';

// A ticket holds at most 5000 comments; 100 a page leaves room without looping forever on a bad cursor.
const COMMENT_PAGE_SIZE = 100;
const MAX_COMMENT_PAGES = 60;

/**
 * Turns one page of the incremental ticket export into desk records: tickets, their requesters
 * (sideloaded users) and their comments (fetched per ticket, since the export carries none).
 * Each record is checked on its own; a malformed one is listed in `rejected` and the rest kept.
 */
export class ZendeskPageReader {
  constructor(
    private readonly http: ZendeskHttpClient,
    private readonly mapping: ZendeskMappingOptions,
    private readonly concurrency = 4,
  ) {}

  async read(page: ExportPage): Promise<ValidatedPage> {
    const rejected: RejectedItem[] = [];
    const check = <T>(kind: RejectedItem['kind'], schema: z.ZodType<T>, value: unknown, prefix = ''): T | null => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      rejected.push({ kind, id: rawId(value), reason: `${prefix}${describeIssues(parsed.error)}` });
      return null;
    };

    const users = new Map<number, ZendeskUser>();
    for (const raw of page.users) {
      const user = check('customer', zendeskUserSchema, raw, 'Zendesk user: ');
      if (user) users.set(user.id, user);
    }
    const rawTickets = page.tickets.map((raw) => check('ticket', zendeskTicketSchema, raw, 'Zendesk ticket: ')).filter((t): t is ZendeskTicket => t !== null);

    const threads = await this.mapConcurrently(rawTickets, (t) => this.commentsOf(t.id));
    const roles = new Map<number, ZendeskUser['role']>([...users.values()].map((u) => [u.id, u.role]));
    for (const thread of threads) for (const user of thread.users) roles.set(user.id, user.role);

    const tickets: Ticket[] = [];
    const messages: Message[] = [];
    rawTickets.forEach((raw, i) => {
      const comments: ZendeskComment[] = [];
      for (const rawComment of threads[i]!.comments) {
        const comment = check('message', zendeskCommentSchema, rawComment, `Zendesk comment on ticket ${raw.id}: `);
        if (!comment) continue;
        comments.push(comment);
        const message = check('message', messageSchema, toMessage(comment, raw.id, roles.get(comment.author_id)));
        if (message) messages.push(message);
      }
      const ticket = check('ticket', ticketSchema, toTicket(raw, users.get(raw.requester_id), comments, roles, this.mapping));
      if (ticket) tickets.push(ticket);
    });

    // Requesters are the customers; other end-users may be sideloaded as CCs and are kept as well.
    const requesters = new Set(rawTickets.map((t) => t.requester_id));
    // A requester without a locale speaks the language of their (first) ticket on this page.
    const ticketLanguages = new Map<string, Language>();
    for (const ticket of tickets) if (!ticketLanguages.has(ticket.customerId)) ticketLanguages.set(ticket.customerId, ticket.language);
    const customers: Customer[] = [];
    for (const user of users.values()) {
      if (user.role !== 'end-user' && !requesters.has(user.id)) continue;
      const customer = check('customer', customerSchema, toCustomer(user, this.mapping, ticketLanguages.get(String(user.id))));
      if (customer) customers.push(customer);
    }
    return { tickets, customers, messages, rejected };
  }

  /** All comments of a ticket, with their authors sideloaded (for customer/agent/system). */
  async commentsOf(ticketId: number): Promise<{ comments: unknown[]; users: ZendeskUser[] }> {
    const comments: unknown[] = [];
    const users: ZendeskUser[] = [];
    let after: string | undefined;
    for (let pageNumber = 0; pageNumber < MAX_COMMENT_PAGES; pageNumber++) {
      let json: unknown;
      try {
        json = await this.http.request('GET', `/api/v2/tickets/${ticketId}/comments.json`, {
          query: { include: 'users', 'page[size]': String(COMMENT_PAGE_SIZE), 'page[after]': after },
          repeatable: true,
        });
      } catch (error) {
        // Deleted between the export and this read: the ticket is kept, its thread comes with a later change.
        if (error instanceof ConnectorError && error.details.status === 404) break;
        throw error;
      }
      const page = parseEnvelope(commentsPageSchema, json, `comment list of ticket ${ticketId}`);
      comments.push(...page.comments);
      for (const raw of page.users) {
        const user = zendeskUserSchema.safeParse(raw);
        if (user.success) users.push(user.data);
      }
      if (!page.meta?.has_more || !page.meta.after_cursor) break;
      after = page.meta.after_cursor;
    }
    return { comments, users };
  }

  private async mapConcurrently<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
    return results;
  }
}
