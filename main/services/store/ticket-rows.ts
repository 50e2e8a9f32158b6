import type { Customer, Ticket } from '../../../preload/contract';
import { queueRank } from '../domain/queue-order';

export interface TicketRow {
  id: string;
  subject: string;
  status: string;
  priority: string;
  topic: string;
  language: string;
  customer_id: string;
  assignee_id: string | null;
  tags: string;
  security: number;
  created_at: number;
  updated_at: number;
  first_response_at: number | null;
  last_customer_message_at: number;
  version: number;
  snoozed_until: number | null;
  escalated_at: number | null;
  acknowledged_at: number | null;
  active: number;
  due_at: number | null;
  due_sort: number;
  server_json: string;
}

/** Columns for an effective ticket; the sort columns are derived here and nowhere else. */
export function ticketToRow(effective: Ticket, server: Ticket): TicketRow {
  const rank = queueRank(effective);
  return {
    id: effective.id,
    subject: effective.subject,
    status: effective.status,
    priority: effective.priority,
    topic: effective.topic,
    language: effective.language,
    customer_id: effective.customerId,
    assignee_id: effective.assigneeId,
    tags: JSON.stringify(effective.tags),
    security: effective.security ? 1 : 0,
    created_at: effective.createdAt,
    updated_at: effective.updatedAt,
    first_response_at: effective.firstResponseAt,
    last_customer_message_at: effective.lastCustomerMessageAt,
    version: effective.version,
    snoozed_until: effective.snoozedUntil,
    escalated_at: effective.escalatedAt,
    acknowledged_at: effective.acknowledgedAt,
    active: rank.active ? 1 : 0,
    due_at: rank.dueAt,
    due_sort: rank.dueSort,
    server_json: JSON.stringify(server),
  };
}

/** The columns a queue row reads as well as a whole ticket. */
type SharedTicketColumns = Pick<TicketRow, 'id' | 'subject' | 'status' | 'priority' | 'topic' | 'language' | 'assignee_id' | 'security' | 'updated_at' | 'escalated_at' | 'acknowledged_at'>;

/** Those columns as the ticket's fields: one reading for the queue's rows and for the ticket. */
export function sharedTicketFields(row: SharedTicketColumns) {
  return {
    id: row.id,
    subject: row.subject,
    status: row.status as Ticket['status'],
    priority: row.priority as Ticket['priority'],
    topic: row.topic as Ticket['topic'],
    language: row.language as Ticket['language'],
    assigneeId: row.assignee_id,
    security: row.security === 1,
    updatedAt: row.updated_at,
    escalatedAt: row.escalated_at,
    acknowledgedAt: row.acknowledged_at,
  };
}

export function rowToTicket(row: TicketRow): Ticket {
  return {
    ...sharedTicketFields(row),
    customerId: row.customer_id,
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    firstResponseAt: row.first_response_at,
    lastCustomerMessageAt: row.last_customer_message_at,
    snoozedUntil: row.snoozed_until,
    version: row.version,
  };
}

export interface CustomerRow {
  id: string;
  name: string;
  first_name: string;
  email: string;
  user_id: string;
  language: string;
  country: string;
  kyc_level: number;
}

export function customerToRow(c: Customer): CustomerRow {
  return {
    id: c.id,
    name: c.name,
    first_name: c.firstName,
    email: c.email,
    user_id: c.userId,
    language: c.language,
    country: c.country,
    kyc_level: c.kycLevel,
  };
}

export function rowToCustomer(r: CustomerRow): Customer {
  return {
    id: r.id,
    name: r.name,
    firstName: r.first_name,
    email: r.email,
    userId: r.user_id,
    language: r.language as Customer['language'],
    country: r.country,
    kycLevel: r.kyc_level as Customer['kycLevel'],
  };
}
