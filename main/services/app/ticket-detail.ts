import type { Customer, TicketDetail, TextSegment } from '../../../preload/contract';
import type { PersonalField } from '../../../preload/contract/privacy-types';
import { addressesIn, segmentText } from '../domain/text-safety';
import { deescalationNoteText, escalationNoteText } from '../domain/escalation-text';
import type { OutboxPayload } from '../domain/outbox-payload';
import { toPublicEntry, type QueuedMutation } from '../store/outbox-repository';
import type { OutboxWriterDeps } from './outbox-writer';
import type { CustomerDataGuard } from './customer-data-guard';

/** Delivered entries stay in the ticket's outbox this long, so the agent sees that sending works. */
const DELIVERED_SHOWN_MS = 10 * 60_000;

/**
 * Segments only when there is something to point out; most messages travel as plain bodies.
 * Whatever its length, the part of a body that is shown is always checked (segmentText cuts it).
 */
function annotate(body: string, addresses: readonly string[]): TextSegment[] | null {
  const segments = segmentText(body, { addresses });
  return segments.length === 1 && segments[0]!.kind === 'text' ? null : segments;
}

/** The messages an outbox entry will add once delivered, keyed as the backend will key them. */
function localMessagesOf(key: string, p: OutboxPayload): Array<{ clientKey: string; kind: 'reply' | 'note'; body: string }> {
  switch (p.kind) {
    case 'reply':
    case 'note':
      return [{ clientKey: key, kind: p.kind, body: p.body }];
    case 'escalate':
      return [{ clientKey: key, kind: 'note', body: escalationNoteText(p) }, ...(p.holdingReply ? [{ clientKey: `${key}.reply`, kind: 'reply' as const, body: p.holdingReply.body }] : [])];
    case 'deescalate':
      return [{ clientKey: key, kind: 'note', body: deescalationNoteText(p.reason) }];
    default:
      return [];
  }
}

/** The agent's own words show at once, marked pending until the backend's copy arrives. */
function pendingMessages(ticketId: string, outbox: readonly QueuedMutation[], delivered: ReadonlySet<string>, addresses: readonly string[]): TicketDetail['messages'] {
  const out: TicketDetail['messages'] = [];
  for (const entry of outbox) {
    if (entry.state === 'failed' || entry.state === 'discarded') continue;
    for (const local of localMessagesOf(entry.key, entry.payload)) {
      if (delivered.has(local.clientKey)) continue;
      out.push({ id: `local-${local.clientKey}`, ticketId, authorType: 'agent', authorId: entry.payload.authorId, kind: local.kind, body: local.body, createdAt: entry.createdAt, clientKey: local.clientKey, pending: true, segments: annotate(local.body, addresses) });
    }
  }
  return out;
}

/** A ticket as the pane shows it: the backend's messages with the agent's pending ones after them, each annotated, and its outbox. */
export function ticketDetail(deps: Pick<OutboxWriterDeps, 'cache' | 'now' | 'sendingIds'> & { privacy?: CustomerDataGuard }, ticketId: string): TicketDetail | null {
  const { cache, now, privacy } = deps;
  const ticket = cache.tickets.get(ticketId);
  if (!ticket) return null;
  const outbox = cache.outbox.forTicket(ticketId);
  const stored = cache.tickets.messages(ticketId);
  const customer = cache.tickets.customer(ticket.customerId);
  // Addresses are compared across the whole conversation: poisoning imitates an earlier one.
  const addresses = addressesIn(stored.map((m) => m.body));
  const messages: TicketDetail['messages'] = stored.map((m) => ({ ...m, pending: false, segments: annotate(m.body, addresses) }));
  const delivered = new Set(messages.flatMap((m) => (m.clientKey ? [m.clientKey] : [])));
  messages.push(...pendingMessages(ticketId, outbox, delivered, addresses));
  const publicOutbox = outbox.filter((e) => e.state !== 'delivered' || now() - (e.deliveredAt ?? 0) < DELIVERED_SHOWN_MS).map((e) => toPublicEntry(e, deps.sendingIds()));
  const detail: TicketDetail = { ticket, customer, messages, outbox: publicOutbox, draft: cache.drafts.get(ticketId) };
  return privacy ? maskedDetail(detail, customer, addresses, privacy) : detail;
}

/**
 * The detail as this agent may see it: bodies masked before they are annotated (so a look-alike
 * mark or a hidden-character mark can only ever quote the masked text), the subject, the
 * customer line and the outbox summaries masked, and what is masked listed for the reveal key.
 * The draft is the agent's own typing and goes back as it is.
 */
function maskedDetail(detail: TicketDetail, customer: Customer | null, addresses: readonly string[], privacy: CustomerDataGuard): TicketDetail {
  const found = new Set<PersonalField>();
  const mask = (text: string): string => {
    const masked = privacy.text(text, customer);
    for (const f of masked.masked) found.add(f);
    return masked.text;
  };
  const messages = detail.messages.map((m) => {
    const body = mask(m.body);
    return body === m.body ? m : { ...m, body, segments: annotate(body, addresses) };
  });
  const ticket = { ...detail.ticket, subject: mask(detail.ticket.subject) };
  if (customer && privacy.hidden(customer.id)('email')) found.add('email');
  // The account panel's balances above the threshold are masked too: revealing them is offered with the rest.
  if (customer && privacy.hidden(customer.id)('balance')) found.add('balance');
  return {
    ...detail,
    ticket,
    customer: privacy.customer(customer),
    messages,
    outbox: detail.outbox.map((e) => ({ ...e, summary: mask(e.summary) })),
    privacy: privacy.privacy(customer?.id ?? null, found),
  };
}
