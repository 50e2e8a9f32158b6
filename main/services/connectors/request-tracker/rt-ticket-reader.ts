import type { Customer, Language, Message, Ticket } from '../../../../preload/contract';
import type { RejectedItem, ValidatedPage } from '../backend-connector';
import { validatePage } from '../wire-schemas';
import type { RtHttpClient, RtRequest } from './rt-http-client';
import { attachmentLines, htmlToText, readMarkers } from './rt-message-format';
import type { ResolvedRequestTrackerOptions } from './rt-options';
import { isMessageTransaction, languageCode, mapCustomer, mapTicket, needsClassification, openingTransaction, rtLanguage, userKey, versionOf, type MessageMeta } from './rt-ticket-mapper';
import { ticketTransactionsQuery } from './rt-ticketsql';
import { parseItems, parseRt, rtAttachmentSchema, rtCollectionSchema, rtFileSchema, rtTicketSchema, rtTransactionSchema, rtUserSchema, type RtAttachment, type RtTicket, type RtTransaction, type RtUser } from './rt-wire';

const PER_PAGE = 100;
/** A bound on any one collection read, so a misbehaving server cannot keep us paging forever. */
const MAX_PAGES = 2000;
const TICKETS_PER_TRANSACTION_QUERY = 50;
const TRANSACTIONS_PER_ATTACHMENT_QUERY = 100;

export const TICKET_FIELDS = 'Subject,Status,Priority,Queue,Owner,Creator,Requestor,Created,LastUpdated,Starts,CustomFields';
const TRANSACTION_FIELDS = 'ObjectId,Type,Field,OldValue,NewValue,Creator,Created';
const ATTACHMENT_FIELDS = 'TransactionId,ContentType,Content,Filename';
/** Never Content: an attachment is described, not downloaded. */
const FILE_FIELDS = 'TransactionId,ContentType,Filename,ContentLength';

export interface TicketSearchPage {
  tickets: RtTicket[];
  rejected: RejectedItem[];
  count: number;
  total: number | null;
  pages: number | null;
}

export interface LoadedTickets {
  page: ValidatedPage;
  /** Version (last transaction id) of every ticket loaded, mapped or not. */
  versions: Map<string, number>;
  /** Marker data of the message transactions whose bodies were read now. */
  metas: Map<string, MessageMeta>;
  /** The mapped tickets by id, including ones the desk's schema refused. */
  mapped: Map<string, Ticket>;
}

export interface LoadOptions {
  /** Marker data already known; bodies of these transactions are not read again. */
  knownMeta?: (transactionId: string) => MessageMeta | undefined;
  /** Customers already handed to the desk this session; only new ones are read. */
  knownCustomers?: ReadonlySet<string>;
}

/**
 * Reads tickets with everything the desk derives from them: their transactions (version, first
 * response, escalation and acknowledgement), the text of new messages, and new customers.
 */
export class RtTicketReader {
  private securityQueueId: string | null | undefined;
  private readonly users = new Map<string, RtUser | null>();

  constructor(
    private readonly http: RtHttpClient,
    private readonly options: ResolvedRequestTrackerOptions,
  ) {}

  async searchTickets(query: string, order: { by: string[]; page?: number; perPage?: number; descending?: boolean }): Promise<TicketSearchPage> {
    const { json } = await this.http.request('GET', '/tickets', {
      query: {
        query,
        fields: TICKET_FIELDS,
        'fields[Queue]': 'Name',
        orderby: order.by,
        order: order.by.map(() => (order.descending ? 'DESC' : 'ASC')),
        per_page: order.perPage ?? PER_PAGE,
        page: order.page ?? 1,
      },
    });
    const collection = parseRt(rtCollectionSchema, json, 'ticket search answer');
    const { valid, invalid } = parseItems(rtTicketSchema, collection.items);
    return {
      tickets: valid,
      rejected: invalid.map((i) => ({ kind: 'ticket', id: i.id, reason: i.reason })),
      count: collection.count,
      total: collection.total ?? null,
      pages: collection.pages ?? null,
    };
  }

