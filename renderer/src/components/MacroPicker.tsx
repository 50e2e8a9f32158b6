import Fuse from 'fuse.js';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MacroPreview, MacroSummary } from '../../../preload/contract/macro-types';
import { call } from '../bridge';
import { languageName, translate, useT } from '../i18n';
import { formatKeys } from '../keyboard/keymap';
import { activeComposer } from '../stores/composer-link';
import { announce } from '../stores/announce-store';
import { useDialogStore } from '../stores/dialog-store';
import { reportError } from '../stores/error-store';
import { useMacroStore } from '../stores/macro-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useUiStore } from '../stores/ui-store';
import { useTopicGroupStore } from '../stores/topic-group-store';
import { Modal } from './Modal';
import { IncidentRecipients } from './topic-groups/IncidentRecipients';
import { CustomerText, customerPlain } from './CustomerText';

const MAX_RESULTS = 30;

/**
 * Title counts most, then keywords (in several languages), then the text of the bodies. The
 * macro the picker opened on (a group's incident reply, a favourite) is always in the list.
 */
function useSearch(macros: readonly MacroSummary[], query: string, pinnedId: string | null): MacroSummary[] {
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

/**
 * The macro picker: fuzzy-find, preview for this ticket in its customer's language, fill in what
 * the macro needs, insert at the cursor. With tickets selected it sends the macro to all of them;
 * opened from a topic group it sends the group's incident reply, its suggested macro chosen.
 */
export function MacroPicker() {
  const t = useT();
  const { ticketIds, bulk, origin, macroId: preselected } = useDialogStore.getState();
  const close = useDialogStore((s) => s.close);
  const macros = useMacroStore((s) => s.macros);
  const favorites = useSettingsStore((s) => s.favoriteMacroIds);
  const incident = useTopicGroupStore((s) => (bulk && s.incident?.ticketIds === ticketIds ? s.incident : null));
  const [query, setQuery] = useState('');
  const results = useSearch(macros, query, preselected);
  const [activeId, setActiveId] = useState<string | null>(preselected);
  // A whole group's reply is never a default: without a suggestion for its topic the agent picks one.
  const noDefault = incident !== null && preselected === null && query.trim() === '';
  const active = results.find((m) => m.id === activeId) ?? (noDefault ? null : results[0] ?? null);
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
      .catch((err: unknown) => reportError(translate('macros.error.preview'), err));
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
      announce(translate('macros.announce.openComposer'));
      return;
    }
    // The composer takes focus for the text; the picker does not hand it back to where it opened.
    useUiStore.getState().setComposerMode(origin?.context === 'composer' ? useUiStore.getState().composerMode : 'reply');
    close();
    composer.insert(preview.text);
    useMacroStore.getState().inserted(previewTicket, active);
    announce(translate('macros.announce.inserted', { title: customerPlain(active.title), language: preview.language ? languageName(preview.language) : translate('macros.picker.noLanguage') }));
  };

  const move = (step: number) => {
    if (results.length === 0) return;
    const index = results.findIndex((m) => m.id === active?.id);
    const next = index < 0 ? (step > 0 ? 0 : results.length - 1) : (index + step + results.length) % results.length;
    setActiveId(results[next]!.id);
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

  const heading = incident
    ? t('macros.picker.incidentHeading', { topic: t(`topic.${incident.topic}`), count: ticketIds.length })
    : bulk
      ? t('macros.picker.bulkHeading', { count: ticketIds.length })
      : t('macros.picker.heading');
  const favoriteKeys = (slot: number) => formatKeys([`Alt+${slot + 1}`], keyPlatform);
  return (
    <Modal title={heading} onClose={close} className="macro-picker" testId="macro-picker" returnFocus={bulk ? origin?.element ?? null : null}>
      <div className="macro-picker-body" onKeyDown={onKeyDown}>
        {incident && <IncidentRecipients topic={incident.topic} ticketIds={ticketIds} />}
        <input
          type="search"
          data-autofocus
          data-testid="macro-search"
          className="macro-search"
          placeholder={t('macros.picker.searchPlaceholder')}
          aria-label={t('macros.picker.searchLabel')}
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
          <ul id={ids.list} role="listbox" aria-label={t('macros.picker.listLabel')} className="macro-results" data-testid="macro-results">
            {results.length === 0 && <li className="muted">{t('macros.picker.noMatch', { query })}</li>}
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
                  <CustomerText className="macro-title" text={m.title} />
                  <span className="muted macro-langs">{m.bodies.map((b) => b.language).join(' ')}</span>
                  {m.source === 'personal' && <span className="badge">{t('macros.picker.personal')}</span>}
                  {m.id === preselected && incident && <span className="badge badge-suggested">{t('macros.picker.suggested')}</span>}
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
          <section className="macro-preview" aria-labelledby={ids.preview} data-testid="macro-preview">
            <h3 id={ids.preview} className="section-title">
              {active ? <CustomerText text={active.title} /> : t('macros.picker.preview')}
              {preview?.language && (
                <span className="muted">
                  {' · '}
                  {bulk ? t('macros.picker.previewLanguageBulk', { language: languageName(preview.language) }) : languageName(preview.language)}
                </span>
              )}
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
            {preview?.error && <p className="error-text">{t('macros.picker.unusable', { error: preview.error })}</p>}
            {preview && preview.missing.length > 0 && (
              <p className="macro-missing" role="status" data-testid="macro-missing">
                {t('macros.picker.missing', { fields: preview.missing.map((m) => m.replace(/^fields\./, '')).join(', ') })}
              </p>
            )}
            {/* dir="auto": an Arabic body reads right to left, each paragraph in its own direction (styles.css). */}
            <pre className="macro-preview-text" data-testid="macro-preview-text" lang={preview?.language ?? undefined} dir="auto">
              {preview?.macroId === active?.id ? preview?.text : ''}
            </pre>
            <div className="macro-actions">
              <button type="button" className="btn btn-primary" data-testid="macro-insert" aria-disabled={!ready} onClick={() => void choose()}>
                {bulk ? t('macros.picker.send', { count: ticketIds.length }) : t('macros.picker.insert')} <kbd>{formatKeys(['Enter'], keyPlatform)}</kbd>
              </button>
              {active && (
                <button type="button" className="btn" data-testid="macro-favorite" aria-pressed={favorites.includes(active.id)} onClick={() => void useSettingsStore.getState().toggleFavoriteMacro(active.id)}>
                  {favorites.includes(active.id) ? t('macros.picker.favorite', { keys: favoriteKeys(favorites.indexOf(active.id)) }) : t('macros.picker.makeFavorite')}
                </button>
              )}
            </div>
          </section>
        </div>
      </div>
    </Modal>
  );
}
