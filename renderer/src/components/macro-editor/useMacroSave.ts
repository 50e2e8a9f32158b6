import { useState } from 'react';
import type { MacroSaveResult } from '../../../../preload/contract/macro-types';
import { call } from '../../bridge';
import { translate } from '../../i18n';
import { announce } from '../../stores/announce-store';
import { reportError } from '../../stores/error-store';
import { useMacroStore } from '../../stores/macro-store';
import { customerPlain } from '../CustomerText';
import { macroToSave, type MacroDraft } from './macro-draft';

/**
 * Saving a personal macro: main refuses a body that asks for a secret and says which sentences
 * (flagged) until the agent overrides explicitly; a saved macro joins the library and the editor closes.
 */
export function useMacroSave(close: () => void) {
  const [flagged, setFlagged] = useState<MacroSaveResult['flagged']>([]);
  const [override, setOverride] = useState(false);
  const [saving, setSaving] = useState(false);

  const save = async (draft: MacroDraft) => {
    setSaving(true);
    try {
      const result = await call('macro.save', { macro: macroToSave(draft), allowSecretWords: override });
      setFlagged(result.flagged);
      if (result.macro) {
        announce(translate('macros.editor.saved', { title: customerPlain(result.macro.title) }));
        await useMacroStore.getState().load();
        close();
      }
    } catch (err) {
      reportError(translate('macros.error.save'), err);
    } finally {
      setSaving(false);
    }
  };

  return { flagged, override, setOverride, saving, save };
}
