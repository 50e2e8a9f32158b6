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

/**
 * RT priorities are plain numbers on a scale each RT chooses (stock RT 5: 0–100, named Low 0,
 * Medium 50, High 100); the desk has four steps. The scale says which RT number the desk writes
 * for each step, ascending; a number read from RT is the step whose number is nearest (a tie goes
 * to the higher step), so anything below `low` is low and anything above `urgent` is urgent.
 */
export interface RtPriorityScale {
  low: number;
  normal: number;
  high: number;
  urgent: number;
}

const STEPS = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];

/** What the desk has always written: 0, 50, 75 and 100 on RT's stock 0–100 scale. */
export const DEFAULT_RT_PRIORITIES: RtPriorityScale = { low: 0, normal: 50, high: 75, urgent: 100 };

/** "0,25,50,75" (low, normal, high, urgent: whole numbers, each above the one before) → a scale, or a sentence saying what is wrong. */
export function parseRtPriorityScale(text: string): RtPriorityScale | string {
  const parts = text.split(',').map((part) => part.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 4 || parts.some((part) => !/^-?\d{1,9}$/.test(part))) return `four whole numbers for low, normal, high and urgent, e.g. 0,50,75,100; got "${text}"`;
  if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) return `the numbers for low, normal, high and urgent must each be above the one before; got "${text}"`;
  const [low, normal, high, urgent] = numbers as [number, number, number, number];
  return { low, normal, high, urgent };
}

export function formatRtPriorityScale(scale: RtPriorityScale): string {
  return STEPS.map((step) => scale[step]).join(',');
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
