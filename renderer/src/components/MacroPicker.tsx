import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useT, TOPIC_LABEL } from '../i18n';
import { formatKeys } from '../keyboard/keymap';
import { useDialogStore } from '../stores/dialog-store';
import { useMacroStore } from '../stores/macro-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useTopicGroupStore } from '../stores/topic-group-store';
import { Modal } from './Modal';
import { IncidentRecipients } from './topic-groups/IncidentRecipients';
import { applyChosenMacro } from './macro-picker/apply-chosen-macro';
import { MacroPreviewPane } from './macro-picker/MacroPreviewPane';
import { MacroResultList } from './macro-picker/MacroResultList';
import { useMacroPreview } from './macro-picker/useMacroPreview';
import { useMacroSearch } from './macro-picker/useMacroSearch';

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
  const results = useMacroSearch(macros, query, preselected);
  const [activeId, setActiveId] = useState<string | null>(preselected);
  // A whole group's reply is never a default: without a suggestion for its topic the agent picks one.
  const noDefault = incident !== null && preselected === null && query.trim() === '';
  const active = results.find((m) => m.id === activeId) ?? (noDefault ? null : results[0] ?? null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { preview, ready } = useMacroPreview(active, ticketIds[0] ?? null, fields, bulk);
  const listId = useId();

  useEffect(() => {
    if (!useMacroStore.getState().loaded) void useMacroStore.getState().load();
  }, []);

  const choose = async () => {
    if (!active || !ready || !preview) return;
    await applyChosenMacro({ macro: active, preview, fields, ticketIds, bulk, origin, close });
  };

  /** Another macro is active: the fields filled in for the last one do not carry over. */
  const activate = (macroId: string | null) => {
    setActiveId(macroId);
    setFields({});
  };

  const move = (step: number) => {
    if (results.length === 0) return;
    const index = results.findIndex((m) => m.id === active?.id);
    const next = index < 0 ? (step > 0 ? 0 : results.length - 1) : (index + step + results.length) % results.length;
    activate(results[next]!.id);
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
    ? t('macros.picker.incidentHeading', { topic: t(TOPIC_LABEL[incident.topic]), count: ticketIds.length })
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
          aria-controls={listId}
          aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            activate(null);
          }}
        />
        <div className="macro-picker-columns">
          <MacroResultList
            listId={listId}
            results={results}
            query={query}
            activeId={active?.id ?? null}
            suggestedId={incident ? preselected : null}
            favorites={favorites}
            favoriteKeys={favoriteKeys}
            onActivate={activate}
            onChoose={() => void choose()}
          />
          <MacroPreviewPane
            active={active}
            preview={preview}
            ready={ready}
            fields={fields}
            setField={(key, value) => setFields((current) => ({ ...current, [key]: value }))}
            bulk={bulk}
            ticketCount={ticketIds.length}
            favorites={favorites}
            favoriteKeys={favoriteKeys}
            onChoose={() => void choose()}
          />
        </div>
      </div>
    </Modal>
  );
}
