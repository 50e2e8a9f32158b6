import { useEffect } from 'react';
import { useT } from '../i18n';
import { FOCUS_IDS } from '../keyboard/focus';
import { useSearchStore } from '../stores/search-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { formatCombo } from '../keyboard/clashes';
import { hitDomId, SearchHitOption } from './search/SearchHitOption';
import { useSearchCountAnnouncement } from './search/useSearchCountAnnouncement';
import { useSearchKeys } from './search/useSearchKeys';

const RESULTS_ID = 'search-results';

/**
 * `/`: search as you type over subjects, messages and customer identifiers. ↑/↓ move through
 * the hits, Enter opens one in the pane (and moves the queue selection to it when it is in the
 * view), Esc goes back to the queue. Snippets are shown as plain text.
 */
export function SearchBox() {
  const t = useT();
  const query = useSearchStore((s) => s.query);
  const answered = useSearchStore((s) => s.answered);
  const hits = useSearchStore((s) => s.hits);
  const activeIndex = useSearchStore((s) => s.activeIndex);
  const open = useSearchStore((s) => s.open);
  const key = useSettingsStore((s) => s.bindings['search.focus'][0] ?? '/');
  const { setQuery, setOpen } = useSearchStore.getState();
  const showList = open && query.trim() !== '';
  const active = hits[activeIndex];
  const { choose, onKeyDown } = useSearchKeys(active, hits);

  useSearchCountAnnouncement(answered, hits);

  // The active hit stays in sight while ↑/↓ walk the list.
  useEffect(() => {
    if (!showList || !active) return;
    document.getElementById(hitDomId(active.ticketId))?.scrollIntoView({ block: 'nearest' });
  }, [showList, active]);

  return (
    <div className="search" role="search" aria-label={t('app.search.region')}>
      <label htmlFor={FOCUS_IDS.search} className="visually-hidden">
        {t('app.search.label')}
      </label>
      <input
        id={FOCUS_IDS.search}
        type="text"
        className="search-input"
        data-testid="search-input"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={RESULTS_ID}
        aria-activedescendant={showList && active ? hitDomId(active.ticketId) : undefined}
        aria-keyshortcuts={key === '/' ? '/' : undefined}
        placeholder={t('app.search.placeholder', { key: formatCombo(key, keyPlatform) })}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className={`search-panel${showList ? ' is-open' : ''}`} hidden={!showList}>
        <div
          id={RESULTS_ID}
          role="listbox"
          aria-label={answered ? t('app.search.resultsFor', { query: answered }) : t('app.search.results')}
          className="search-results"
          data-testid="search-results"
          data-query={answered}
          hidden={hits.length === 0}
          // Scrolled by the arrow keys in the box (aria-activedescendant); focusable for screen reader users too.
          tabIndex={-1}
        >
          {hits.map((hit, i) => (
            <SearchHitOption key={hit.ticketId} hit={hit} active={i === activeIndex} onChoose={choose} />
          ))}
        </div>
        {hits.length === 0 && answered.trim() !== '' && <p className="search-empty">{t('app.search.noMatchShown', { query: answered })}</p>}
        {hits.length === 0 && answered.trim() === '' && <p className="search-empty">{t('app.search.searching')}</p>}
        <p className="search-hint" aria-hidden="true">
          {t('app.search.hint', { move: '↑/↓', open: formatCombo('Enter', keyPlatform), back: formatCombo('Escape', keyPlatform) })}
        </p>
      </div>
    </div>
  );
}
