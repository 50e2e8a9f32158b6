import { useEffect } from 'react';
import { createKeybindingsHandler, type KeybindingsMap } from 'tinykeys';
import { dialogOpen } from '../stores/dialog-store';
import { selectionCount } from '../stores/selection-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useUiStore } from '../stores/ui-store';
import { combosCollide, parseCombo, type Press } from './clashes';
import { runAction } from './commands';
import { isActivatable, isEditable, regionOf } from './focus';
import { ACTIONS, type ActionDef, type ActionId, type Bindings, type KeyContext } from './keymap';

const KEY_CONTEXTS: readonly KeyContext[] = ['queue', 'selection', 'ticket', 'composer', 'field'];

/** The one context a key press happens in (see keymap.ts). */
export function contextOf(target: EventTarget | null): KeyContext {
  const region = regionOf(target);
  if (region === 'composer') return 'composer';
  if (region === 'ticket') return 'ticket';
  if (isEditable(target)) return 'field';
  return selectionCount() > 0 ? 'selection' : 'queue';
}

export function appliesIn(def: ActionDef, context: KeyContext): boolean {
  if (def.when.some((w) => w === 'anywhere')) return true;
  return context !== 'field' && def.when.some((w) => w === context);
}

/** Ctrl, Cmd or Alt held: a command, never typing. */
function isCommand(e: KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey || e.altKey;
}

/** Esc and the function keys are never typed into a field either. */
const SAFE_IN_TEXT = /^(Escape|F([1-9]|1[0-9]|2[0-4]))$/;

/**
 * One tinykeys handler per context, each holding only the keys that work there, so a key
 * means one thing wherever focus is and sequences ("p l") never wait on keys of another place.
 */
function buildHandlers(bindings: Bindings): Record<KeyContext, EventListener> {
  const handlers = {} as Record<KeyContext, EventListener>;
  for (const context of KEY_CONTEXTS) {
    const entries: Array<{ combo: string; presses: Press[]; def: ActionDef }> = [];
    for (const def of ACTIONS) {
      if (!appliesIn(def, context)) continue;
      for (const combo of bindings[def.id as ActionId]) {
        const presses = parseCombo(combo, keyPlatform);
        if (!presses) continue;
        // Settings refuse clashes; should stored ones slip through, the first action keeps the key.
        if (entries.some((e) => e.presses.length === presses.length && combosCollide(e.presses, presses))) continue;
        entries.push({ combo, presses, def });
      }
    }
    // Longer sequences first: once "p" was pressed, "p n" must win over a plain "n".
    entries.sort((a, b) => b.presses.length - a.presses.length);
    const map: KeybindingsMap = {};
    for (const { combo, def } of entries) map[combo] = (e) => fire(e, def, context);
    handlers[context] = createKeybindingsHandler(map, { ignore: () => false });
  }
  return handlers;
}

function fire(e: KeyboardEvent, def: ActionDef, context: KeyContext): void {
  // A held key moves through the queue; it must not change a ticket's status forty times.
  if (e.repeat && !def.repeat) {
    e.preventDefault();
    return;
  }
  // Enter and Space on a focused button, link or tab keep doing what they do.
  if ((e.key === 'Enter' || e.key === ' ') && isActivatable(e.target)) return;
  e.preventDefault();
  runAction(def.id as ActionId, { context, element: document.activeElement });
}

/**
 * One window-level keydown listener for the whole app, rebuilt when the bindings change.
 * Not enabled: no listener at all (executive mode has its own few keys).
 */
export function useShortcuts(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    let handlers = buildHandlers(useSettingsStore.getState().bindings);
    const unsubscribe = useSettingsStore.subscribe((s, prev) => {
      if (s.bindings !== prev.bindings) handlers = buildHandlers(s.bindings);
    });
    const onKeyDown = (e: KeyboardEvent): void => {
      // A component handled it (the collision warning's Esc, the search box's arrows), or an
      // input method is composing text.
      if (e.defaultPrevented || e.isComposing || e.keyCode === 229) return;
      // Dialogs (palette, overlay, settings, pickers) handle their own keys.
      if (dialogOpen()) return;
      // Typing never triggers single-key shortcuts: in a text field only Ctrl/Cmd/Alt combinations, Esc and F-keys act.
      if (isEditable(e.target) && !isCommand(e) && !SAFE_IN_TEXT.test(e.key)) return;
      // Away from the desk (surge view, reports) the queue and ticket are hidden: only keys that work anywhere act.
      handlers[useUiStore.getState().screen === 'desk' ? contextOf(e.target) : 'field'](e);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled]);
}
