import type { MacroSummary } from '../../../../preload/contract/macro-types';
import { useT } from '../../i18n';
import { CustomerText } from '../CustomerText';

interface Props {
  listId: string;
  results: readonly MacroSummary[];
  query: string;
  activeId: string | null;
  /** The group's suggested macro, badged as such. */
  suggestedId: string | null;
  favorites: readonly string[];
  favoriteKeys(slot: number): string;
  onActivate(macroId: string): void;
  onChoose(): void;
}

/** The macros found, ranked: the active one is the listbox's active option (the search field keeps focus). */
export function MacroResultList({ listId, results, query, activeId, suggestedId, favorites, favoriteKeys, onActivate, onChoose }: Props) {
  const t = useT();
  return (
    <ul id={listId} role="listbox" aria-label={t('macros.picker.listLabel')} className="macro-results" data-testid="macro-results">
      {results.length === 0 && <li className="muted">{t('macros.picker.noMatch', { query })}</li>}
      {results.map((m) => {
        const slot = favorites.indexOf(m.id);
        return (
          <li
            key={m.id}
            id={`${listId}-${m.id}`}
            role="option"
            aria-selected={m.id === activeId}
            data-macro-id={m.id}
            className={`macro-result${m.id === activeId ? ' is-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onActivate(m.id)}
            onDoubleClick={onChoose}
          >
            <CustomerText className="macro-title" text={m.title} />
            <span className="muted macro-langs">{m.bodies.map((b) => b.language).join(' ')}</span>
            {m.source === 'personal' && <span className="badge">{t('macros.picker.personal')}</span>}
            {m.id === suggestedId && <span className="badge badge-suggested">{t('macros.picker.suggested')}</span>}
            {slot >= 0 && (
              <span className="badge" title={t('macros.picker.favoriteKeyTitle', { keys: favoriteKeys(slot) })}>
                {favoriteKeys(slot)}
              </span>
            )}
            {m.uses > 0 && <span className="muted">{t('macros.picker.uses', { count: m.uses })}</span>}
          </li>
        );
      })}
    </ul>
  );
}
