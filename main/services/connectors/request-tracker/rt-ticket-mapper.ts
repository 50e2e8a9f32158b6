import { createHash } from 'node:crypto';
import { LANGUAGES, TOPICS, type Customer, type Language, type Message, type MessageAuthorType, type Ticket, type Topic } from '../../../../preload/contract';
import { classifyTicket } from '../../domain/ticket-classification';
import { priorityFromRt, statusFromRt } from './rt-field-maps';
import type { MarkedAction } from './rt-message-format';
import type { ResolvedRequestTrackerOptions } from './rt-options';
import { rtDateToMs, type RtTicket, type RtTransaction, type RtUser } from './rt-wire';

/** What the markers of one message transaction said (kept after its body is gone). */
export interface MessageMeta {
  clientKey: string | null;
  action: MarkedAction | null;
}

export interface TicketMaterial {
  ticket: RtTicket;
  /** Every transaction of the ticket the token may see. */
  transactions: readonly RtTransaction[];
  /** Marker data of message transactions, loaded now or in an earlier pull. */
  metaOf: (transactionId: string) => MessageMeta | undefined;
  /** Message bodies loaded in this pull: these become messages. */
  bodies: ReadonlyMap<string, { text: string; meta: MessageMeta }>;
  /**
   * The customer's first message when its body is not among `bodies` (it was handed over in an
   * earlier pull), read again only for a ticket whose topic or language RT does not give.
   */
  openingText?: string;
  /** The requestor's language in RT (their user's Lang), when they have one: decides between close languages. */
  requestorLanguage?: Language | null;
}

export interface MappingContext {
  options: ResolvedRequestTrackerOptions;
  securityQueueId: string | null;
}

const MESSAGE_TYPES = new Set(['Create', 'Correspond', 'Comment']);
const SYSTEM_USER = 'RT_System';

export function isMessageTransaction(transaction: Pick<RtTransaction, 'Type'>): boolean {
  return MESSAGE_TYPES.has(transaction.Type);
}

