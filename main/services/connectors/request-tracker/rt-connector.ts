import { LANGUAGES, TOPICS, type Agent, type Macro } from '../../../../preload/contract';
import { ConnectorError, type BackendConnector, type ChangesResult, type DeliveryReceipt, type OutboundMutation, type SnapshotResult, type TokenOwner, type WatchHandlers } from '../backend-connector';
import { withStarterLibrary } from '../shipped-macros';
import { RtDelivery } from './rt-delivery';
import { RtHttpClient } from './rt-http-client';
import { RtIdentity } from './rt-identity';
import { resolveOptions, type RequestTrackerOptions, type ResolvedRequestTrackerOptions } from './rt-options';
import { RtSyncState } from './rt-sync-state';
import { userKey } from './rt-ticket-mapper';
import { RtTicketReader } from './rt-ticket-reader';
import { snapshotQuery, updatedWithinQuery } from './rt-ticketsql';
import { parseRt, rtCollectionSchema, rtDateToMs, rtGroupSchema, rtSystemSchema, type RtTicket, type RtUser } from './rt-wire';

const SNAPSHOT_PAGE = 100;
const CHANGES_PAGE = 100;
/** Pages one changes pull reads before handing over; the engine asks again while hasMore. */
const CHANGES_PAGES_PER_PULL = 10;

/**
 * A cursor is RT's clock in seconds times 1000 plus a pull number, so that two pulls within one
 * second still return different cursors: the cursor the engine comes back with then says which
 * pull it stored.
 */
function encodeCursor(seconds: number, pull: number): string {
  return String(seconds * 1000 + (pull % 1000));
}

function decodeCursor(cursor: string): number | null {
  const value = Number(cursor);
  return Number.isSafeInteger(value) && value >= 0 ? Math.floor(value / 1000) : null;
}

/**
 * The connector for Request Tracker 5 through its REST2 API: tickets, their transactions
 * (messages, history) and users become the desk's tickets, messages and customers.
 * RT has no change feed or live stream, so pulls ask for tickets by LastUpdated and watch() polls.
 */
export class RequestTrackerConnector implements BackendConnector {
  readonly kind = 'request-tracker' as const;
  private readonly http: RtHttpClient;
  private readonly reader: RtTicketReader;
  private readonly delivery: RtDelivery;
  private readonly identity: RtIdentity;
  private readonly state = new RtSyncState();
  private readonly options: ResolvedRequestTrackerOptions;
  private pulls = 0;

  constructor(
    readonly url: string,
    token: string,
    options: RequestTrackerOptions = {},
  ) {
    this.options = resolveOptions(options);
    this.http = new RtHttpClient(url, token, this.options.timeoutMs);
    this.reader = new RtTicketReader(this.http, this.options);
    this.identity = new RtIdentity(this.http, token);
    this.delivery = new RtDelivery(this.http, this.reader, this.options, this.identity);
  }

  async checkConnection(): Promise<void> {
    let json: unknown;
    try {
      ({ json } = await this.http.request('GET', '/rt'));
    } catch (error) {
      if (error instanceof ConnectorError && error.details.status === 404) {
        throw new ConnectorError('permanent', `no Request Tracker REST2 API at ${this.url} (GET /REST/2.0/rt answered 404): check the address`, { status: 404 });
      }
      throw error;
    }
    const system = rtSystemSchema.safeParse(json);
    if (!system.success || !system.data.Version.startsWith('5.')) {
      throw new ConnectorError('permanent', `${this.url} does not look like Request Tracker 5 (it reports ${system.success ? `version ${system.data.Version}` : 'no version'})`);
    }
    await this.identity.userName();
    await this.checkLayout();
  }

  /**
   * The queues, groups and ticket custom fields the desk works with (README, "Connecting Request
   * Tracker"), looked up as the token's owner sees them: what is missing, or hidden from them, is
   * named in one sentence with the option that renames it.
   */
  private async checkLayout(): Promise<void> {
    const o = this.options;
    const [securityQueue, defaultQueue, agents, security] = await Promise.all([
      this.queueRecord(o.securityQueue),
      this.queueRecord(o.defaultQueue),
      this.groupMembers(o.agentGroup),
      this.groupMembers(o.securityGroup),
    ]);
    // A field counts when it is applied to every queue the desk works in (a ticket moves between them).
    const queues = [securityQueue, defaultQueue].filter((q) => q !== null);
    const applied = (field: string) => queues.every((q) => q.fields.includes(field));
    const checks: Array<{ what: string; name: string; option: string; ok: boolean }> = [
      { what: 'queue', name: o.securityQueue, option: '--rt-security-queue', ok: securityQueue !== null },
      { what: 'queue', name: o.defaultQueue, option: '--rt-default-queue', ok: defaultQueue !== null },
      { what: 'group', name: o.agentGroup, option: '--rt-agent-group', ok: agents !== null },
      { what: 'group', name: o.securityGroup, option: '--rt-security-group', ok: security !== null },
      { what: 'ticket custom field', name: o.topicField, option: '--rt-topic-field', ok: applied(o.topicField) },
      { what: 'ticket custom field', name: o.languageField, option: '--rt-language-field', ok: applied(o.languageField) },
      { what: 'ticket custom field', name: o.tagsField, option: '--rt-tags-field', ok: applied(o.tagsField) },
    ];
    const missing = checks.filter((c) => !c.ok);
    if (missing.length === 0) return;
    const names = missing.map((m) => `the ${m.what} "${m.name}"`);
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    const them = missing.length === 1 ? 'it' : 'them';
    const options = [...new Set(missing.map((m) => m.option))].join(', ');
    throw new ConnectorError(
      'permanent',
      `the server lacks ${list} (or this token cannot see ${them}; custom fields must apply to both queues): create ${them} as README's "Connecting Request Tracker" says, or name yours with ${options}`,
    );
  }

