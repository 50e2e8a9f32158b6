import type { MacroPreview, MacroSummary } from '../../../../preload/contract/macro-types';
import { languageName, translate } from '../../i18n';
import { announce } from '../../stores/announce-store';
import { activeComposer } from '../../stores/composer-link';
import type { Origin } from '../../stores/dialog-store';
import { useMacroStore } from '../../stores/macro-store';
import { useUiStore } from '../../stores/ui-store';
import { customerPlain } from '../CustomerText';

export interface ChosenMacro {
  macro: MacroSummary;
  preview: MacroPreview;
  fields: Readonly<Record<string, string>>;
  /** The tickets the picker was opened for; the first is the one previewed. */
  ticketIds: readonly string[];
  bulk: boolean;
  origin: Origin | null;
  close(): void;
}

/**
 * The agent chose a ready macro: sent to every ticket when the picker was opened for many, else
 * inserted at the cursor of the open ticket's composer (which takes focus for the text).
 */
export async function applyChosenMacro({ macro, preview, fields, ticketIds, bulk, origin, close }: ChosenMacro): Promise<void> {
  if (bulk) {
    const filled = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
    close();
    await useMacroStore.getState().applyBulk(macro, ticketIds, filled);
    return;
  }
  const ticketId = ticketIds[0] ?? null;
  const composer = activeComposer();
  if (!composer || composer.ticketId !== ticketId) {
    announce(translate('macros.announce.openComposer'));
    return;
  }
  // The composer takes focus for the text; the picker does not hand it back to where it opened.
  useUiStore.getState().setComposerMode(origin?.context === 'composer' ? useUiStore.getState().composerMode : 'reply');
  close();
  composer.insert(preview.text);
  useMacroStore.getState().inserted(ticketId, macro);
  announce(translate('macros.announce.inserted', { title: customerPlain(macro.title), language: preview.language ? languageName(preview.language) : translate('macros.picker.noLanguage') }));
}
