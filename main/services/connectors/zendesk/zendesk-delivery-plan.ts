import type { TicketChanges } from '../../domain/ticket-changes';
import type { OutboxPayload } from '../../domain/outbox-payload';
import { HOLD_TAG, HOLD_WITHDRAWALS_TAG, SECURITY_TAG } from './zendesk-mapping';
import type { DeliveryStep } from './zendesk-markers';

/** One `PUT /api/v2/tickets/{id}` of an outbox entry. */
export interface UpdateStep {
  step: DeliveryStep;
  /** Ticket fields to write (status, priority, assignee_id, tags, additional_tags, remove_tags). */
  fields: Record<string, unknown>;
  comment: { body: string; public: boolean; author_id?: number } | null;
  /**
   * A guarded step was decided against the version the agent saw: if the ticket changed since,
   * the agent decides (conflict). Other steps say what to do whatever the ticket holds now
   * (post a comment, escalate), so they are re-sent against the current version instead.
   */
  guarded: boolean;
  /** For a guarded update: the values the agent asked for, to recognise them once they landed. */
  expect?: TicketChanges;
  /** Snoozing is a tag (see mapping); without a tag list to fold it into, the current tags are needed. */
  snoozedUntil?: number | null;
}

const REASONS: Record<string, string> = {
  account_takeover: 'account takeover',
  unauthorized_withdrawal: 'unauthorized withdrawal',
  phishing_victim: 'phishing victim',
  sim_swap: 'SIM swap',
  suspicious_login: 'suspicious login',
  other: 'other',
};

/** Agent ids are Zendesk user ids; anything else leaves the author to the token's owner. */
function authorOf(authorId: string): { author_id?: number } {
  const id = Number(authorId);
  return /^\d+$/.test(authorId) && Number.isSafeInteger(id) ? { author_id: id } : {};
}

function updateFields(changes: TicketChanges): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (changes.status !== undefined) fields.status = changes.status;
  if (changes.priority !== undefined) fields.priority = changes.priority;
  if (changes.assigneeId !== undefined) fields.assignee_id = changes.assigneeId === null ? null : Number(changes.assigneeId);
  // The whole list, as the agent saw it at the base version (safe_update makes that hold); the hold marker is ours, not Zendesk's.
  if (changes.tags !== undefined) fields.tags = [...new Set(changes.tags.filter((t) => t !== HOLD_TAG))];
  return fields;
}

/**
 * The Zendesk updates that carry out one outbox entry. Zendesk takes one comment per update, so
 * an escalation with a holding reply is two updates: first the internal part (urgent, tags, the
 * note with the reason), then the public reply. Each is marked, so a retry skips what landed.
 */
export function planDelivery(payload: OutboxPayload): UpdateStep[] {
  const author = authorOf(payload.authorId);
  switch (payload.kind) {
    case 'reply':
    case 'note':
      return [{ step: payload.kind, fields: {}, comment: { body: payload.body, public: payload.kind === 'reply', ...author }, guarded: false }];
    case 'update':
      return [
        {
          step: 'update',
          fields: updateFields(payload.changes),
          comment: null,
          guarded: true,
          expect: payload.changes,
          ...(payload.changes.snoozedUntil !== undefined ? { snoozedUntil: payload.changes.snoozedUntil } : {}),
        },
      ];
    case 'escalate': {
      const lines = [`Escalated to the security desk. Reason: ${REASONS[payload.reason] ?? payload.reason}.`];
      if (payload.holdWithdrawals) lines.push('Withdrawals hold requested.');
      if (payload.note.trim().length > 0) lines.push('', payload.note);
      const steps: UpdateStep[] = [
        {
          step: 'escalate',
          fields: { priority: 'urgent', additional_tags: payload.holdWithdrawals ? [SECURITY_TAG, HOLD_WITHDRAWALS_TAG] : [SECURITY_TAG] },
          comment: { body: lines.join('\n'), public: false, ...author },
          guarded: false,
        },
      ];
      if (payload.holdingReply) steps.push({ step: 'holding_reply', fields: {}, comment: { body: payload.holdingReply.body, public: true, ...author }, guarded: false });
      return steps;
    }
    case 'acknowledge':
      return [
        {
          step: 'acknowledge',
          fields: payload.claim && author.author_id !== undefined ? { assignee_id: author.author_id } : {},
          comment: { body: payload.claim ? 'Claimed by the security desk.' : 'Escalation acknowledged by the security desk.', public: false, ...author },
          guarded: false,
        },
      ];
    case 'deescalate':
      return [
        {
          step: 'deescalate',
          // Withdrawals stay on hold: lifting that is a decision of its own.
          fields: { priority: 'high', remove_tags: [SECURITY_TAG] },
          comment: { body: `Sent back to the regular queue by the security desk. Reason: ${payload.reason}`, public: false, ...author },
          guarded: false,
        },
      ];
    // Protective actions are the back office's (back-office/protective-delivery.ts routes them there; the delivery refuses them).
    case 'protect':
    case 'request_undo':
    case 'approve_undo':
      return [];
  }
}