  /** A queue by name with the names of the ticket custom fields applied to it, or null when missing or hidden. */
  private async queueRecord(name: string): Promise<{ fields: string[] } | null> {
    try {
      const { json } = await this.http.request('GET', `/queue/${encodeURIComponent(name)}`);
      const fields = ((json as { TicketCustomFields?: unknown } | null)?.TicketCustomFields ?? []) as Array<{ name?: unknown }>;
      return { fields: Array.isArray(fields) ? fields.flatMap((f) => (typeof f?.name === 'string' ? [f.name] : [])) : [] };
    } catch (error) {
      const status = error instanceof ConnectorError ? error.details.status : undefined;
      if (status === 404 || status === 403) return null;
      throw error;
    }
  }

  /** An RT token is always one user's: the desk signs in as that user, a security agent when in the security group. */
  async whoAmI(): Promise<TokenOwner> {
    const name = await this.identity.userName();
    if (name === null) {
      throw new ConnectorError('permanent', "the Request Tracker token does not say whose it is (RT 5 tokens read <n>-<user id>-<secret>): use a token made under the agent's own Settings → Auth Tokens");
    }
    const [user, security] = await Promise.all([this.reader.fetchUser(name), this.groupMembers(this.options.securityGroup)]);
    return { kind: 'agent', agentId: userKey(name), agent: toAgent(name, user, security?.includes(name) ?? false) };
  }

  /** Members of the agent group and the security group (security agents), and always the token's owner. */
  async listAgents(): Promise<Agent[]> {
    const [agents, security, me] = await Promise.all([this.groupMembers(this.options.agentGroup), this.groupMembers(this.options.securityGroup), this.identity.userName()]);
    const names = [...new Set([...(agents ?? []), ...(security ?? [])])];
    // The desk always knows its own agent, also outside the groups or when they cannot be read.
    if (me && !names.includes(me)) names.push(me);
    const users = await Promise.all(names.map(async (name) => [name, await this.reader.fetchUser(name)] as const));
    return users.map(([name, user]) => toAgent(name, user, security?.includes(name) ?? false));
  }

  /**
   * The starter library shipped with the desk (RT's templates and articles are not macros in the
   * desk's sense: no actions, no per-language bodies, no required fields). See README, "Connecting Request Tracker".
   */
  async listMacros(): Promise<Macro[]> {
    return withStarterLibrary([]);
  }

  async snapshotPage(from: string | null): Promise<SnapshotResult> {
    const afterId = from === null ? 0 : Number(from);
    if (!Number.isInteger(afterId) || afterId < 0) throw new ConnectorError('permanent', `snapshot position ${JSON.stringify(from)} is not a Request Tracker ticket id`);
    const search = await this.reader.searchTickets(snapshotQuery(afterId, this.options.ticketScope), { by: ['id'], perPage: SNAPSHOT_PAGE });
    // Changes from now on are pulled once the snapshot is in; the pull's overlap covers the clock's grain.
    const cursor = encodeCursor(this.http.serverNowSeconds(), 0);
    const loaded = await this.reader.load(search.tickets);
    this.state.rememberSnapshot(loaded.metas, loaded.page.customers.map((c) => c.id));
    const lastId = search.tickets.at(-1)?.id ?? null;
    const more = search.pages !== null ? search.pages > 1 : search.count > 0;
    return {
      page: { ...loaded.page, rejected: [...search.rejected, ...loaded.page.rejected] },
      next: more && lastId !== null ? lastId : null,
      cursor,
      total: afterId === 0 ? search.total : null,
    };
  }

