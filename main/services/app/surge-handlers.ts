import type { CacheStore } from '../store/cache-store';
import { readsOn, type ReadPool } from '../workers/read-pool';
import type { ChannelHandlers } from './channel-handlers';

export interface SurgeHandlerDeps {
  cache: CacheStore;
  now: () => number;
  /** Where the counting runs: the read workers (the desk), or in-process when absent. */
  reads?: ReadPool;
}

/** The surge view's figures, counted from the local cache on every call (it polls while shown), off the main thread. */
export function createSurgeHandlers(deps: SurgeHandlerDeps): Pick<ChannelHandlers, 'surge.snapshot'> {
  const read = readsOn(deps.reads, deps.cache.db);
  return {
    'surge.snapshot': ({ windowMinutes }) => read({ kind: 'surge', now: deps.now(), windowMinutes }),
  };
}
