import { useEffect } from 'react';
import { isActivatable, isEditable } from '../../keyboard/focus';
import { useEscalationStore } from '../../stores/escalation-store';
import { useExecutiveStore } from '../../stores/executive-store';
import { canEscalate, canTakeNext } from '../../lib/executive-rules';
import { ESCALATE_NOTE_ID } from './EscalatePanel';

export const CONVERSATION_ID = 'executive-conversation';

/**
 * The executive's few keys, and nothing else (the desk's keymap is off in this mode):
 * n or Enter take the next ticket, Ctrl/Cmd+Enter sends, Shift+E escalates, u takes the escalation
 * back inside its undo window, r goes to the reply (it never takes focus by itself), Esc leaves a text box.
 * Plain letters never act while typing, so a reply can say anything.
 */
export function useExecutiveKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.keyCode === 229) return;
      const store = useExecutiveStore.getState();
      const editable = isEditable(e.target);
      const mod = e.ctrlKey || e.metaKey;

      if (mod && !e.altKey && !e.shiftKey && e.key === 'Enter') {
        // From the escalation note, Ctrl+Enter would send a reply the executive is not looking at.
        if (e.target instanceof HTMLElement && e.target.id === ESCALATE_NOTE_ID) return;
        e.preventDefault();
        if (!e.repeat) void store.send();
        return;
      }
      if (e.key === 'Escape' && editable) {
        e.preventDefault();
        document.getElementById(CONVERSATION_ID)?.focus({ preventScroll: true });
        return;
      }
      if (editable || mod || e.altKey) return;

      if (e.shiftKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        if (!e.repeat && canEscalate(store)) void store.escalate();
        return;
      }
      if (e.key === 'r' && !e.shiftKey) {
        e.preventDefault();
        if (!e.repeat && store.phase === 'working') store.requestFocus('reply');
        return;
      }
      if (e.key === 'u' && !e.shiftKey) {
        e.preventDefault();
        if (!e.repeat) void useEscalationStore.getState().withdrawLast();
        return;
      }
      const takeKey = (e.key === 'n' && !e.shiftKey) || (e.key === 'Enter' && !e.shiftKey && !isActivatable(e.target));
      if (takeKey) {
        e.preventDefault();
        if (!e.repeat && canTakeNext(store)) void store.takeNext();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
