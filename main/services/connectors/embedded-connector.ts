import { z } from 'zod';
import type { Agent, Macro } from '../../../preload/contract';
import { ConnectorError, type BackendConnector, type WatchHandlers, type ChangesResult, type DeliveryReceipt, type OutboundMutation, type SnapshotResult } from './backend-connector';
import { HttpJsonClient } from './http-json-client';
import { readEventStream } from './sse-reader';
import { agentSchema, dataPageSchema, macroSchema, ticketSchema, validatePage } from './wire-schemas';

const PAGE_SIZE = 1000;

const snapshotSchema = dataPageSchema.extend({ nextAfter: z.number().int().nullable(), cursor: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
const changesSchema = dataPageSchema.extend({ cursor: z.number().int().nonnegative(), hasMore: z.boolean() });
const mutationResponse = z.object({ ticket: ticketSchema });
const presenceEvent = z.object({ ticketId: z.string().max(64), viewers: z.array(z.object({ agentId: z.string().max(64), typing: z.boolean() })).max(500) });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const conflictResponse = z.object({ error: z.literal('conflict'), message: z.string(), ticket: ticketSchema });

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConnectorError('invalid_payload', `backend sent a malformed ${what}: ${reason}`);
  }
  return parsed.data;
}

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

  async listAgents(): Promise<Agent[]> {
    const { json } = await this.http.request('GET', '/api/v1/agents');
    return parseOrThrow(z.object({ agents: z.array(agentSchema) }), json, 'agent list').agents;
  }

  async listMacros(): Promise<Macro[]> {
    const { json } = await this.http.request('GET', '/api/v1/macros');
    return parseOrThrow(z.object({ macros: z.array(macroSchema) }), json, 'macro list').macros as Macro[];
  }

  async snapshotPage(from: string | null): Promise<SnapshotResult> {
    const { json } = await this.http.request('GET', `/api/v1/snapshot?after=${encodeURIComponent(from ?? '0')}&limit=${PAGE_SIZE}`);
    const raw = parseOrThrow(snapshotSchema, json, 'snapshot page');
    return { page: validatePage(raw), next: raw.nextAfter === null ? null : String(raw.nextAfter), cursor: String(raw.cursor), total: raw.total };
  }

  async changesSince(cursor: string): Promise<ChangesResult> {
    const { json } = await this.http.request('GET', `/api/v1/changes?since=${encodeURIComponent(cursor)}&limit=${PAGE_SIZE}`);
    const raw = parseOrThrow(changesSchema, json, 'changes page');
    return { page: validatePage(raw), cursor: String(raw.cursor), hasMore: raw.hasMore };
  }

  async deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    const p = mutation.payload;
    const path = `/api/v1/tickets/${encodeURIComponent(mutation.ticketId)}`;
    const headers = { 'idempotency-key': mutation.key };
    const { status, json } =
      p.kind === 'update'
        ? await this.http.request('PATCH', path, { headers, body: { baseVersion: mutation.baseVersion, authorId: p.authorId, changes: p.changes } })
        : await this.http.request('POST', `${path}/messages`, { headers, body: { kind: p.kind, body: p.body, authorId: p.authorId } });
    if (status === 409) {
      const conflict = parseOrThrow(conflictResponse, json, 'conflict answer');
      throw new ConnectorError('conflict', conflict.message, { status, current: conflict.ticket });
    }
    return { version: parseOrThrow(mutationResponse, json, 'mutation answer').ticket.version };
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
              const parsed = presenceEvent.safeParse(safeJson(data));
              if (parsed.success) handlers.onPresence(parsed.data);
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
