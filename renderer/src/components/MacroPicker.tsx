import Fuse from 'fuse.js';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MacroPreview, MacroSummary } from '../../../preload/contract/macro-types';
import { call } from '../bridge';
import { activeComposer } from '../stores/composer-link';
import { announce } from '../stores/announce-store';
import { useDialogStore } from '../stores/dialog-store';
import { reportError } from '../stores/error-store';
import { useMacroStore } from '../stores/macro-store';
import { useSettingsStore } from '../stores/settings-store';
import { useUiStore } from '../stores/ui-store';
import { Modal } from './Modal';

const MAX_RESULTS = 30;

/** Title counts most, then keywords (in several languages), then the text of the bodies. */
function useSearch(macros: readonly MacroSummary[], query: string): MacroSummary[] {
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
    if (q === '') return macros.slice(0, MAX_RESULTS);
    return fuse
      .search(q)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.item.uses - a.item.uses)
      .slice(0, MAX_RESULTS)
      .map((r) => r.item);
  }, [fuse, macros, query]);
}

/**
 * The macro picker: fuzzy-find, preview for this ticket in its customer's language, fill in what
 * the macro needs, insert at the cursor. With tickets selected it sends the macro to all of them.
 */
export function MacroPicker() {
  const { ticketIds, bulk, origin, macroId: preselected } = useDialogStore.getState();
  const close = useDialogStore((s) => s.close);
  const macros = useMacroStore((s) => s.macros);
  const favorites = useSettingsStore((s) => s.favoriteMacroIds);
  const [query, setQuery] = useState('');
  const results = useSearch(macros, query);
  const [activeId, setActiveId] = useState<string | null>(preselected);
  const active = results.find((m) => m.id === activeId) ?? results[0] ?? null;
  const [fields, setFields] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<MacroPreview | null>(null);
  const ids = { list: useId(), preview: useId() };
  const previewTicket = ticketIds[0] ?? null;

  useEffect(() => {
    if (!useMacroStore.getState().loaded) void useMacroStore.getState().load();
  }, []);

  useEffect(() => {
    if (!active || previewTicket === null) {
      setPreview(null);
      return;
    }
    let live = true;
    const filled = Object.fromEntries(Object.entries(fields).filter(([key, value]) => value.trim() !== '' && active.requiredFields.some((f) => f.key === key)));
    call('macro.render', { macroId: active.id, ticketId: previewTicket, fields: filled })
      .then((p) => live && setPreview(p))
      .catch((err: unknown) => reportError('Previewing the macro', err));
    return () => {
      live = false;
    };
  }, [active, previewTicket, fields]);

  const ready = preview !== null && preview.macroId === active?.id && preview.error === null && preview.missing.filter((m) => !bulk || m.startsWith('fields.')).length === 0;

  const choose = async () => {
    if (!active || !ready || !preview) return;
    if (bulk) {
      const filled = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
      close();
      await useMacroStore.getState().applyBulk(active, ticketIds, filled);
      return;
    }
    const composer = activeComposer();
    if (!composer || composer.ticketId !== previewTicket) {
      announce('Open the ticket’s composer first');
      return;
    }
    // The composer takes focus for the text; the picker does not hand it back to where it opened.
    useUiStore.getState().setComposerMode(origin?.context === 'composer' ? useUiStore.getState().composerMode : 'reply');
    close();
    composer.insert(preview.text);
    useMacroStore.getState().inserted(previewTicket, active);
    announce(`Inserted “${active.title}” in ${preview.language ?? 'no language'}`);
  };

  const move = (step: number) => {
    if (results.length === 0) return;
    const index = Math.max(0, results.findIndex((m) => m.id === active?.id));
    setActiveId(results[(index + step + results.length) % results.length]!.id);
    setFields({});
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && !e.shiftKey && (e.target as HTMLElement).tagName !== 'BUTTON') {
      e.preventDefault();
      void choose();
    }
  };

  const heading = bulk ? `Send a macro to ${ticketIds.length} selected tickets` : 'Insert a macro';
  return (
    <Modal title={heading} onClose={close} className="macro-picker" testId="macro-picker" returnFocus={bulk ? origin?.element ?? null : null}>
      <div className="macro-picker-body" onKeyDown={onKeyDown}>
        <input
          type="search"
          data-autofocus
          data-testid="macro-search"
          className="macro-search"
          placeholder="Find a macro: title, keyword or words from its text"
          aria-label="Find a macro"
          aria-controls={ids.list}
          aria-activedescendant={active ? `${ids.list}-${active.id}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActiveId(null);
            setFields({});
          }}
        />
        <div className="macro-picker-columns">
          <ul id={ids.list} role="listbox" aria-label="Macros" className="macro-results" data-testid="macro-results">
            {results.length === 0 && <li className="muted">No macro matches “{query}”.</li>}
            {results.map((m) => {
              const slot = favorites.indexOf(m.id);
              return (
                <li
                  key={m.id}
                  id={`${ids.list}-${m.id}`}
                  role="option"
                  aria-selected={m.id === active?.id}
                  data-macro-id={m.id}
                  className={`macro-result${m.id === active?.id ? ' is-active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setActiveId(m.id);
                    setFields({});
                  }}
                  onDoubleClick={() => void choose()}
                >
                  <span className="macro-title">{m.title}</span>
                  <span className="muted macro-langs">{m.bodies.map((b) => b.language).join(' ')}</span>
                  {m.source === 'personal' && <span className="badge">personal</span>}
                  {slot >= 0 && <span className="badge" title={`Favourite key Alt+${slot + 1}`}>Alt+{slot + 1}</span>}
                  {m.uses > 0 && <span className="muted">used {m.uses}×</span>}
                </li>
              );
            })}
          </ul>
          <section className="macro-preview" aria-labelledby={ids.preview} data-testid="macro-preview">
            <h3 id={ids.preview} className="section-title">
              {active ? active.title : 'Preview'}
              {preview?.language && <span className="muted"> · {bulk ? `${preview.language} for the first ticket; each customer gets their own language` : preview.language}</span>}
            </h3>
            {active && active.requiredFields.length > 0 && (
              <div className="macro-fields">
                {active.requiredFields.map((f) => (
                  <label key={f.key}>
                    {f.label}
                    <input
                      type="text"
                      data-testid={`macro-field-${f.key}`}
                      value={fields[f.key] ?? ''}
                      onChange={(e) => setFields((current) => ({ ...current, [f.key]: e.target.value }))}
                    />
                  </label>
                ))}
              </div>
            )}
            {preview?.error && <p className="error-text">This macro cannot be used: {preview.error}</p>}
            {preview && preview.missing.length > 0 && (
              <p className="macro-missing" role="status" data-testid="macro-missing">
                Still missing: {preview.missing.map((m) => m.replace(/^fields\./, '')).join(', ')}
              </p>
            )}
            <pre className="macro-preview-text" data-testid="macro-preview-text">
              {preview?.macroId === active?.id ? preview?.text : ''}
            </pre>
            <div className="macro-actions">
              <button type="button" className="btn btn-primary" data-testid="macro-insert" aria-disabled={!ready} onClick={() => void choose()}>
                {bulk ? `Send to ${ticketIds.length} tickets` : 'Insert'} <kbd>Enter</kbd>
              </button>
              {active && (
                <button type="button" className="btn" data-testid="macro-favorite" aria-pressed={favorites.includes(active.id)} onClick={() => void useSettingsStore.getState().toggleFavoriteMacro(active.id)}>
                  {favorites.includes(active.id) ? `Favourite (Alt+${favorites.indexOf(active.id) + 1})` : 'Make favourite'}
                </button>
              )}
            </div>
          </section>
        </div>
      </div>
    </Modal>
  );
}
