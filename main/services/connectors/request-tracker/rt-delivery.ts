import type { TicketChanges } from '../../domain/ticket-changes';
import { deescalationNoteText, escalationNoteText } from '../../domain/escalation-text';
import type { AcknowledgePayload, DeescalatePayload, EscalatePayload } from '../../domain/outbox-payload';
import { ConnectorError, type DeliveryReceipt, type OutboundMutation } from '../backend-connector';
import { isInactiveRtStatus, priorityFromRt, priorityToRt, statusToRt } from './rt-field-maps';
import type { RtHttpClient } from './rt-http-client';
import type { RtIdentity } from './rt-identity';
import { isMarkableKey, markerNeedle, toMarkedHtml, type MarkedAction } from './rt-message-format';
import type { ResolvedRequestTrackerOptions } from './rt-options';
import { isSecurityQueue, userKey } from './rt-ticket-mapper';
import type { RtTicketReader } from './rt-ticket-reader';
import { isRtTicketId } from './rt-ticketsql';
import { msToRtDate, parseRt, rtCollectionSchema, rtDateToMs, rtResultMessagesSchema, type RtTicket } from './rt-wire';

type MessageType = 'correspond' | 'comment';

/**
 * Applies outbox entries to RT. RT has no idempotency keys, so every step is made safe to repeat:
 * messages carry the outbox key as a hidden marker and are only sent when no transaction of the
 * ticket holds it yet; ticket fields are written as absolute values; and a field update that RT
 * refuses for a stale version counts as delivered only when the newer transactions are our own
 * and the ticket already holds what was asked.
 */
export class RtDelivery {
  constructor(
    private readonly http: RtHttpClient,
    private readonly reader: RtTicketReader,
    private readonly options: ResolvedRequestTrackerOptions,
    private readonly identity: RtIdentity,
  ) {}

