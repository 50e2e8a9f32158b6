import type { z } from 'zod';
import type { Ticket } from '../../../../preload/contract';
import { ConnectorError, type DeliveryReceipt, type OutboundMutation } from '../backend-connector';
import { ticketSchema } from '../wire-schemas';
import { isBackOfficePayload } from '../../domain/outbox-payload';
import type { ZendeskHttpClient } from './zendesk-http';
import { isUncertainFailure } from './zendesk-errors';
import { HOLD_TAG, SNOOZE_TAG_PREFIX, snoozeTag, toTicket, updatedStampOf, versionOf, type ZendeskMappingOptions } from './zendesk-mapping';
import { MARKER_FIELD, markerOf, markerValue } from './zendesk-markers';
import { planDelivery, type UpdateStep } from './zendesk-delivery-plan';
import type { ZendeskPageReader } from './zendesk-page-reader';
import { describeIssues, parseEnvelope, showTicketSchema, zendeskCommentSchema, zendeskUserSchema, type ZendeskTicket, type ZendeskUser } from './zendesk-wire';

interface CurrentTicket {
  raw: ZendeskTicket;
  ticket: Ticket;
  /** Marker values found on the ticket's comments. */
  markers: Set<string>;
}

export interface ZendeskDeliveryOptions {
  /** Sends of one step after a dropped connection or a 5xx, each preceded by a look for the marker. */
  maxUncertainRetries?: number;
  /** Times an unguarded step (comment, escalation) follows a ticket that keeps changing under it. */
  maxRebases?: number;
}

const REMEMBERED_STEPS = 2000;

/**
 * Delivers outbox entries as ticket updates, each applied at most once although Zendesk has no
 * idempotency key for updates. Two guards work together:
 *  - every update is sent with `safe_update` and the `updated_stamp` it was based on, so a second
 *    copy of an update that already landed is refused with 409 (the stamp moved) instead of
 *    posting its comment again;
 *  - every update carries a marker (outbox key + step) in its audit metadata, which Zendesk shows
 *    on the comment. After a 409, or before re-sending after an answer that never came, the
 *    ticket's comments are searched for the marker: found means "already delivered".
 * A guarded update (field changes) without a marker is recognised by its values instead: if the
 * ticket already holds exactly what the agent asked for, it landed; otherwise it is a conflict.
 * Zendesk's stamps have whole seconds, so the marker check is what covers two updates within
 * the same second.
 */
export class ZendeskDelivery {
  /** Steps whose last send ended without an answer: look for the marker before sending again. */
  private readonly uncertain = new Set<string>();
  /** Steps known to have landed, with the version after them, so a retried entry skips them. */
  private readonly landed = new Map<string, number>();

  constructor(
    private readonly http: ZendeskHttpClient,
    private readonly reader: ZendeskPageReader,
    private readonly mapping: ZendeskMappingOptions,
    private readonly options: ZendeskDeliveryOptions = {},
  ) {}

