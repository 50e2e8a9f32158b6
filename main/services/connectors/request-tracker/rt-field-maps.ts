import type { Priority, TicketStatus } from '../../../../preload/contract';

/**
 * RT's default lifecycle beside the desk's statuses. RT has no "closed" after "resolved", so the
 * desk's closed is written as resolved (and reads back as solved); rejected and deleted read as closed.
 */
const STATUS_FROM_RT: Record<string, TicketStatus> = {
  new: 'new',
  open: 'open',
  stalled: 'pending',
  resolved: 'solved',
  rejected: 'closed',
  deleted: 'closed',
};

const STATUS_TO_RT: Record<TicketStatus, string> = {
  new: 'new',
  open: 'open',
  pending: 'stalled',
  solved: 'resolved',
  closed: 'resolved',
};

/** Statuses of custom lifecycles the desk does not know count as open work. */
export function statusFromRt(status: string): TicketStatus {
  return STATUS_FROM_RT[status.toLowerCase()] ?? 'open';
}

export function statusToRt(status: TicketStatus): string {
  return STATUS_TO_RT[status];
}

export function isInactiveRtStatus(status: string): boolean {
  return ['resolved', 'rejected', 'deleted'].includes(status.toLowerCase());
}

/** RT priorities are numbers (0–100 by default, shown as Low/Medium/High); the desk has four steps. */
const PRIORITY_TO_RT: Record<Priority, number> = { low: 0, normal: 50, high: 75, urgent: 100 };

export function priorityToRt(priority: Priority): number {
  return PRIORITY_TO_RT[priority];
}

export function priorityFromRt(value: number): Priority {
  if (!Number.isFinite(value) || value < 25) return 'low';
  if (value < 63) return 'normal';
  if (value < 88) return 'high';
  return 'urgent';
}

/** Escalations go in at the top of RT's scale. */
export const TOP_PRIORITY = PRIORITY_TO_RT.urgent;
