import type { z } from 'zod';
import type { Agent, Macro } from '../../../../preload/contract';
import { ConnectorError, type BackendConnector, type ChangesResult, type DeliveryReceipt, type OutboundMutation, type SnapshotResult, type TokenOwner, type WatchHandlers } from '../backend-connector';
import { withStarterLibrary } from '../shipped-macros';
import { agentSchema, macroSchema } from '../wire-schemas';
import { decodeCursor, encodeCursor, exportQuery, type ChangeCursor } from './zendesk-change-cursor';
import { ZendeskDelivery } from './zendesk-delivery';
import { ZendeskHttpClient, type ZendeskAuth } from './zendesk-http';
import { DEFAULT_MAPPING, toAgent, toMacro, type ZendeskMappingOptions } from './zendesk-mapping';
import { ZendeskPageReader } from './zendesk-page-reader';
import { currentUserSchema, exportPageSchema, macrosPageSchema, parseEnvelope, usersPageSchema, zendeskMacroSchema, zendeskUserSchema } from './zendesk-wire';

export interface ZendeskConnectorOptions {
  /** The account's address, e.g. https://yourcompany.zendesk.com. */
  url: string;
  auth: ZendeskAuth;
  timeoutMs?: number;
  maxRateLimitWaitMs?: number;
  maxAttempts?: number;
  retryDelayMs?: number;
  /** Tickets changed before this time (epoch seconds) are left out of the first sync. */
  snapshotStartTime?: number;
  /** Tickets per export page (Zendesk allows up to 1000; each ticket costs one comment read). */
  pageSize?: number;
  /**
   * The export allows 10 requests a minute: once the stream is drained, a pull sooner than this
   * answers "nothing new" without asking Zendesk, so polling cannot run into the limit.
   */
  minPollIntervalMs?: number;
  mapping?: Partial<ZendeskMappingOptions>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

// The snapshot's change cursor starts this much before the snapshot, against clock skew and Zendesk's one-minute export lag.
const SNAPSHOT_OVERLAP_SECONDS = 300;
const LIST_PAGE_SIZE = 100;
const MAX_LIST_PAGES = 50;

type ListPage<K extends string> = { [P in K]: unknown[] } & { meta?: { has_more: boolean; after_cursor: string | null } | undefined };

/**
 * The connector for Zendesk Support (API v2). Pulls use the cursor-based incremental ticket export
 * with requesters sideloaded, and each changed ticket's comments; changes go out as ticket updates
 * (see ZendeskDelivery for how retries stay safe). Zendesk has no live stream a desktop client can
 * open, so the sync engine polls.
 */
export class ZendeskConnector implements BackendConnector {
  readonly kind = 'zendesk' as const;
  readonly url: string;
  private readonly http: ZendeskHttpClient;
  private readonly reader: ZendeskPageReader;
  private readonly delivery: ZendeskDelivery;
  private readonly mapping: ZendeskMappingOptions;
  private readonly now: () => number;
  private drained: { cursor: string; at: number } | null = null;