  async deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    const ticketId = Number(mutation.ticketId);
    if (!Number.isSafeInteger(ticketId) || ticketId <= 0) throw new ConnectorError('permanent', `"${mutation.ticketId}" is not a Zendesk ticket id`);
    if (isBackOfficePayload(mutation.payload)) throw new ConnectorError('permanent', `a ${mutation.payload.kind} entry goes to the back office, not Zendesk`);
    let version = mutation.baseVersion;
    for (const step of planDelivery(mutation.payload)) version = await this.deliverStep(ticketId, mutation.key, step, version);
    return { version };
  }

  private async deliverStep(ticketId: number, key: string, step: UpdateStep, baseVersion: number): Promise<number> {
    const marker = markerValue({ key, step: step.step });
    const known = this.landed.get(marker);
    if (known !== undefined) return known;
    let stamp = baseVersion;
    let uncertainRetries = 0;
    let rebases = 0;
    for (;;) {
      if (this.uncertain.has(marker)) {
        const current = await this.current(ticketId);
        if (current.markers.has(marker)) return this.land(marker, current.ticket.version);
        // Not there: send again on the same stamp; if the lost copy lands meanwhile, this one gets a 409.
      }
      try {
        const answer = await this.http.request('PUT', `/api/v2/tickets/${ticketId}.json`, { body: await this.bodyFor(ticketId, step, stamp, marker), repeatable: false });
        return this.land(marker, versionOf(parseEnvelope(showTicketSchema, answer, 'answer to a ticket update').ticket.updated_at));
      } catch (error) {
        if (isUncertainFailure(error)) {
          this.uncertain.add(marker);
          // A server that asked for a pause gets it from the outbox's backoff; a dropped connection is retried now.
          const pauseAsked = (error as ConnectorError).details.retryAfterMs !== undefined;
          if (!pauseAsked && uncertainRetries++ < (this.options.maxUncertainRetries ?? 2)) continue;
          throw error;
        }
        if (!(error instanceof ConnectorError) || error.kind !== 'conflict') throw error;
        const current = await this.current(ticketId);
        if (current.markers.has(marker)) return this.land(marker, current.ticket.version);
        if (step.guarded) {
          if (step.expect && holdsChanges(current.ticket, step)) return this.land(marker, current.ticket.version);
          throw new ConnectorError('conflict', `ticket ${ticketId} changed in Zendesk since the version this change was based on`, { status: 409, current: current.ticket });
        }
        if (rebases++ >= (this.options.maxRebases ?? 3)) throw new ConnectorError('temporary', `ticket ${ticketId} kept changing in Zendesk while the desk tried to update it`, { status: 409 });
        stamp = current.ticket.version;
      }
    }
  }

  private land(marker: string, version: number): number {
    this.uncertain.delete(marker);
    this.landed.set(marker, version);
    if (this.landed.size > REMEMBERED_STEPS) this.landed.delete(this.landed.keys().next().value!);
    return version;
  }

  private async bodyFor(ticketId: number, step: UpdateStep, stamp: number, marker: string): Promise<{ ticket: Record<string, unknown> }> {
    const fields = { ...step.fields };
    if (step.snoozedUntil !== undefined) {
      const tags = Array.isArray(fields.tags) ? (fields.tags as string[]) : null;
      const next = step.snoozedUntil === null ? [] : [snoozeTag(step.snoozedUntil)];
      if (tags) fields.tags = [...tags.filter((t) => !t.startsWith(SNOOZE_TAG_PREFIX)), ...next];
      else {
        const old = (await this.current(ticketId)).raw.tags.filter((t) => t.startsWith(SNOOZE_TAG_PREFIX) && !next.includes(t));
        if (old.length > 0) fields.remove_tags = old;
        if (next.length > 0) fields.additional_tags = next;
      }
    }
    return {
      ticket: {
        ...fields,
        ...(step.comment ? { comment: step.comment } : {}),
        safe_update: true,
        updated_stamp: updatedStampOf(stamp),
        metadata: { [MARKER_FIELD]: marker },
      },
    };
  }

  /** The ticket as Zendesk holds it now, mapped as a pull would, with the markers of its comments. */
  private async current(ticketId: number): Promise<CurrentTicket> {
    const shown = parseEnvelope(showTicketSchema, await this.http.request('GET', `/api/v2/tickets/${ticketId}.json`, { query: { include: 'users' }, repeatable: true }), `ticket ${ticketId}`);
    const thread = await this.reader.commentsOf(ticketId);
    // Unreadable comments and users are left out here, as a pull reports them anyway.
    const comments = validOnly(zendeskCommentSchema, thread.comments);
    const users = [...validOnly(zendeskUserSchema, shown.users), ...thread.users];
    const roles = new Map<number, ZendeskUser['role']>(users.map((u) => [u.id, u.role]));
    const mapped = ticketSchema.safeParse(toTicket(shown.ticket, users.find((u) => u.id === shown.ticket.requester_id), comments, roles, this.mapping));
    if (!mapped.success) throw new ConnectorError('invalid_payload', `Zendesk sent ticket ${ticketId} in a form the desk cannot use: ${describeIssues(mapped.error)}`);
    const markers = new Set<string>();
    for (const comment of comments) {
      const marker = markerOf(comment);
      if (marker) markers.add(markerValue(marker));
    }
    return { raw: shown.ticket, ticket: mapped.data, markers };
  }
}

function validOnly<T>(schema: z.ZodType<T>, items: readonly unknown[]): T[] {
  const valid: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
  }
  return valid;
}

/** Whether the ticket already holds every value a guarded update asked for. */
function holdsChanges(ticket: Ticket, step: UpdateStep): boolean {
  const changes = step.expect!;
  if (changes.status !== undefined && ticket.status !== changes.status) return false;
  if (changes.priority !== undefined && ticket.priority !== changes.priority) return false;
  if (changes.assigneeId !== undefined && ticket.assigneeId !== changes.assigneeId) return false;
  if (changes.snoozedUntil !== undefined) {
    const wanted = changes.snoozedUntil === null ? null : Math.ceil(changes.snoozedUntil / 1000) * 1000;
    if (ticket.snoozedUntil !== wanted) return false;
  }
  if (changes.tags !== undefined) {
    const plain = (tags: readonly string[]) => new Set(tags.filter((t) => t !== HOLD_TAG && !t.startsWith(SNOOZE_TAG_PREFIX)));
    const wanted = plain(changes.tags);
    const have = plain(ticket.tags);
    if (wanted.size !== have.size || [...wanted].some((t) => !have.has(t))) return false;
  }
  return true;
}
