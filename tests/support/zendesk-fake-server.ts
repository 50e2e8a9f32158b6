import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A small stand-in for Zendesk Support's API v2, seeded from the fixtures (answers shaped as in
 * Zendesk's API reference). It keeps tickets and comments, applies updates with safe_update as
 * Zendesk does, records every request, and injects faults: a status (429 with Retry-After, 5xx),
 * a connection cut before or after the request is applied, or no answer at all.
 */

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'zendesk');

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are Zendesk's free-form JSON */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')) as T;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; retryAfter?: string }
  /** 'after': the request is applied, then the connection is cut before any answer. */
  | { kind: 'drop'; when: 'before' | 'after' }
  | { kind: 'hang' };

interface FaultRule {
  method: string | undefined;
  path: string | RegExp;
  times: number;
  fault: Fault;
}

export interface FakeZendeskOptions {
  email?: string;
  token?: string;
  oauthToken?: string;
  /** Comments per page at most, whatever the client asks, so pagination is exercised. */
  commentPageSize?: number;
  /** The agent (an id in users-agents) the credentials belong to; users/me answers them. Default 903, from users-me. */
  signedInAs?: number;
}

const EXPORT_SEQUENCE = ['export-page-1', 'export-page-2', 'export-changes'];
const TOKEN_OWNER = 903;

export class FakeZendesk {
  readonly requests: RecordedRequest[] = [];
  readonly tickets = new Map<number, any>();
  readonly comments = new Map<number, any[]>();
  readonly users = new Map<number, any>();
  private readonly exportPages = EXPORT_SEQUENCE.map((name) => fixture(name));
  private readonly faults: FaultRule[] = [];
  private nextId = 90_000;
  url = '';

  constructor(private readonly options: FakeZendeskOptions) {
    for (const page of this.exportPages) {
      for (const ticket of page.tickets) if (typeof ticket.id === 'number' && !this.tickets.has(ticket.id)) this.tickets.set(ticket.id, structuredClone(ticket));
      for (const user of page.users) this.users.set(user.id, user);
    }
    for (const id of [1001, 1002, 1003, 1005, 1006, 1007]) {
      const thread = fixture(`comments-${id}`);
      this.comments.set(id, thread.comments);
      for (const user of thread.users) if (!this.users.has(user.id)) this.users.set(user.id, user);
    }
  }

  /** Makes the next `times` matching requests fail in the given way. */
  inject(rule: { method?: string; path: string | RegExp; times?: number; fault: Fault }): void {
    this.faults.push({ method: rule.method, path: rule.path, times: rule.times ?? 1, fault: rule.fault });
  }

  /** Someone changes the ticket in Zendesk itself (its updated_at moves on). */
  touch(ticketId: number, changes: Record<string, unknown>): void {
    const ticket = this.tickets.get(ticketId);
    Object.assign(ticket, changes, { updated_at: this.nextStamp(ticket.updated_at) });
  }

