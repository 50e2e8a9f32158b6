import type { Agent, ChannelName, EventName, EventPayloads, OutboxEntry } from '../../../preload/contract';
import type { AccountFactsResult } from '../../../preload/contract/account-types';
import type { CacheStore } from '../store/cache-store';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import type { CustomerDataGuard } from './customer-data-guard';

type Masker = (value: never, input: never) => unknown;

const withEntry = (guard: CustomerDataGuard) => (v: { entry: OutboxEntry | null }) => ({ ...v, entry: v.entry ? guard.entry(v.entry) : null });
const withEntries = (guard: CustomerDataGuard) => (v: { entries: OutboxEntry[] }) => ({ ...v, entries: v.entries.map((e) => guard.entry(e)) });

/**
 * The one place customer data leaves main: every channel whose answer carries customer-written
 * text or identifiers is masked here for this agent (ticket.get masks inside ticketDetail, before
 * its bodies are annotated). A channel not listed carries no customer data (counts, settings,
 * agents, macros); tests/unit/privacy/bridge-masking.test.ts walks the channels through dispatch.
 */
export function maskedResults(handlers: ChannelHandlers, deps: { guard: CustomerDataGuard; cache: CacheStore; agent: () => Agent }): ChannelHandlers {
  const { guard, cache } = deps;
  const customerOf = (ticketId: string) => {
    const ticket = cache.tickets.get(ticketId);
    return ticket ? cache.tickets.customer(ticket.customerId) : null;
  };
  const maskers: Partial<Record<ChannelName, Masker>> = {
    'queue.page': (v: Parameters<CustomerDataGuard['page']>[0]) => guard.page(v),
    'queue.topicPage': (v: Parameters<CustomerDataGuard['page']>[0]) => guard.page(v),
    'search.query': (v: Parameters<CustomerDataGuard['search']>[0]) => guard.search(v),
    'ticket.customerTickets': (v: { tickets: Parameters<CustomerDataGuard['row']>[0][] }) => ({ tickets: v.tickets.map((r) => guard.row(r)) }),
    'ticket.reply': (v: { entry: OutboxEntry | null; actionsEntry: OutboxEntry | null; collision: Parameters<CustomerDataGuard['messages']>[0] }, input: { ticketId: string }) => ({
      ...v,
      entry: v.entry ? guard.entry(v.entry) : null,
      actionsEntry: v.actionsEntry ? guard.entry(v.actionsEntry) : null,
      collision: guard.messages(v.collision, customerOf(input.ticketId)),
    }),
    'ticket.takeNext': withEntry(guard),
    'ticket.update': withEntry(guard),
    'ticket.escalate': withEntry(guard),
    'ticket.acknowledge': withEntry(guard),
    'ticket.deescalate': withEntry(guard),
    'outbox.retry': withEntry(guard),
    'outbox.discard': withEntry(guard),
    'outbox.failed': withEntries(guard),
    'ticket.bulkUpdate': withEntries(guard),
    'macro.applyBulk': withEntries(guard),
    'audit.export': (v: { content: string }) => ({ ...v, content: guard.plain(v.content) }),
    'account.facts': (v: AccountFactsResult, input: { ticketId: string }) =>
      v.kind === 'found' && v.facts ? { ...v, facts: guard.accountFacts(v.facts, cache.tickets.get(input.ticketId)?.customerId ?? null) } : v,
  };
  const wrapped = { ...handlers } as Record<ChannelName, (input: unknown) => unknown>;
  for (const [channel, mask] of Object.entries(maskers) as Array<[ChannelName, Masker]>) {
    const handler = handlers[channel] as (input: unknown) => unknown;
    wrapped[channel] = async (input: unknown) => (mask as (v: unknown, i: unknown) => unknown)(await handler(input), input);
  }
  // CSV exports of customer data are for the security desk only.
  const exportAudit = wrapped['audit.export'];
  wrapped['audit.export'] = (input: unknown) => {
    if ((input as { format: string }).format === 'csv' && deps.agent().role !== 'security') throw new HandlerError('forbidden', 'CSV exports of customer data need the security role');
    return exportAudit(input);
  };
  return wrapped as ChannelHandlers;
}

/** Events carry customer data too: new escalations (subject, name) and outbox summaries. */
export function maskedEvent<E extends EventName>(guard: CustomerDataGuard, event: E, payload: EventPayloads[E]): EventPayloads[E] {
  if (event === 'escalation.arrived') {
    const p = payload as EventPayloads['escalation.arrived'];
    return { tickets: p.tickets.map((n) => guard.notice(n)) } as EventPayloads[E];
  }
  if (event === 'outbox.changed') {
    const p = payload as EventPayloads['outbox.changed'];
    return { entries: p.entries.map((e) => guard.entry(e)) } as EventPayloads[E];
  }
  return payload;
}