  /** One ticket as RT holds it now, with its ETag (the last transaction id). */
  async fetchTicket(ticketId: string): Promise<{ ticket: RtTicket; etag: number | null }> {
    const { json, etag } = await this.http.request('GET', `/ticket/${ticketId}`, { query: { 'fields[Queue]': 'Name' } });
    const ticket = parseRt(rtTicketSchema, json, `ticket ${ticketId}`);
    const version = etag ? Number(etag.replace(/^W\//, '').replaceAll('"', '')) : NaN;
    return { ticket, etag: Number.isFinite(version) ? version : null };
  }

  async load(tickets: readonly RtTicket[], options: LoadOptions = {}): Promise<LoadedTickets> {
    const securityQueueId = await this.resolveSecurityQueueId();
    const transactions = await this.transactionsOf(tickets.map((t) => t.id));
    const rejected: RejectedItem[] = [];

    const needBodies = [...transactions.values()].flat().filter((t) => isMessageTransaction(t) && options.knownMeta?.(t.id) === undefined);
    const bodies = await this.bodiesOf(needBodies.map((t) => t.id));
    const metas = new Map([...bodies].map(([id, body]) => [id, body.meta]));
    const openings = await this.openingTextsOf(tickets, transactions, bodies);
    const requestorLanguages = await this.requestorLanguagesOf(tickets);

    const mappedTickets: Ticket[] = [];
    const messages: Message[] = [];
    const versions = new Map<string, number>();
    const mapped = new Map<string, Ticket>();
    for (const rt of tickets) {
      const own = transactions.get(rt.id) ?? [];
      versions.set(rt.id, versionOf(own));
      const result = mapTicket(
        {
          ticket: rt,
          transactions: own,
          metaOf: (id) => metas.get(id) ?? options.knownMeta?.(id),
          bodies: new Map(own.filter((t) => bodies.has(t.id)).map((t) => [t.id, bodies.get(t.id)!])),
          ...(openings.has(rt.id) ? { openingText: openings.get(rt.id)! } : {}),
          requestorLanguage: requestorLanguages.get(rt.id) ?? null,
        },
        { options: this.options, securityQueueId },
      );
      mapped.set(rt.id, result.ticket);
      mappedTickets.push(result.ticket);
      messages.push(...result.messages);
    }

    const customers = await this.customersOf(tickets, mappedTickets, options.knownCustomers);
    const page = validatePage({ tickets: mappedTickets, customers, messages });
    return { page: { ...page, rejected: [...rejected, ...page.rejected] }, versions, metas, mapped };
  }

  /**
   * The customer's first message of each ticket whose topic or language the desk works out itself,
   * where this pull did not read it already (it went to the desk in an earlier pull): without it a
   * ticket changed later would be classified from its subject alone, and could change language.
   */
  private async openingTextsOf(
    tickets: readonly RtTicket[],
    transactions: ReadonlyMap<string, readonly RtTransaction[]>,
    loaded: ReadonlyMap<string, { text: string }>,
  ): Promise<Map<string, string>> {
    const wanted = new Map<string, string>();
    for (const rt of tickets) {
      if (!needsClassification(rt, this.options)) continue;
      const opening = openingTransaction(rt, transactions.get(rt.id) ?? []);
      if (opening && !loaded.has(opening.id)) wanted.set(rt.id, opening.id);
    }
    if (wanted.size === 0) return new Map();
    const read = await this.bodiesOf([...wanted.values()]);
    return new Map([...wanted].map(([ticketId, transactionId]) => [ticketId, read.get(transactionId)?.text ?? '']));
  }

  /** All pages of a collection. REST2 drops rows the user may not see after paging, so only an empty page ends it. */
  async collect(method: 'GET' | 'POST', path: string, request: RtRequest, what: string): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { json } = await this.http.request(method, path, { ...request, query: { ...request.query, per_page: PER_PAGE, page } });
      const collection = parseRt(rtCollectionSchema, json, what);
      items.push(...collection.items);
      if (collection.items.length === 0) break;
      if (typeof collection.pages === 'number' && page >= collection.pages) break;
    }
    return items;
  }

  async resolveSecurityQueueId(): Promise<string | null> {
    if (this.securityQueueId !== undefined) return this.securityQueueId;
    try {
      const { json } = await this.http.request('GET', `/queue/${encodeURIComponent(this.options.securityQueue)}`);
      const id = (json as { id?: unknown } | null)?.id;
      this.securityQueueId = id === undefined || id === null ? null : String(id);
    } catch (error) {
      // A missing or hidden security queue means no ticket is a security case; anything else is retried.
      if ((error as { details?: { status?: number } }).details?.status !== 404 && (error as { details?: { status?: number } }).details?.status !== 403) throw error;
      this.securityQueueId = null;
    }
    return this.securityQueueId;
  }

  async transactionsOf(ticketIds: readonly string[], after?: ReadonlyMap<string, number>): Promise<Map<string, RtTransaction[]>> {
    const byTicket = new Map<string, RtTransaction[]>(ticketIds.map((id) => [id, []]));
    for (let i = 0; i < ticketIds.length; i += TICKETS_PER_TRANSACTION_QUERY) {
      const batch = ticketIds.slice(i, i + TICKETS_PER_TRANSACTION_QUERY).map((id) => ({ id, ...(after?.has(id) ? { after: after.get(id)! } : {}) }));
      const items = await this.collect('POST', '/transactions', { query: { fields: TRANSACTION_FIELDS, orderby: 'id' }, form: { query: ticketTransactionsQuery(batch) } }, 'transaction list');
      for (const t of parseItems(rtTransactionSchema, items).valid) byTicket.get(t.ObjectId)?.push(t);
    }
    return byTicket;
  }