  async deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    const { ticketId, key, payload } = mutation;
    if (!isRtTicketId(ticketId)) throw new ConnectorError('permanent', `"${ticketId.slice(0, 64)}" is not a Request Tracker ticket id`);
    if (!isMarkableKey(key) || !isMarkableKey(`${key}.reply`)) throw new ConnectorError('permanent', `outbox key "${key.slice(0, 64)}" cannot be carried to Request Tracker`);
    switch (payload.kind) {
      case 'reply':
        await this.ensureMessage(ticketId, 'correspond', key, payload.body);
        break;
      case 'note':
        await this.ensureMessage(ticketId, 'comment', key, payload.body);
        break;
      case 'update':
        return this.update(ticketId, mutation.baseVersion, payload.changes);
      case 'escalate':
        await this.escalate(ticketId, key, payload);
        break;
      case 'acknowledge':
        await this.acknowledge(ticketId, key, payload);
        break;
      case 'deescalate':
        await this.deescalate(ticketId, key, payload);
        break;
      // Protective actions are the back office's (back-office/protective-delivery.ts routes them there).
      case 'protect':
      case 'request_undo':
      case 'approve_undo':
        throw new ConnectorError('permanent', `a ${payload.kind} entry goes to the back office, not Request Tracker`);
    }
    return { version: await this.currentVersion(ticketId) };
  }

  /** Sends a reply or comment unless a transaction of the ticket already carries its marker. */
  private async ensureMessage(ticketId: string, type: MessageType, key: string, text: string, action: MarkedAction | null = null): Promise<void> {
    if (await this.hasMarker(ticketId, key)) return;
    await this.http.request('POST', `/ticket/${ticketId}/${type}`, { json: { Content: toMarkedHtml(text, key, action), ContentType: 'text/html' } });
  }

  async hasMarker(ticketId: string, key: string): Promise<boolean> {
    const { json } = await this.http.request('POST', `/ticket/${ticketId}/attachments`, {
      query: { fields: 'TransactionId', per_page: 20 },
      json: [{ field: 'Content', operator: 'LIKE', value: markerNeedle(key) }],
    });
    return parseRt(rtCollectionSchema, json, 'attachment search answer').items.length > 0;
  }

  private async update(ticketId: string, baseVersion: number, changes: TicketChanges): Promise<DeliveryReceipt> {
    const fields = this.fieldsFor(changes);
    if (Object.keys(fields).length === 0) return { version: await this.currentVersion(ticketId) };
    // RT's ETag for a ticket is its last transaction id, i.e. the version: If-Match makes RT refuse stale writes itself.
    const answer = await this.http.request('PUT', `/ticket/${ticketId}`, { json: fields, headers: { 'if-match': `"${baseVersion}"` }, accept: [412] });
    const { ticket, etag } = await this.reader.fetchTicket(ticketId);
    if (answer.status === 412) {
      if (this.holds(ticket, changes) && (await this.onlyOwnChangesSince(ticketId, baseVersion))) return { version: etag ?? (await this.currentVersion(ticketId)) };
      const current = (await this.reader.load([ticket])).mapped.get(ticketId);
      throw new ConnectorError('conflict', `ticket ${ticketId} was changed in Request Tracker (now version ${etag ?? '?'}, the change was based on ${baseVersion})`, { status: 412, ...(current ? { current } : {}) });
    }
    if (!this.holds(ticket, changes)) {
      const said = rtResultMessagesSchema.parse(answer.json).join('; ');
      throw new ConnectorError('permanent', `Request Tracker did not apply the change to ticket ${ticketId}${said ? `: ${said.slice(0, 500)}` : ''}`);
    }
    return { version: etag ?? (await this.currentVersion(ticketId)) };
  }

  private fieldsFor(changes: TicketChanges): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    if (changes.status !== undefined) fields.Status = statusToRt(changes.status);
    if (changes.priority !== undefined) fields.Priority = priorityToRt(changes.priority, this.options.priorities);
    if (changes.assigneeId !== undefined) fields.Owner = changes.assigneeId ?? 'Nobody';
    if (changes.snoozedUntil !== undefined) fields.Starts = msToRtDate(changes.snoozedUntil);
    // "security" is read from the queue, never stored as a tag.
    if (changes.tags !== undefined) fields.CustomFields = { [this.options.tagsField]: ownTags(changes.tags) };
    return fields;
  }

  /** Whether the ticket already holds every value the change asks for. */
  private holds(ticket: RtTicket, changes: TicketChanges): boolean {
    if (changes.status !== undefined && ticket.Status.toLowerCase() !== statusToRt(changes.status)) return false;
    if (changes.priority !== undefined && priorityFromRt(ticket.Priority, this.options.priorities) !== changes.priority) return false;
    if (changes.assigneeId !== undefined) {
      const owner = ticket.Owner === null || ticket.Owner === 'Nobody' ? null : userKey(ticket.Owner);
      if (owner !== changes.assigneeId) return false;
    }
    if (changes.snoozedUntil !== undefined) {
      const starts = rtDateToMs(ticket.Starts);
      const second = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));
      if (second(starts) !== second(changes.snoozedUntil)) return false;
    }
    if (changes.tags !== undefined) {
      const field = ticket.CustomFields.find((cf) => cf.name.toLowerCase() === this.options.tagsField.toLowerCase());
      // Without the tags field in RT, tags cannot be stored; that alone is no reason to fail the change.
      if (field && !sameSet(ownTags(field.values), ownTags(changes.tags))) return false;
    }
    return true;
  }

  /** True when every transaction after `baseVersion` was made by this token's user (or by RT itself, e.g. scrips). */
  private async onlyOwnChangesSince(ticketId: string, baseVersion: number): Promise<boolean> {
    const me = await this.identity.userName();
    if (me === null) return false;
    const newer = (await this.reader.transactionsOf([ticketId], new Map([[ticketId, baseVersion]]))).get(ticketId) ?? [];
    return newer.every((t) => t.Creator === me || t.Creator === 'RT_System');
  }

  /** Note (and holding reply) first, while the agent surely may still write to the ticket; then the move. */
  private async escalate(ticketId: string, key: string, p: EscalatePayload): Promise<void> {
    await this.ensureMessage(ticketId, 'comment', key, escalationNoteText(p), 'escalate');
    if (p.holdingReply) await this.ensureMessage(ticketId, 'correspond', `${key}.reply`, p.holdingReply.body);
    const { ticket } = await this.reader.fetchTicket(ticketId);
    const fields: Record<string, unknown> = {};
    if (!isSecurityQueue(ticket, await this.securityContext())) fields.Queue = this.options.securityQueue;
    // Escalations go in at the scale's urgent number (or stay where RT already has them higher).
    if (!(ticket.Priority >= this.options.priorities.urgent)) fields.Priority = this.options.priorities.urgent;
    if (ticket.Status.toLowerCase() === 'new' || isInactiveRtStatus(ticket.Status)) fields.Status = 'open';
    if (rtDateToMs(ticket.Starts) !== null) fields.Starts = msToRtDate(null);
    if (p.holdWithdrawals) {
      const tags = ticket.CustomFields.find((cf) => cf.name.toLowerCase() === this.options.tagsField.toLowerCase())?.values ?? [];
      if (!tags.includes('withdrawals_hold')) fields.CustomFields = { [this.options.tagsField]: [...ownTags(tags), 'withdrawals_hold'] };
    }
    if (Object.keys(fields).length > 0) await this.writeFields(ticketId, fields, async (t) => isSecurityQueue(t, await this.securityContext()), 'move it to the security queue');
  }

  private async acknowledge(ticketId: string, key: string, p: AcknowledgePayload): Promise<void> {
    const text = p.claim ? `Claimed for the security desk by ${p.authorId}.` : `Escalation acknowledged by ${p.authorId}.`;
    await this.ensureMessage(ticketId, 'comment', key, text, p.claim ? 'claim' : 'acknowledge');
    if (!p.claim) return;
    const { ticket } = await this.reader.fetchTicket(ticketId);
    const ownedByAuthor = (t: RtTicket) => t.Owner !== null && userKey(t.Owner) === p.authorId;
    if (!ownedByAuthor(ticket)) await this.writeFields(ticketId, { Owner: p.authorId }, ownedByAuthor, `make ${p.authorId} its owner`);
  }

  /** Back to the queue the case came from (RT's history says), or the default queue. */
  private async deescalate(ticketId: string, key: string, p: DeescalatePayload): Promise<void> {
    await this.ensureMessage(ticketId, 'comment', key, deescalationNoteText(p.reason), 'deescalate');
    const { ticket } = await this.reader.fetchTicket(ticketId);
    const securityQueueId = await this.reader.resolveSecurityQueueId();
    if (!isSecurityQueue(ticket, { options: this.options, securityQueueId })) return;
    const moves = (await this.reader.transactionsOf([ticketId])).get(ticketId)?.filter((t) => t.Type === 'Set' && t.Field === 'Queue' && t.NewValue === securityQueueId) ?? [];
    const origin = moves.at(-1)?.OldValue;
    const target = origin && origin !== securityQueueId ? Number(origin) : this.options.defaultQueue;
    await this.writeFields(ticketId, { Queue: target, Priority: priorityToRt('high', this.options.priorities) }, async (t) => !isSecurityQueue(t, await this.securityContext()), 'move it out of the security queue');
  }

  /** REST2 answers 200 even when RT refused a field (rights, lifecycle), so the result is read back. */
  private async writeFields(ticketId: string, fields: Record<string, unknown>, applied: (ticket: RtTicket) => boolean | Promise<boolean>, what: string): Promise<void> {
    const answer = await this.http.request('PUT', `/ticket/${ticketId}`, { json: fields });
    const { ticket } = await this.reader.fetchTicket(ticketId);
    if (await applied(ticket)) return;
    const said = rtResultMessagesSchema.parse(answer.json).join('; ');
    throw new ConnectorError('permanent', `Request Tracker did not ${what} (ticket ${ticketId})${said ? `: ${said.slice(0, 500)}` : ''}`);
  }

  private async securityContext(): Promise<{ options: ResolvedRequestTrackerOptions; securityQueueId: string | null }> {
    return { options: this.options, securityQueueId: await this.reader.resolveSecurityQueueId() };
  }

  private async currentVersion(ticketId: string): Promise<number> {
    const { etag } = await this.reader.fetchTicket(ticketId);
    if (etag !== null) return etag;
    const transactions = (await this.reader.transactionsOf([ticketId])).get(ticketId) ?? [];
    return transactions.reduce((max, t) => Math.max(max, Number(t.id)), 0);
  }
}

function ownTags(tags: readonly string[]): string[] {
  return [...new Set(tags.filter((t) => t !== 'security'))];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
