import type { Agent, Macro } from '../../../preload/contract';
import { ConnectorError, type BackendConnector, type ChangesResult, type DeliveryReceipt, type OutboundMutation, type SnapshotResult, type TokenOwner, type WatchHandlers, type BackendAuditChain } from './backend-connector';
import { parseAgents, parseAuditChain, parseChanges, parseMacros, parseMutationAnswer, parsePresenceEvent, parseSnapshot, parseTokenOwner } from './embedded-wire';
import { HttpJsonClient } from './http-json-client';
import { readEventStream } from './sse-reader';
import type { ChainHead } from '../audit/audit-anchor';

const PAGE_SIZE = 1000;

/** The connector for AgentDesk's own embedded backend (API documented beside the server). */
export class EmbeddedConnector implements BackendConnector {
  readonly kind = 'embedded' as const;
  private readonly http: HttpJsonClient;

  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly options: { reconnectDelayMs?: number; timeoutMs?: number } = {},
  ) {
    this.http = new HttpJsonClient({ baseUrl: url, token, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) });
  }

  async checkConnection(): Promise<void> {
    await this.http.request('GET', '/api/v1/agents');
  }

  /** A backend from before GET /api/v1/me knew only its team token. */
  async whoAmI(): Promise<TokenOwner> {
    try {
      return parseTokenOwner((await this.http.request('GET', '/api/v1/me')).json);
    } catch (error) {
      if (error instanceof ConnectorError && error.details.status === 404) return { kind: 'team' };
      throw error;
    }
  }

  async listAgents(): Promise<Agent[]> {
    return parseAgents((await this.http.request('GET', '/api/v1/agents')).json);
  }

  async listMacros(): Promise<Macro[]> {
    return parseMacros((await this.http.request('GET', '/api/v1/macros')).json);
  }

  async snapshotPage(from: string | null): Promise<SnapshotResult> {
    return parseSnapshot((await this.http.request('GET', `/api/v1/snapshot?after=${encodeURIComponent(from ?? '0')}&limit=${PAGE_SIZE}`)).json);
  }

  async changesSince(cursor: string): Promise<ChangesResult> {
    return parseChanges((await this.http.request('GET', `/api/v1/changes?since=${encodeURIComponent(cursor)}&limit=${PAGE_SIZE}`)).json);
  }

  async auditChain(anchor: ChainHead | null): Promise<BackendAuditChain> {
    const query = anchor && anchor.count > 0 ? `?anchorCount=${anchor.count}&anchorHash=${anchor.hash}` : '';
    return parseAuditChain((await this.http.request('GET', `/api/v1/audit${query}`)).json);
  }

  async deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    const p = mutation.payload;
    const path = `/api/v1/tickets/${encodeURIComponent(mutation.ticketId)}`;
    const headers = { 'idempotency-key': mutation.key };
    // Messages append, so only ticket changes carry the version they were made against.
    const send = (method: 'PATCH' | 'POST', route: string, body: Record<string, unknown>) =>
      this.http.request(method, route, { headers, body: { authorId: p.authorId, ...body } });
    let answer: Awaited<ReturnType<typeof send>>;
    switch (p.kind) {
      case 'update':
        answer = await send('PATCH', path, { baseVersion: mutation.baseVersion, changes: p.changes });
        break;
      case 'reply':
      case 'note':
        answer = await send('POST', `${path}/messages`, { kind: p.kind, body: p.body });
        break;
      case 'escalate':
        answer = await send('POST', `${path}/escalation`, { reason: p.reason, note: p.note, holdWithdrawals: p.holdWithdrawals, holdingReply: p.holdingReply });
        break;
      case 'acknowledge':
        answer = await send('POST', `${path}/escalation/acknowledge`, { claim: p.claim });
        break;
      case 'deescalate':
        answer = await send('POST', `${path}/escalation/deescalate`, { reason: p.reason });
        break;
    }
    const { status, json } = answer;
    return parseMutationAnswer(status, json);
  }

  async announcePresence(presence: { agentId: string; ticketId: string | null; typing: boolean }): Promise<void> {
    await this.http.request('POST', '/api/v1/presence', { body: presence });
  }

  watch(handlers: WatchHandlers): () => void {
    let stopped = false;
    let controller: AbortController | null = null;
    const connect = async () => {
      while (!stopped) {
        controller = new AbortController();
        try {
          const response = await fetch(new URL('/api/v1/stream', this.url), {
            headers: { authorization: `Bearer ${this.token}`, accept: 'text/event-stream' },
            signal: controller.signal,
          });
          if (!response.ok || !response.body) throw new Error(`stream answered HTTP ${response.status}`);
          handlers.onLive(true);
          await readEventStream(response.body, (event, data) => {
            if (event === 'change') handlers.onSignal();
            else if (event === 'presence' && handlers.onPresence) {
              const presence = parsePresenceEvent(data);
              if (presence) handlers.onPresence(presence);
            }
          });
        } catch {
          // Falls through to the reconnect delay; polling covers the gap.
        }
        if (stopped) return;
        handlers.onLive(false);
        await new Promise((resolve) => setTimeout(resolve, this.options.reconnectDelayMs ?? 2000));
      }
    };
    void connect();
    return () => {
      stopped = true;
      controller?.abort();
    };
  }
}
