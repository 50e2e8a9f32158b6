import { useDialogStore } from '../stores/dialog-store';
import { CommandPalette } from './CommandPalette';
import { KeymapOverlay } from './KeymapOverlay';
import { MacroEditor } from './MacroEditor';
import { MacroPicker } from './MacroPicker';
import { SettingsView } from './SettingsView';
import { SnoozePicker } from './SnoozePicker';
import { TagEditor } from './TagEditor';

/** The one dialog open at a time (each a native modal <dialog>). */
export function Dialogs() {
  const open = useDialogStore((s) => s.open);
  switch (open) {
    case 'palette':
      return <CommandPalette />;
    case 'keymap':
      return <KeymapOverlay />;
    case 'settings':
      return <SettingsView />;
    case 'tags':
      return <TagEditor />;
    case 'snooze':
      return <SnoozePicker />;
    case 'macros':
      return <MacroPicker />;
    case 'macroEditor':
      return <MacroEditor />;
    default:
      return null;
  }
}