  constructor(private readonly options: ZendeskConnectorOptions) {
    this.http = new ZendeskHttpClient({
      baseUrl: options.url,
      auth: options.auth,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRateLimitWaitMs !== undefined ? { maxRateLimitWaitMs: options.maxRateLimitWaitMs } : {}),
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    this.url = this.http.baseUrl;
    this.mapping = { ...DEFAULT_MAPPING, ...options.mapping, userFields: { ...DEFAULT_MAPPING.userFields, ...options.mapping?.userFields } };
    this.reader = new ZendeskPageReader(this.http, this.mapping);
    this.delivery = new ZendeskDelivery(this.http, this.reader, this.mapping);
    this.now = options.now ?? Date.now;
  }

  /** Signs in as the token's owner; Zendesk answers an unknown caller as an anonymous end-user, not with 401. */
  async checkConnection(): Promise<void> {
    await this.whoAmI();
  }

  /** The user the credentials belong to (GET /api/v2/users/me): the desk signs in as them. */
  async whoAmI(): Promise<TokenOwner> {
    const json = await this.http.request('GET', '/api/v2/users/me.json', { repeatable: true });
    const { user } = parseEnvelope(currentUserSchema, json, 'current user');
    if (user.id === null || (user.role !== 'agent' && user.role !== 'admin')) {
      throw new ConnectorError('auth', `Zendesk at ${this.url} did not accept the credentials as an agent's (signed in as ${user.id === null ? 'anonymous' : user.role}): use an agent's email with an API token, or an OAuth token`);
    }
    const full = zendeskUserSchema.safeParse((json as { user?: unknown }).user);
    const agent = full.success ? agentSchema.safeParse(toAgent(full.data)) : null;
    if (!agent?.success) throw new ConnectorError('invalid_payload', `Zendesk at ${this.url} described the signed-in agent ${user.id} in a way the desk cannot read`);
    return { kind: 'agent', agentId: agent.data.id, agent: agent.data };
  }

  async listAgents(): Promise<Agent[]> {
    const raw = await this.listAll('/api/v2/users.json', { 'role[]': ['agent', 'admin'] }, usersPageSchema, 'users', 'agent list');
    // One unreadable agent must not hide the others; they are checked one by one.
    return raw.flatMap((item) => {
      const user = zendeskUserSchema.safeParse(item);
      const agent = user.success ? agentSchema.safeParse(toAgent(user.data)) : null;
      return agent?.success ? [agent.data] : [];
    });
  }

  /** The account's active macros, and the starter library shipped with the desk beside them (the holding reply is one). */
  async listMacros(): Promise<Macro[]> {
    const raw = await this.listAll('/api/v2/macros.json', { active: 'true' }, macrosPageSchema, 'macros', 'macro list');
    return withStarterLibrary(
      raw.flatMap((item) => {
        const macro = zendeskMacroSchema.safeParse(item);
        const mapped = macro.success && macro.data.active ? toMacro(macro.data, this.mapping) : null;
        const checked = mapped ? macroSchema.safeParse(mapped) : null;
        return checked?.success ? [checked.data as Macro] : [];
      }),
    );
  }

  async snapshotPage(from: string | null): Promise<SnapshotResult> {
    // The first page fixes where changes are pulled from once the snapshot is in: shortly before it began.
    const startedAt: ChangeCursor = { kind: 'time', startTime: Math.max(0, Math.floor(this.now() / 1000) - SNAPSHOT_OVERLAP_SECONDS) };
    const position: ChangeCursor = from === null ? { kind: 'time', startTime: this.options.snapshotStartTime ?? 0 } : { kind: 'cursor', cursor: from };
    const page = await this.exportPage(position);
    if (!page.end_of_stream && !page.after_cursor) throw new ConnectorError('invalid_payload', 'Zendesk sent an export page with more to come but no after_cursor');
    return {
      page: await this.reader.read(page),
      next: page.end_of_stream ? null : page.after_cursor,
      cursor: encodeCursor(startedAt),
      total: null,
    };
  }

  async changesSince(cursor: string): Promise<ChangesResult> {
    if (this.drained && this.drained.cursor === cursor && this.now() - this.drained.at < (this.options.minPollIntervalMs ?? 6_500)) {
      return { page: { tickets: [], customers: [], messages: [], rejected: [] }, cursor, hasMore: false };
    }
    const page = await this.exportPage(decodeCursor(cursor));
    // Zendesk hands out an after_cursor even on the last page; it is where the next pull resumes.
    const next = page.after_cursor ? encodeCursor({ kind: 'cursor', cursor: page.after_cursor }) : cursor;
    const result = { page: await this.reader.read(page), cursor: next, hasMore: !page.end_of_stream };
    this.drained = page.end_of_stream ? { cursor: next, at: this.now() } : null;
    return result;
  }

  deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    return this.delivery.deliver(mutation);
  }

  /** Zendesk offers no push a desktop app can receive: the stream is never live, and the engine polls. */
  watch(handlers: WatchHandlers): () => void {
    handlers.onLive(false);
    return () => {};
  }

  /** Zendesk's own presence (agent collision) has no public API; other desks' viewers stay unknown. */
  async announcePresence(): Promise<void> {}

  private async exportPage(cursor: ChangeCursor) {
    const json = await this.http.request('GET', '/api/v2/incremental/tickets/cursor.json', { query: exportQuery(cursor, this.options.pageSize ?? 100), repeatable: true });
    return parseEnvelope(exportPageSchema, json, 'incremental export page');
  }

  /** Follows Zendesk's cursor pagination by `page[after]`, never by the absolute `links.next` (the token stays on this host). */
  private async listAll<K extends string>(
    path: string,
    query: Record<string, string | string[]>,
    schema: z.ZodType<ListPage<K>>,
    key: K,
    what: string,
  ): Promise<unknown[]> {
    const items: unknown[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const json = await this.http.request('GET', path, { query: { ...query, 'page[size]': String(LIST_PAGE_SIZE), 'page[after]': after }, repeatable: true });
      const parsed = parseEnvelope(schema, json, what);
      items.push(...parsed[key]);
      if (!parsed.meta?.has_more || !parsed.meta.after_cursor) break;
      after = parsed.meta.after_cursor;
    }
    return items;
  }
}
