import type { AgentRole, Ticket } from '../../../preload/contract';
import type { TicketChanges } from './ticket-changes';

/** The tag that puts a ticket on the quality reviewers' list. */
export const QUALITY_REVIEW_TAG = 'quality_review';

/** Whose words get a second look: executives who jump in during a crisis write without the desk's training. */
export function needsQualityReview(role: AgentRole): boolean {
  return role === 'executive';
}

/**
 * The ticket changes to queue with a reply or note: the given ones, plus the review tag when the
 * sender's words need review. The tag list is whole (not a toggle), built on the changes' own
 * tags if they set any, else the ticket's, so it never drops a tag a macro just added.
 */
export function withQualityReview(role: AgentRole, ticket: Pick<Ticket, 'tags'>, changes: TicketChanges): TicketChanges {
  if (!needsQualityReview(role)) return changes;
  const tags = changes.tags ?? ticket.tags;
  if (tags.includes(QUALITY_REVIEW_TAG)) return changes;
  return { ...changes, tags: [...tags, QUALITY_REVIEW_TAG] };
}
