import type { Customer, Message } from '../../../preload/contract/domain-types';
import { translate, useT } from '../i18n';
import { useSessionStore } from '../stores/session-store';

/** Who wrote a message, as the conversation and the collision warning name them. */
export function authorLabel(m: Pick<Message, 'authorType' | 'authorId'>, customer: Customer | null, agentName: (id: string) => string): string {
  if (m.authorType === 'customer') return customer?.name ?? translate('app.author.customer');
  if (m.authorType === 'system') return translate('app.author.system');
  return agentName(m.authorId);
}

/** Agent id → display name, with "(you)" so the agent tells their own messages apart. */
export function useAgentName(): (id: string) => string {
  const t = useT();
  const agentsById = useSessionStore((s) => s.agentsById);
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  return (id) => {
    const name = agentsById.get(id)?.name ?? id;
    return id === myId ? t('app.author.you', { name }) : name;
  };
}