  commentsOn(ticketId: number): any[] {
    return this.comments.get(ticketId) ?? [];
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'PUT');
  }

  handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined, authorization: req.headers.authorization });

    const rule = this.faults.find((f) => f.times > 0 && (f.method === undefined || f.method === method) && (typeof f.path === 'string' ? f.path === url.pathname : f.path.test(url.pathname)));
    if (rule) rule.times -= 1;
    const fault = rule?.fault;
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'drop' && fault.when === 'before') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const body = fault.body ?? (fault.status === 429 ? fixture('error-429') : { error: 'ServiceUnavailable', description: 'Temporarily unavailable' });
      this.send(res, fault.status, body, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
      return;
    }
    const answer = this.authorized(req.headers.authorization) ? this.route(method, url, text ? JSON.parse(text) : undefined) : { status: 401, body: fixture('error-401') };
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    this.send(res, answer.status, answer.body);
  };

  private authorized(header: string | undefined): boolean {
    const basic = `Basic ${Buffer.from(`${this.options.email}/token:${this.options.token}`).toString('base64')}`;
    return header === basic || (this.options.oauthToken !== undefined && header === `Bearer ${this.options.oauthToken}`);
  }

  private owner(): number {
    return this.options.signedInAs ?? TOKEN_OWNER;
  }

  private me(): unknown {
    if (this.options.signedInAs === undefined) return fixture('users-me');
    const user = fixture('users-agents').users.find((u: any) => u.id === this.options.signedInAs);
    if (!user) throw new Error(`no agent ${this.options.signedInAs} in users-agents`);
    return { user };
  }

  private route(method: string, url: URL, body: any): { status: number; body: unknown } {
    const path = url.pathname;
    if (method === 'GET' && path === '/api/v2/users/me.json') return { status: 200, body: this.me() };
    if (method === 'GET' && path === '/api/v2/users.json') return { status: 200, body: fixture('users-agents') };
    if (method === 'GET' && path === '/api/v2/macros.json') return { status: 200, body: fixture('macros') };
    if (method === 'GET' && path === '/api/v2/incremental/tickets/cursor.json') return this.exportPage(url.searchParams);
    const comments = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(path);
    if (method === 'GET' && comments) return this.commentPage(Number(comments[1]), url.searchParams);
    const ticket = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(path);
    if (ticket && method === 'GET') return this.showTicket(Number(ticket[1]));
    if (ticket && method === 'PUT') return this.updateTicket(Number(ticket[1]), body);
    return { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } };
  }

  /** start_time=0 starts at the beginning, a later start_time gets the recent changes; cursors follow after_cursor. */
  private exportPage(query: URLSearchParams): { status: number; body: unknown } {
    const cursor = query.get('cursor');
    if (cursor === null) return { status: 200, body: Number(query.get('start_time')) === 0 ? this.exportPages[0] : this.exportPages[2] };
    const index = this.exportPages.findIndex((p) => p.after_cursor === cursor);
    if (index === -1) return { status: 422, body: { error: 'InvalidPaginationParameter', description: 'cursor is invalid' } };
    const next = this.exportPages[index + 1];
    return { status: 200, body: next ?? { tickets: [], users: [], after_url: null, after_cursor: cursor, before_url: null, before_cursor: null, end_of_stream: true } };
  }

  private commentPage(ticketId: number, query: URLSearchParams): { status: number; body: unknown } {
    if (!this.tickets.has(ticketId)) return { status: 404, body: fixture('error-404') };
    const all = this.commentsOn(ticketId);
    const size = Math.min(Number(query.get('page[size]') ?? 100), this.options.commentPageSize ?? 100);
    const after = query.get('page[after]');
    const start = after ? Number(Buffer.from(after, 'base64').toString('utf8')) : 0;
    const slice = all.slice(start, start + size);
    const hasMore = start + size < all.length;
    const authors = [...new Set(slice.map((c) => c.author_id))].map((id) => this.users.get(id)).filter(Boolean);
    const afterCursor = hasMore ? Buffer.from(String(start + size)).toString('base64') : null;
    return { status: 200, body: { comments: slice, users: authors, meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: null }, links: { prev: null, next: afterCursor ? `https://elsewhere.example/api/v2/tickets/${ticketId}/comments.json?page[after]=${afterCursor}` : null } } };
  }

  private showTicket(ticketId: number): { status: number; body: unknown } {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return { status: 404, body: fixture('error-404') };
    const users = [ticket.requester_id, ticket.assignee_id].map((id) => this.users.get(id)).filter(Boolean);
    return { status: 200, body: { ticket, users } };
  }

  /** PUT /api/v2/tickets/{id}.json as Zendesk applies it: safe_update, tags, one comment, audit metadata. */
  private updateTicket(ticketId: number, body: any): { status: number; body: unknown } {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return { status: 404, body: fixture('error-404') };
    const update = body?.ticket ?? {};
    if (ticket.status === 'closed') return { status: 422, body: fixture('error-422-record-invalid') };
    if (update.safe_update === true && update.updated_stamp !== ticket.updated_at) return { status: 409, body: fixture('error-409-update-conflict') };
    const stamp = this.nextStamp(ticket.updated_at);
    for (const field of ['status', 'priority', 'assignee_id'] as const) if (field in update) ticket[field] = update[field];
    if (Array.isArray(update.tags)) ticket.tags = [...new Set<string>(update.tags)];
    if (Array.isArray(update.additional_tags)) ticket.tags = [...new Set<string>([...ticket.tags, ...update.additional_tags])];
    if (Array.isArray(update.remove_tags)) ticket.tags = ticket.tags.filter((t: string) => !update.remove_tags.includes(t));
    ticket.updated_at = stamp;
    const custom = update.metadata ?? {};
    const auditId = this.nextId++;
    if (update.comment) {
      const comments = this.comments.get(ticketId) ?? [];
      comments.push({
        id: this.nextId++,
        type: 'Comment',
        author_id: update.comment.author_id ?? this.owner(),
        body: update.comment.body,
        html_body: `<div class="zd-comment"><p>${update.comment.body}</p></div>`,
        plain_body: update.comment.body,
        public: update.comment.public ?? true,
        attachments: [],
        audit_id: auditId,
        via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
        created_at: stamp,
        metadata: { system: { client: 'fake' }, custom },
      });
      this.comments.set(ticketId, comments);
    }
    return { status: 200, body: { ticket, audit: { id: auditId, ticket_id: ticketId, created_at: stamp, author_id: this.owner(), metadata: { system: {}, custom }, events: [] } } };
  }

  /** Zendesk keeps whole seconds; every update moves the stamp on by at least one. */
  private nextStamp(previous: string): string {
    const at = Math.max(Math.floor(Date.now() / 1000) * 1000, Date.parse(previous) + 1000);
    return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface RunningFakeZendesk {
  zendesk: FakeZendesk;
  url: string;
  close: () => Promise<void>;
}

export async function startFakeZendesk(options: FakeZendeskOptions = {}): Promise<RunningFakeZendesk> {
  const zendesk = new FakeZendesk(options);
  const server = createServer((req, res) => void zendesk.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  zendesk.url = url;
  return {
    zendesk,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