  async changesSince(cursor: string): Promise<ChangesResult> {
    const watermark = decodeCursor(cursor);
    if (watermark === null) throw new ConnectorError('permanent', `change cursor ${JSON.stringify(cursor)} is not a Request Tracker cursor`);
    this.state.beginPull(cursor);
    if (!this.http.hasClockReading()) await this.http.request('GET', '/rt');
    const lookBack = this.http.serverNowSeconds() - watermark + this.options.overlapSeconds;

    const found: RtTicket[] = [];
    let full = false;
    for (let page = 1; page <= CHANGES_PAGES_PER_PULL; page++) {
      const search = await this.reader.searchTickets(updatedWithinQuery(lookBack, this.options.ticketScope), { by: ['LastUpdated', 'id'], page, perPage: CHANGES_PAGE });
      found.push(...search.tickets);
      full = search.count >= CHANGES_PAGE && (search.pages === null || page < search.pages);
      if (!full) break;
    }
    // A lower bound of RT's clock when the search ran (serverNowSeconds errs late by up to two seconds).
    const observedAt = this.http.serverNowSeconds() - 2;
    const seconds = (iso: string) => Math.floor((rtDateToMs(iso) ?? 0) / 1000);
    const candidates = found.filter((t) => !this.state.isSettled(t.id, t.LastUpdated, seconds(t.LastUpdated)));
    const loaded = await this.reader.load(candidates, { knownMeta: (id) => this.state.metaOf(id), knownCustomers: this.state.knownCustomers() });

    const changed = new Set(candidates.filter((t) => !this.state.isUnchanged(t.id, t.LastUpdated, loaded.versions.get(t.id) ?? -1)).map((t) => t.id));
    const page = {
      tickets: loaded.page.tickets.filter((t) => changed.has(t.id)),
      messages: loaded.page.messages.filter((m) => changed.has(m.ticketId)),
      customers: loaded.page.customers,
      rejected: loaded.page.rejected,
    };
    this.pulls += 1;
    const next = encodeCursor(Math.max(watermark, ...found.map((t) => seconds(t.LastUpdated))), this.pulls % 999 + 1);
    this.state.stage(
      next,
      {
        tickets: candidates.map((t) => ({ id: t.id, lastUpdated: t.LastUpdated, version: loaded.versions.get(t.id) ?? -1 })),
        metas: loaded.metas,
        customers: page.customers.map((c) => c.id),
      },
      observedAt,
    );
    return { page, cursor: next, hasMore: full };
  }

  deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    return this.delivery.deliver(mutation);
  }

  /** RT has no presence; the desk simply shows no other viewers. */
  async announcePresence(): Promise<void> {}

  /**
   * RT pushes nothing, so this polls: a cheap look at the newest ticket transaction, and a signal
   * when it differs from the last look (transaction ids grow with every change, even two changes
   * in one second, which LastUpdated cannot tell apart). Live while RT answers.
   */
  watch(handlers: WatchHandlers): () => void {
    let stopped = false;
    let timer: NodeJS.Timeout | null = null;
    let lastSeen: string | null = null;
    const probe = async () => {
      try {
        const { json } = await this.http.request('POST', '/transactions', {
          query: { fields: 'ObjectId', orderby: 'id', order: 'DESC', per_page: 20 },
          form: { query: "ObjectType = 'RT::Ticket'" },
        });
        const newest = parseRt(rtCollectionSchema, json, 'transaction list').items[0] as { id?: unknown } | undefined;
        const signature = newest?.id === undefined ? '' : String(newest.id);
        if (stopped) return;
        handlers.onLive(true);
        if (lastSeen !== null && signature !== lastSeen) handlers.onSignal();
        lastSeen = signature;
      } catch {
        if (!stopped) handlers.onLive(false);
      }
      if (!stopped) {
        timer = setTimeout(() => void probe(), this.options.pollIntervalMs);
        timer.unref();
      }
    };
    void probe();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }

  private async groupMembers(name: string): Promise<string[] | null> {
    try {
      const { json } = await this.http.request('POST', '/groups', { query: { fields: 'Name,Domain' }, json: [{ field: 'Name', value: name }] });
      const items = ((json as { items?: unknown[] } | null)?.items ?? []) as Array<{ id?: unknown; Domain?: unknown }>;
      const group = items.find((g) => g.Domain === 'UserDefined');
      if (!group || group.id === undefined) return null;
      const { json: record } = await this.http.request('GET', `/group/${encodeURIComponent(String(group.id))}`);
      return parseRt(rtGroupSchema, record, `group ${name}`).Members.filter((m) => m.type === 'user').map((m) => m.id);
    } catch (error) {
      if (error instanceof ConnectorError && error.kind === 'permanent') return null;
      throw error;
    }
  }
}

/** RT keeps no languages or specialities per agent: each agent sees every language and topic. */
function toAgent(name: string, user: RtUser | null, security: boolean): Agent {
  return {
    id: userKey(name),
    name: (user?.RealName || name).slice(0, 200),
    email: (user?.EmailAddress ?? '').slice(0, 320),
    role: security ? 'security' : 'frontline',
    languages: [...LANGUAGES],
    domains: [...TOPICS],
  };
}
