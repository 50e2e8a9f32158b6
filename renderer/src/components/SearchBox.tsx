import { useEffect, useMemo, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../preload/contract/queue-types';
import { translate, useT, STATUS_LABEL } from '../i18n';
import { openTicket } from '../keyboard/commands';
import { FOCUS_IDS, focusRegion } from '../keyboard/focus';
import { debounce } from '../lib/debounce';
import { announce } from '../stores/announce-store';
import { useSearchStore } from '../stores/search-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { formatCombo } from '../keyboard/clashes';
import { SecurityBadge } from './Badges';
import { CustomerText, customerPlain } from './CustomerText';

const RESULTS_ID = 'search-results';
const hitDomId = (ticketId: string): string => `search-hit-${ticketId.replace(/\s/g, '_')}`;

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
  const { setQuery, setOpen, moveActive, clear } = useSearchStore.getState();
  const showList = open && query.trim() !== '';
  const active = hits[activeIndex];

  // Counted once the agent pauses, not at every keystroke.
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

  // The active hit stays in sight while ↑/↓ walk the list.
  useEffect(() => {
    if (!showList || !active) return;
    document.getElementById(hitDomId(active.ticketId))?.scrollIntoView({ block: 'nearest' });
  }, [showList, active]);

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    setOpen(false);
    void openTicket(hit.ticketId).then(() => {
      focusRegion('ticket');
      announce(translate('app.announce.opened', { id: customerPlain(hit.ticketId), subject: customerPlain(hit.subject) }));
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        moveActive(e.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        e.preventDefault();
        choose(active ?? hits[0]);
        return;
      case 'Escape':
        e.preventDefault();
        clear();
        focusRegion('queue');
        return;
    }
  };

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
            <div
              key={hit.ticketId}
              id={hitDomId(hit.ticketId)}
              role="option"
              aria-selected={i === activeIndex}
              className={`search-hit${i === activeIndex ? ' is-active' : ''}${hit.security ? ' is-security' : ''}`}
              data-testid="search-hit"
              data-ticket-id={hit.ticketId}
              onMouseDown={(e) => {
                // Keeps focus in the box until the ticket opens.
                e.preventDefault();
                choose(hit);
              }}
            >
              <div className="search-hit-line">
                {hit.security && <SecurityBadge />}
                <CustomerText className="search-hit-subject" text={hit.subject} lang={hit.language} />
                <span className={`status status-${hit.status}`}>{t(STATUS_LABEL[hit.status])}</span>
              </div>
              <div className="search-hit-line search-hit-sub">
                <span className="search-hit-where">{t(`app.search.matchedIn.${hit.matchedIn}`)}</span>
                <CustomerText className="search-hit-snippet" text={hit.snippet} lang={hit.matchedIn === 'customer' ? undefined : hit.language} />
              </div>
              <div className="search-hit-line search-hit-sub">
                <CustomerText className="search-hit-customer" text={hit.customerName} lang={hit.language} />
                <CustomerText className="mono" text={hit.ticketId} />
              </div>
            </div>
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