/** The desk's id for an RT user: the user name, or a stable digest when it is too long for the cache. */
export function userKey(name: string): string {
  return name.length <= 64 ? name : `rt-user-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

export function messageId(transactionId: string): string {
  return `rt-${transactionId}`;
}

/** The ticket's version is its last transaction id: RT's own ETag for a ticket is exactly that. */
export function versionOf(transactions: readonly Pick<RtTransaction, 'id'>[]): number {
  return transactions.reduce((max, t) => Math.max(max, Number(t.id)), 0);
}

function customFieldValues(ticket: RtTicket, name: string): string[] {
  const wanted = name.toLowerCase();
  return ticket.CustomFields.filter((cf) => cf.name.toLowerCase() === wanted).flatMap((cf) => cf.values);
}

/** The ticket's topic as RT's custom field gives it; null when absent or not one of the desk's. */
export function rtTopic(ticket: RtTicket, options: ResolvedRequestTrackerOptions): Topic | null {
  const value = customFieldValues(ticket, options.topicField)[0]?.toLowerCase() ?? '';
  return (TOPICS as readonly string[]).includes(value) ? (value as Topic) : null;
}

export function rtLanguage(ticket: RtTicket, options: ResolvedRequestTrackerOptions): Language | null {
  return languageCode(customFieldValues(ticket, options.languageField)[0]);
}

/** "es", "ES" or RT's own "pt_BR"/"pt-BR" → one of the desk's languages, or null. */
export function languageCode(value: string | undefined): Language | null {
  const code = value?.trim().toLowerCase().split(/[_-]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : null;
}

/** Whether the desk must work out the ticket's topic or language itself (from its first message). */
export function needsClassification(ticket: RtTicket, options: ResolvedRequestTrackerOptions): boolean {
  return rtTopic(ticket, options) === null || rtLanguage(ticket, options) === null;
}

/** The transaction holding the customer's first message: the request that opened the ticket, as a rule. */
export function openingTransaction(ticket: Pick<RtTicket, 'Requestor'>, transactions: readonly RtTransaction[]): RtTransaction | null {
  const requestors = ticket.Requestor.map((r) => r.id);
  const ordered = [...transactions].sort((a, b) => Number(a.id) - Number(b.id));
  return ordered.find((t) => isMessageTransaction(t) && t.Type !== 'Comment' && authorOf(t, requestors).type === 'customer') ?? null;
}

function authorOf(transaction: RtTransaction, requestors: readonly string[]): { type: MessageAuthorType; name: string } {
  const creator = transaction.Creator ?? SYSTEM_USER;
  if (requestors.includes(creator)) return { type: 'customer', name: creator };
  // A ticket opened in RT on a customer's behalf still starts with the customer's request.
  if (transaction.Type === 'Create' && requestors.length > 0) return { type: 'customer', name: requestors[0]! };
  if (creator === SYSTEM_USER) return { type: 'system', name: creator };
  return { type: 'agent', name: creator };
}

export function isSecurityQueue(ticket: RtTicket, context: MappingContext): boolean {
  if (context.securityQueueId !== null && ticket.Queue.id === context.securityQueueId) return true;
  return ticket.Queue.Name !== undefined && ticket.Queue.Name.toLowerCase() === context.options.securityQueue.toLowerCase();
}

export function mapTicket(material: TicketMaterial, context: MappingContext): { ticket: Ticket; messages: Message[] } {
  const rt = material.ticket;
  const { options } = context;
  const transactions = [...material.transactions].sort((a, b) => Number(a.id) - Number(b.id));
  const requestors = rt.Requestor.map((r) => r.id);
  const at = (t: RtTransaction) => rtDateToMs(t.Created) ?? 0;
  const createdAt = rtDateToMs(rt.Created) ?? 0;
  const security = isSecurityQueue(rt, context);

  let firstResponseAt: number | null = null;
  let lastCustomerMessageAt: number | null = null;
  for (const t of transactions) {
    if (!isMessageTransaction(t)) continue;
    const author = authorOf(t, requestors);
    if (author.type === 'customer' && t.Type !== 'Comment') lastCustomerMessageAt = at(t);
    if (author.type === 'agent' && t.Type === 'Correspond' && firstResponseAt === null) firstResponseAt = at(t);
  }

  // Escalated = in the security queue; since the last move into it, or since creation there.
  let escalatedAt: number | null = null;
  let escalationTransactionId = 0;
  if (security) {
    const moves = transactions.filter((t) => t.Type === 'Set' && t.Field === 'Queue' && t.NewValue === context.securityQueueId);
    const lastMove = moves.at(-1);
    escalatedAt = lastMove ? at(lastMove) : createdAt;
    escalationTransactionId = lastMove ? Number(lastMove.id) : 0;
  }
  let acknowledgedAt: number | null = null;
  if (escalatedAt !== null) {
    const acknowledgement = transactions.find((t) => {
      const action = t.Type === 'Comment' ? material.metaOf(t.id)?.action : null;
      return (action === 'acknowledge' || action === 'claim') && Number(t.id) > escalationTransactionId;
    });
    acknowledgedAt = acknowledgement ? Math.max(at(acknowledgement), escalatedAt) : null;
  }

  const opening = openingTransaction(rt, transactions);
  const { topic, language } = classifyTicket(
    {
      subject: rt.Subject,
      firstCustomerMessage: (opening && material.bodies.get(opening.id)?.text) ?? material.openingText ?? '',
      topic: rtTopic(rt, options),
      language: rtLanguage(rt, options),
      customerLanguages: material.requestorLanguage ? [material.requestorLanguage] : [],
    },
    { language: options.defaultLanguage },
  );
  const tags = new Set(customFieldValues(rt, options.tagsField).map((tag) => tag.slice(0, 100)));
  if (security) tags.add('security');
  const snoozedUntil = rtDateToMs(rt.Starts);
  const customerName = requestors[0] ?? rt.Creator ?? SYSTEM_USER;

  const ticket: Ticket = {
    id: rt.id,
    subject: rt.Subject.slice(0, 2000),
    status: statusFromRt(rt.Status),
    priority: priorityFromRt(rt.Priority, options.priorities),
    topic,
    language,
    customerId: userKey(customerName),
    assigneeId: rt.Owner === null || rt.Owner === 'Nobody' ? null : userKey(rt.Owner),
    tags: [...tags].slice(0, 100),
    security,
    createdAt,
    updatedAt: rtDateToMs(rt.LastUpdated) ?? createdAt,
    firstResponseAt,
    lastCustomerMessageAt: lastCustomerMessageAt ?? createdAt,
    snoozedUntil,
    escalatedAt,
    acknowledgedAt,
    version: versionOf(transactions),
  };

  const messages: Message[] = [];
  for (const t of transactions) {
    const body = material.bodies.get(t.id);
    if (!body || !isMessageTransaction(t)) continue;
    const author = authorOf(t, requestors);
    messages.push({
      id: messageId(t.id),
      ticketId: rt.id,
      authorType: author.type,
      authorId: userKey(author.name),
      kind: t.Type === 'Comment' ? 'note' : 'reply',
      body: body.text,
      createdAt: at(t),
      clientKey: body.meta.clientKey,
    });
  }
  return { ticket, messages };
}

/**
 * RT knows little about customers: a name, an address, perhaps the language of their RT account;
 * without one, the customer speaks the language of their ticket. The rest takes neutral defaults.
 */
export function mapCustomer(name: string, user: RtUser | null, ticketLanguage: Language): Customer {
  const realName = user?.RealName.trim() ?? '';
  const email = user?.EmailAddress || (name.includes('@') ? name : '');
  const fallbackFirst = (email || name).split('@')[0] ?? name;
  return {
    id: userKey(name),
    name: (realName || name).slice(0, 500),
    firstName: (realName.split(/\s+/)[0] || fallbackFirst).slice(0, 200),
    email: email.slice(0, 320),
    userId: '',
    language: languageCode(user?.Lang) ?? ticketLanguage,
    country: '',
    kycLevel: 0,
  };
}
