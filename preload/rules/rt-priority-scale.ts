// Request Tracker's priority scale, shared by the connector (main) and the settings view (renderer):
// RT's priority is a plain number on a scale each RT chooses (stock RT 5: 0–100, named Low 0,
// Medium 50, High 100); the desk has four steps. A scale gives the RT number the desk writes for
// each step, ascending. Pure; imports nothing.

export interface RtPriorityScale {
  low: number;
  normal: number;
  high: number;
  urgent: number;
}

/** What the desk has always written: 0, 50, 75 and 100 on RT's stock 0–100 scale. */
export const DEFAULT_RT_PRIORITIES: RtPriorityScale = { low: 0, normal: 50, high: 75, urgent: 100 };

/** Why a written scale is not one: not four whole numbers, or not each above the one before. */
export type RtPriorityScaleProblem = 'format' | 'order';

/** "0,50,75,100" (low, normal, high, urgent) → the scale, or what is wrong with the text. */
export function readRtPriorityScale(text: string): { scale: RtPriorityScale } | { problem: RtPriorityScaleProblem } {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 4 || parts.some((part) => !/^-?\d{1,9}$/.test(part))) return { problem: 'format' };
  const [low, normal, high, urgent] = parts.map(Number) as [number, number, number, number];
  if (!(low < normal && normal < high && high < urgent)) return { problem: 'order' };
  return { scale: { low, normal, high, urgent } };
}

export function formatRtPriorityScale(scale: RtPriorityScale): string {
  return [scale.low, scale.normal, scale.high, scale.urgent].join(',');
}
