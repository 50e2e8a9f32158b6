import type { Agent } from '../../../preload/contract';
import type { CacheStore } from '../store/cache-store';
import { readsOn, type ReadPool } from '../workers/read-pool';
import type { ChannelHandlers } from './channel-handlers';

export interface ReportHandlerDeps {
  cache: CacheStore;
  now: () => number;
  agent: () => Agent;
  /** Where the report is computed: the read workers (the desk), or in-process when absent. */
  reads?: ReadPool;
}

/**
 * Local reports (`reports.get`, `reports.csv`) for the signed-in agent ('me') or everyone in the
 * cache ('team'), computed off the main thread (workers/report-read.ts): main only says who asks.
 */
export function createReportHandlers(deps: ReportHandlerDeps): Pick<ChannelHandlers, 'reports.get' | 'reports.csv'> {
  const read = readsOn(deps.reads, deps.cache.db);
  const agentIdOf = (scope: 'me' | 'team'): string | null => (scope === 'me' ? deps.agent().id : null);
  return {
    'reports.get': (request) => read({ kind: 'report', request, agentId: agentIdOf(request.scope), now: deps.now() }),
    'reports.csv': ({ report: request, part }) => read({ kind: 'reportCsv', request, agentId: agentIdOf(request.scope), part }),
  };
}
