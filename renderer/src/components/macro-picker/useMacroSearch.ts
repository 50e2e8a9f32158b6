import Fuse from 'fuse.js';
import { useMemo } from 'react';
import type { MacroSummary } from '../../../../preload/contract/macro-types';

const MAX_RESULTS = 30;

/**
 * Title counts most, then keywords (in several languages), then the text of the bodies. The
 * macro the picker opened on (a group's incident reply, a favourite) is always in the list.
 */
export function useMacroSearch(macros: readonly MacroSummary[], query: string, pinnedId: string | null): MacroSummary[] {
  const fuse = useMemo(
    () =>
      new Fuse(macros, {
        keys: [
          { name: 'title', weight: 3 },
          { name: 'keywords', weight: 2 },
          { name: 'bodies.body', weight: 1 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
        includeScore: true,
      }),
    [macros],
  );
  return useMemo(() => {
    const q = query.trim();
    // The list already comes ranked by this agent's use; a query ranks by match, then use.
    if (q !== '') {
      return fuse
        .search(q)
        .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.item.uses - a.item.uses)
        .slice(0, MAX_RESULTS)
        .map((r) => r.item);
    }
    const top = macros.slice(0, MAX_RESULTS);
    const pinned = pinnedId === null ? undefined : macros.find((m) => m.id === pinnedId);
    return pinned && !top.includes(pinned) ? [pinned, ...top.slice(0, MAX_RESULTS - 1)] : top;
  }, [fuse, macros, query, pinnedId]);
}
