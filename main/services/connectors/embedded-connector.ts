import type { Agent, Macro } from '../../../preload/contract';
import { ConnectorError, type BackendConnector, type ChangesResult, type DeliveryReceipt, type OutboundMutation, type SnapshotResult, type TokenOwner, type WatchHandlers, type BackendAuditChain } from './backend-connector';
import { parseAgents, parseBatchAnswer, parseAuditChain, parseChanges, parseMacros, parseMutationAnswer, parsePresenceEvent, parseSnapshot, parseTokenOwner } from './embedded-wire';
import { errorForStatus, HttpJsonClient } from './http-json-client';
import { readEventStream } from './sse-reader';
import type { ChainHead } from '../audit/audit-anchor';
import type { PauseAlarm } from '../audit/reveal-ledger';
import { parseClearAnswer, parseRevealAlarms, parseRevealAnswer } from './privacy-wire';

// Half a megabyte or so a page: parsing and checking a page is one uninterrupted stretch of work.
const PAGE_SIZE = 500;

/** The connector for AgentDesk's own embedded backend (API documented beside the server). */
export class EmbeddedConnector implements BackendConnector {
  readonly kind = 'embedded' as const;
  private readonly http: HttpJsonClient;
  private batchRoute = true;

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

  async requestReveal(request: { agentId: string; ticketId: string; field: string; reason: string; note: string }): Promise<{ until: number | null; pausedSince: number | null }> {
    return parseRevealAnswer((await this.http.request('POST', '/api/v1/reveals', { body: request })).json);
  }

  async revealAlarms(): Promise<PauseAlarm[]> {
    return parseRevealAlarms((await this.http.request('GET', '/api/v1/security/alarms')).json);
  }

  async clearRevealAlarm(agentId: string, alarmId: string): Promise<boolean> {
    return parseClearAnswer((await this.http.request('POST', '/api/v1/security/alarms/clear', { body: { agentId, alarmId } })).json);
  }

  async deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    const request = requestFor(mutation);
    const path = `/api/v1/tickets/${encodeURIComponent(mutation.ticketId)}${request.route}`;
    const { status, json } = await this.http.request(request.method, path, { headers: { 'idempotency-key': mutation.key }, body: request.body });
    return parseMutationAnswer(status, json);
  }

  async deliverBatch(mutations: readonly OutboundMutation[]): Promise<Array<DeliveryReceipt | ConnectorError>> {
    const body = {
      mutations: mutations.map((m) => {
        const { kind, body: request } = requestFor(m);
        return { idempotencyKey: m.key, ticketId: m.ticketId, kind, body: request };
      }),
    };
    if (!this.batchRoute) return this.deliverEach(mutations);
    let json: unknown;
    try {
      ({ json } = await this.http.request('POST', '/api/v1/mutations', { body }));
    } catch (error) {
      // A backend from before batches has no such route: one request per mutation from then on.
      if (!(error instanceof ConnectorError && error.details.status === 404)) throw error;
      this.batchRoute = false;
      return this.deliverEach(mutations);
    }
    return parseBatchAnswer(json, mutations.length).map(({ status, body: answer }) => {
      if (status >= 300 && status !== 409) return errorForStatus(status, typeof answer.message === 'string' ? answer.message.slice(0, 300) : `HTTP ${status}`);
      try {
        return parseMutationAnswer(status, answer);
      } catch (error) {
        return error as ConnectorError;
      }
    });
  }

  private async deliverEach(mutations: readonly OutboundMutation[]): Promise<Array<DeliveryReceipt | ConnectorError>> {
    const answers: Array<DeliveryReceipt | ConnectorError> = [];
    for (const mutation of mutations) {
      try {
        answers.push(await this.deliver(mutation));
      } catch (error) {
        if (!(error instanceof ConnectorError) || error.kind === 'temporary' || error.kind === 'auth') throw error;
        answers.push(error);
      }
    }
    return answers;
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

type MutationRequest = { method: 'PATCH' | 'POST'; route: string; kind: 'message' | 'update' | 'escalate' | 'acknowledge' | 'deescalate'; body: Record<string, unknown> };

/** The backend's request for each kind of outbox payload (see API.md); the batch names the same by kind. */
function requestFor({ payload: p, baseVersion }: OutboundMutation): MutationRequest {
  const by = { authorId: p.authorId };
  switch (p.kind) {
    // Messages append, so only ticket changes carry the version they were made against.
    case 'update':
      return { method: 'PATCH', route: '', kind: 'update', body: { ...by, baseVersion, changes: p.changes } };
    case 'reply':
    case 'note':
      return { method: 'POST', route: '/messages', kind: 'message', body: { ...by, kind: p.kind, body: p.body } };
    case 'escalate':
      return { method: 'POST', route: '/escalation', kind: 'escalate', body: { ...by, reason: p.reason, note: p.note, holdWithdrawals: p.holdWithdrawals, holdingReply: p.holdingReply } };
    case 'acknowledge':
      return { method: 'POST', route: '/escalation/acknowledge', kind: 'acknowledge', body: { ...by, claim: p.claim } };
    case 'deescalate':
      return { method: 'POST', route: '/escalation/deescalate', kind: 'deescalate', body: { ...by, reason: p.reason } };
    // Protective actions are the back office's (back-office/protective-delivery.ts routes them there).
    case 'protect':
    case 'request_undo':
    case 'approve_undo':
      throw new ConnectorError('permanent', `a ${p.kind} entry goes to the back office, not the helpdesk`);
  }
}
