import type { Priority, TicketStatus } from '../../../../preload/contract';
import { DEFAULT_RT_PRIORITIES, readRtPriorityScale, type RtPriorityScale } from '../../../../preload/rules/rt-priority-scale';

export { DEFAULT_RT_PRIORITIES, formatRtPriorityScale, type RtPriorityScale } from '../../../../preload/rules/rt-priority-scale';

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

/**
 * RT priorities are plain numbers on the scale this RT uses (preload/rules/rt-priority-scale.ts):
 * the desk writes each step's number, and reads a number as the step whose number is nearest (a tie
 * goes to the higher step), so anything below `low` is low and anything above `urgent` is urgent.
 */
const STEPS = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];

/** "0,25,50,75" → a scale, or a sentence saying what is wrong (for the command line). */
export function parseRtPriorityScale(text: string): RtPriorityScale | string {
  const read = readRtPriorityScale(text);
  if ('scale' in read) return read.scale;
  return read.problem === 'format'
    ? `four whole numbers for low, normal, high and urgent, e.g. 0,50,75,100; got "${text}"`
    : `the numbers for low, normal, high and urgent must each be above the one before; got "${text}"`;
}

export function priorityToRt(priority: Priority, scale: RtPriorityScale = DEFAULT_RT_PRIORITIES): number {
  return scale[priority];
}

export function priorityFromRt(value: number, scale: RtPriorityScale = DEFAULT_RT_PRIORITIES): Priority {
  if (!Number.isFinite(value)) return 'low';
  let step: Priority = 'low';
  // Up to the midpoint between two steps is the lower one; from it on, the higher.
  for (let i = 1; i < STEPS.length; i += 1) {
    if (value >= (scale[STEPS[i - 1]!] + scale[STEPS[i]!]) / 2) step = STEPS[i]!;
  }
  return step;
}
