import { MAX_BULK_TICKETS, type Agent } from '../../../preload/contract';
import { suggestIncidentMacro } from '../domain/incident-macro';
import { TopicGroupQueries } from '../store/topic-group-queries';
import { readsOn, type ReadPool } from '../workers/read-pool';
import type { ChannelHandlers } from './channel-handlers';
import type { OutboxWriterDeps } from './outbox-writer';

export interface TopicGroupHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
  /** Where the groups are counted: the read workers (the desk), or in-process when absent. */
  reads?: ReadPool;
}

/** The queue grouped by topic: groups with their suggested incident reply, and a group's tickets. */
export function createTopicGroupHandlers(deps: TopicGroupHandlerDeps): Pick<ChannelHandlers, 'queue.topicGroups' | 'queue.topicTickets' | 'queue.topicPage'> {
  const { cache, now } = deps;
  const queries = new TopicGroupQueries(cache.db, cache.tickets);
  const read = readsOn(deps.reads, cache.db);

  return {
    // Counting a whole view is a worker's; suggesting each group's reply (a few macros) stays here.
    'queue.topicGroups': async ({ view }) => {
      const agent = deps.agent();
      const groups = await read({ kind: 'topicGroups', view, agent, now: now() });
      const macros = cache.macros.list(agent.id);
      return { groups: groups.map((group) => ({ ...group, suggestedMacroId: suggestIncidentMacro(macros, group.topic)?.id ?? null })) };
    },

    'queue.topicTickets': ({ view, topic }) => ({ ticketIds: queries.ticketIds(view, deps.agent(), topic, MAX_BULK_TICKETS, now()) }),

    'queue.topicPage': ({ view, topic, offset, limit }) => {
      const agent = deps.agent();
      const at = now();
      return { view, offset, total: queries.count(view, agent, topic, at), rows: queries.page(view, agent, topic, offset, limit, at) };
    },
  };
}
