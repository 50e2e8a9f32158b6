import type { Customer, Message } from '../../../preload/contract/domain-types';
import { useSessionStore } from '../stores/session-store';

/** Who wrote a message, as the conversation and the collision warning name them. */
export function authorLabel(m: Pick<Message, 'authorType' | 'authorId'>, customer: Customer | null, agentName: (id: string) => string): string {
  if (m.authorType === 'customer') return customer?.name ?? 'Customer';
  if (m.authorType === 'system') return 'System';
  return agentName(m.authorId);
}

/** Agent id → display name, with "(you)" so the agent tells their own messages apart. */
export function useAgentName(): (id: string) => string {
  const agentsById = useSessionStore((s) => s.agentsById);
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  return (id) => {
    const name = agentsById.get(id)?.name ?? id;
    return id === myId ? `${name} (you)` : name;
  };
}
