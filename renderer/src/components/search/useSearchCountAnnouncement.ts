import { useEffect, useMemo } from 'react';
import { translate } from '../../i18n';
import { debounce } from '../../lib/debounce';
import { announce } from '../../stores/announce-store';
import { useSearchStore } from '../../stores/search-store';

/** How many hits the query found, announced once the agent pauses, not at every keystroke. */
export function useSearchCountAnnouncement(answered: string, hits: readonly unknown[]): void {
  const announceCount = useMemo(
    () =>
      debounce((text: string, n: number) => {
        if (useSearchStore.getState().query === text) announce(n === 0 ? translate('app.search.noMatch', { query: text }) : translate('app.search.found', { count: n }));
      }, 600),
    [],
  );
  useEffect(() => {
    if (answered.trim() !== '') announceCount(answered, hits.length);
  }, [answered, hits, announceCount]);
  useEffect(() => () => announceCount.cancel(), [announceCount]);
}
