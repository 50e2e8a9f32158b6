import type { MessageKind } from '../../../../preload/contract/domain-types';
import { useT } from '../../i18n';
import { formatCombo } from '../../keyboard/clashes';
import { ariaKeyShortcuts } from '../../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../../stores/settings-store';
import { SAVE_STATE_WORDS, type SaveState } from './useComposerDraft';

/** Reply or note, with their keys, and whether the draft is saved. */
export function ComposerToolbar({ isNote, saveState, onMode }: { isNote: boolean; saveState: SaveState; onMode(mode: MessageKind): void }) {
  const t = useT();
  const replyKeys = useSettingsStore((s) => s.bindings['ticket.reply']);
  const noteKeys = useSettingsStore((s) => s.bindings['ticket.note']);
  const saveWords = SAVE_STATE_WORDS[saveState];
  return (
      <div className="composer-toolbar">
        <div className="composer-modes" role="group" aria-label={t('composer.modes')}>
          <button
            type="button"
            className={`btn btn-small${!isNote ? ' is-active' : ''}`}
            aria-pressed={!isNote}
            aria-keyshortcuts={ariaKeyShortcuts(replyKeys, keyPlatform)}
            onClick={() => onMode('reply')}
          >
            {t('composer.mode.reply')} <kbd>{formatCombo(replyKeys[0]!, keyPlatform)}</kbd>
          </button>
          <button
            type="button"
            className={`btn btn-small${isNote ? ' is-active' : ''}`}
            aria-pressed={isNote}
            aria-keyshortcuts={ariaKeyShortcuts(noteKeys, keyPlatform)}
            onClick={() => onMode('note')}
          >
            {t('composer.mode.note')} <kbd>{formatCombo(noteKeys[0]!, keyPlatform)}</kbd>
          </button>
        </div>
        <span className="composer-save-state" aria-hidden="true">
          {saveWords && t(saveWords)}
        </span>
      </div>
  );
}
