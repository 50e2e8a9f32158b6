import { vi } from 'vitest';
import type { Message, Ticket } from '../../../preload/contract/domain-types';
import type { OutboxEntry, QueueRow, TicketDetail } from '../../../preload/contract/queue-types';

/**
 * A fake `window.agentdesk` for driving the renderer's stores under Node: every call waits until
 * the test answers it, and the answer is computed when it is given (so a test can change what
 * "main" holds between two answers, as a re-sort between two page fetches does).
 */
export interface PendingCall {
  channel: string;
  input: Record<string, unknown>;
}

type Handler = (input: Record<string, unknown>) => unknown;

export interface FakeBridge {
  /** Calls asked and not answered yet, oldest first. */
  readonly pending: PendingCall[];
  /** Every call ever asked, oldest first. */
  readonly asked: PendingCall[];
  /** How main answers a channel (a thrown error is a refusal). */
  handle(channel: string, handler: Handler): void;
  /** Answers the oldest pending call matching `which` (all pending calls of the channel by default). */
  answer(which?: string | ((call: PendingCall) => boolean)): Promise<void>;
  /** Answers until nothing is pending (answers may ask for more). */
  answerAll(): Promise<void>;
  /** Pushes an event to every listener of it. */
  emit(event: string, payload: unknown): void;
  listening(event: string): boolean;
}

/** Lets resolved answers run their continuations. */
export async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

export function installFakeBridge(): FakeBridge {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const pending: Array<PendingCall & { resolve(value: unknown): void }> = [];
  const asked: PendingCall[] = [];
  vi.stubGlobal('window', {
    agentdesk: {
      invoke: (channel: string, input: Record<string, unknown>) =>
        new Promise((resolve) => {
          asked.push({ channel, input });
          pending.push({ channel, input, resolve });
        }),
      on: (event: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    },
  });
  // Stores ask whether the queue has focus; nothing is focused in these tests.
  vi.stubGlobal('document', { activeElement: null, getElementById: () => null });

  function reply(call: PendingCall & { resolve(value: unknown): void }): void {
    const handler = handlers.get(call.channel);
    if (!handler) throw new Error(`no fake answer for ${call.channel}`);
    try {
      call.resolve({ ok: true, value: handler(call.input) });
    } catch (err) {
      call.resolve({ ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } });
    }
  }

  return {
    pending,
    asked,
    handle(channel, handler) {
      handlers.set(channel, handler);
    },
    async answer(which) {
      const match = typeof which === 'function' ? which : (c: PendingCall) => which === undefined || c.channel === which;
      const i = pending.findIndex(match);
      if (i < 0) throw new Error('no such call is pending');
      const [call] = pending.splice(i, 1);
      reply(call!);
      await settle();
    },
    async answerAll() {
      for (let round = 0; pending.length > 0; round++) {
        if (round > 1000) throw new Error('calls keep coming');
        reply(pending.shift()!);
        await settle();
      }
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    listening(event) {
      return (listeners.get(event)?.size ?? 0) > 0;
    },
  };
}

export function row(id: string, extra: Partial<QueueRow> = {}): QueueRow {
  return {
    id,
    subject: `Subject ${id}`,
    customerName: `Customer ${id}`,
    language: 'en',
    topic: 'withdrawal',
    status: 'open',
    priority: 'normal',
    security: false,
    assigneeId: null,
    dueAt: null,
    updatedAt: 0,
    escalatedAt: null,
    acknowledgedAt: null,
    pendingChanges: 0,
    ...extra,
  };
}

export function ticket(id: string, extra: Partial<Ticket> = {}): Ticket {
  return {
    id,
    subject: `Subject ${id}`,
    status: 'open',
    priority: 'normal',
    topic: 'withdrawal',
    language: 'en',
    customerId: `c-${id}`,
    assigneeId: null,
    tags: [],
    security: false,
    createdAt: 0,
    updatedAt: 0,
    firstResponseAt: null,
    lastCustomerMessageAt: 0,
    snoozedUntil: null,
    escalatedAt: null,
    acknowledgedAt: null,
    version: 1,
    ...extra,
  };
}

export function customerMessage(ticketId: string, id: string, body = 'Where is my withdrawal?'): TicketDetail['messages'][number] {
  const message: Message = { id, ticketId, authorType: 'customer', authorId: `c-${ticketId}`, kind: 'reply', body, createdAt: 0, clientKey: null };
  return { ...message, pending: false, segments: null };
}

export function detail(id: string, extra: Partial<TicketDetail> = {}, ticketExtra: Partial<Ticket> = {}): TicketDetail {
  return { ticket: ticket(id, ticketExtra), customer: null, messages: [customerMessage(id, `${id}-m1`)], outbox: [], draft: '', ...extra };
}

export function entry(id: number, ticketId: string, extra: Partial<OutboxEntry> = {}): OutboxEntry {
  // The failure's field is left out: these stores only pass it on.
  const base = { id, key: `k${id}`, ticketId, kind: 'update', summary: 'status → solved', state: 'pending', attempts: 0, createdAt: 0, deliveredAt: null } as const;
  return { ...base, ...extra } as OutboxEntry;
}