  /** The text of each message transaction: the desk's own marked HTML, else the plain text, else HTML made plain. */
  async bodiesOf(transactionIds: readonly string[]): Promise<Map<string, { text: string; meta: MessageMeta }>> {
    const parts = new Map<string, RtAttachment[]>();
    for (let i = 0; i < transactionIds.length; i += TRANSACTIONS_PER_ATTACHMENT_QUERY) {
      const batch = transactionIds.slice(i, i + TRANSACTIONS_PER_ATTACHMENT_QUERY);
      // Conditions on one field are ORed by REST2, conditions on different fields ANDed.
      const search = [...batch.map((id) => ({ field: 'TransactionId', value: Number(id) })), { field: 'ContentType', operator: 'LIKE', value: 'text/' }];
      const items = await this.collect('POST', '/attachments', { query: { fields: ATTACHMENT_FIELDS, orderby: 'id' }, json: search }, 'attachment list');
      for (const part of parseItems(rtAttachmentSchema, items).valid) {
        if (part.TransactionId === null || part.Filename !== '') continue;
        parts.set(part.TransactionId, [...(parts.get(part.TransactionId) ?? []), part]);
      }
    }
    const files = await this.filesOf(transactionIds);
    const bodies = new Map<string, { text: string; meta: MessageMeta }>();
    for (const id of transactionIds) {
      const own = parts.get(id) ?? [];
      const marked = own.find((p) => p.ContentType === 'text/html' && readMarkers(p.Content).key !== null);
      if (marked) {
        const markers = readMarkers(marked.Content);
        bodies.set(id, { text: htmlToText(marked.Content), meta: { clientKey: markers.key, action: markers.action } });
        continue;
      }
      const plain = own.filter((p) => p.ContentType === 'text/plain').map((p) => p.Content);
      const body = plain.length > 0 ? plain.join('\n\n') : own.filter((p) => p.ContentType === 'text/html').map((p) => htmlToText(p.Content)).join('\n\n');
      const attached = files.get(id);
      const text = attached ? [body, attachmentLines(attached)].filter((part) => part !== '').join('\n\n') : body;
      bodies.set(id, { text: text.slice(0, 5_000_000), meta: { clientKey: null, action: null } });
    }
    return bodies;
  }

  /** The named files of each transaction (name, type, size), their content never fetched. */
  private async filesOf(transactionIds: readonly string[]): Promise<Map<string, Array<{ name: string; type: string; size: number | null }>>> {
    const files = new Map<string, Array<{ name: string; type: string; size: number | null }>>();
    for (let i = 0; i < transactionIds.length; i += TRANSACTIONS_PER_ATTACHMENT_QUERY) {
      const batch = transactionIds.slice(i, i + TRANSACTIONS_PER_ATTACHMENT_QUERY);
      const search = [...batch.map((id) => ({ field: 'TransactionId', value: Number(id) })), { field: 'Filename', operator: '!=', value: '' }];
      const items = await this.collect('POST', '/attachments', { query: { fields: FILE_FIELDS, orderby: 'id' }, json: search }, 'attachment list');
      for (const file of parseItems(rtFileSchema, items).valid) {
        if (file.TransactionId === null || file.Filename === '') continue;
        files.set(file.TransactionId, [...(files.get(file.TransactionId) ?? []), { name: file.Filename, type: file.ContentType, size: file.ContentLength }]);
      }
    }
    return files;
  }

  /**
   * The RT language of the requestor of each ticket whose language the desk works out itself: the
   * second signal between close languages. Users are read once per reader and reused for customers.
   */
  private async requestorLanguagesOf(rts: readonly RtTicket[]): Promise<Map<string, Language>> {
    const names = new Map<string, string>();
    for (const rt of rts) {
      const name = rt.Requestor[0]?.id ?? rt.Creator;
      if (name && rtLanguage(rt, this.options) === null) names.set(rt.id, name);
    }
    await forEachLimited([...new Set(names.values())], 4, async (name) => {
      if (!this.users.has(name)) this.users.set(name, await this.fetchUser(name));
    });
    const languages = new Map<string, Language>();
    for (const [id, name] of names) {
      const language = languageCode(this.users.get(name)?.Lang);
      if (language) languages.set(id, language);
    }
    return languages;
  }

  private async customersOf(rts: readonly RtTicket[], tickets: readonly Ticket[], known?: ReadonlySet<string>): Promise<Customer[]> {
    const wanted = new Map<string, Ticket>();
    rts.forEach((rt, i) => {
      const name = rt.Requestor[0]?.id ?? rt.Creator;
      if (name && !known?.has(userKey(name)) && !wanted.has(name)) wanted.set(name, tickets[i]!);
    });
    const names = [...wanted.keys()];
    await forEachLimited(names, 4, async (name) => {
      if (!this.users.has(name)) this.users.set(name, await this.fetchUser(name));
    });
    return names.map((name) => mapCustomer(name, this.users.get(name) ?? null, wanted.get(name)!.language));
  }

  async fetchUser(nameOrId: string): Promise<RtUser | null> {
    try {
      const { json } = await this.http.request('GET', `/user/${encodeURIComponent(nameOrId)}`);
      const parsed = rtUserSchema.safeParse(json);
      return parsed.success ? parsed.data : null;
    } catch (error) {
      // An unreadable user still leaves a usable customer (name only); outages are retried.
      if ((error as { kind?: string }).kind === 'temporary' || (error as { kind?: string }).kind === 'auth') throw error;
      return null;
    }
  }
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
