import { translate } from '../i18n';
import { announce } from '../stores/announce-store';
import { isEditable } from './focus';

/**
 * Typed text never becomes commands. When focus leaves a text field while the agent is typing
 * (a re-render, a dialog closing, a row vanishing), the keys that follow would otherwise reach
 * the queue or a focused button as shortcuts: a capital E escalates, a space presses a button.
 * The guard runs first (capture phase): a typing key that lands outside a text field within a
 * moment of the last one typed goes back to the field it was meant for, or is dropped, and
 * never acts. Leaving on purpose (Esc, Tab, a command with Ctrl/Cmd/Alt, a click) ends typing.
 */

/** Keys closer together than this belong to the same run of typing. */
export const TYPING_GAP_MS = 1000;

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** A key that types something (a character, a space, a new line, a deletion), not a command or a move. */
export function isTypingKey(e: KeyLike): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return [...e.key].length === 1 || e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Delete';
}

/** A key that ends a run of typing on purpose. */
export function endsTyping(e: KeyLike): boolean {
  return e.key === 'Escape' || e.key === 'Tab' || e.ctrlKey || e.metaKey || e.altKey;
}

export type GuardDecision = 'type' | 'pass' | 'stray';

/**
 * What a key press is, given where it lands and when the last typing key went into a text field
 * (null: not typing). Enter types only in a multi-line field; in a one-line field it submits.
 */
export function classifyKey(e: KeyLike, field: 'none' | 'line' | 'multiline', lastTypedAt: number | null, now: number): GuardDecision {
  if (field !== 'none') return isTypingKey(e) && !(e.key === 'Enter' && field === 'line') ? 'type' : 'pass';
  if (lastTypedAt === null || endsTyping(e) || !isTypingKey(e)) return 'pass';
  return now - lastTypedAt <= TYPING_GAP_MS ? 'stray' : 'pass';
}

function fieldKind(target: EventTarget | null): 'none' | 'line' | 'multiline' {
  if (!isEditable(target)) return 'none';
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable) ? 'multiline' : 'line';
}

/** Puts a stray key's text back where the agent was typing; false when that field is gone. */
function returnToField(field: HTMLElement | null, e: KeyboardEvent): boolean {
  if (!field || !field.isConnected || !isEditable(field) || field.closest('[inert], [hidden]')) return false;
  field.focus({ preventScroll: true });
  if (document.activeElement !== field) return false;
  if (e.key === 'Backspace' || e.key === 'Delete') document.execCommand(e.key === 'Backspace' ? 'delete' : 'forwardDelete');
  else if (e.key !== 'Enter' || field instanceof HTMLTextAreaElement) document.execCommand('insertText', false, e.key === 'Enter' ? '\n' : e.key);
  return true;
}

/** Installs the guard for the whole window; returns the uninstall function. */
export function installTypingGuard(): () => void {
  let lastTypedAt: number | null = null;
  let field: HTMLElement | null = null;
  let announced = false;
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.isComposing || e.keyCode === 229) return;
    const where = fieldKind(e.target);
    const decision = classifyKey(e, where, lastTypedAt, e.timeStamp);
    if (decision === 'type') {
      lastTypedAt = e.timeStamp;
      field = e.target as HTMLElement;
      announced = false;
      return;
    }
    if (decision === 'pass') {
      // Moving within a field (arrows, Home) keeps typing alive; anything else ends it.
      if (endsTyping(e) || where === 'none' || e.key === 'Enter') lastTypedAt = null;
      return;
    }
    // A stray key: it acts nowhere. Typing goes on, so the next keys are held the same way.
    e.preventDefault();
    e.stopImmediatePropagation();
    lastTypedAt = e.timeStamp;
    if (returnToField(field, e) || announced) return;
    announced = true;
    announce(translate('outbox.typing.kept', { key: e.key === ' ' ? '␠' : e.key }));
  };
  const onPointerDown = (): void => {
    lastTypedAt = null;
  };
  window.addEventListener('keydown', onKeyDown, { capture: true });
  window.addEventListener('pointerdown', onPointerDown, { capture: true });
  return () => {
    window.removeEventListener('keydown', onKeyDown, { capture: true });
    window.removeEventListener('pointerdown', onPointerDown, { capture: true });
  };
}
