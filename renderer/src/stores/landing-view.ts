import type { AgentRole } from '../../../preload/contract/domain-types';
import type { QueueView } from '../../../preload/contract/queue-types';
import { call } from '../bridge';

/**
 * The view an agent lands on: their own work, not a wall of cases they may not solve. A security
 * agent lands on the security lane; a frontline agent on their own tickets, or, with none, on the
 * unassigned tickets in their languages and domains. Anything else keeps "All".
 */
export function landingView(role: AgentRole | null, mineCount: number | null): QueueView {
  if (role === 'security') return 'security';
  if (role === 'frontline') return mineCount !== null && mineCount > 0 ? 'mine' : 'unassigned';
  return 'all';
}

/** Reads how many tickets are the agent's own; "All" when the desk cannot tell yet. */
export async function chooseLandingView(role: AgentRole | null): Promise<QueueView> {
  if (role !== 'frontline') return landingView(role, null);
  try {
    const page = await call('queue.page', { view: 'mine', offset: 0, limit: 1 });
    return landingView(role, page.total);
  } catch {
    return landingView(role, null);
  }
}
