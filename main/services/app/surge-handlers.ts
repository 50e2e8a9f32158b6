import { computeSurgeSnapshot } from '../domain/surge-stats';
import type { CacheStore } from '../store/cache-store';
import { SurgeQueries } from '../store/surge-queries';
import type { ChannelHandlers } from './channel-handlers';

export interface SurgeHandlerDeps {
  cache: CacheStore;
  now: () => number;
}

/** The surge view's figures, counted from the local cache on every call (it polls while shown). */
export function createSurgeHandlers(deps: SurgeHandlerDeps): Pick<ChannelHandlers, 'surge.snapshot'> {
  const queries = new SurgeQueries(deps.cache.db);
  return {
    'surge.snapshot': ({ windowMinutes }) => computeSurgeSnapshot(queries.facts(deps.now(), windowMinutes)),
  };
}
