import { QUEUE_VIEWS, type QueueView } from '../../../preload/contract/queue-types';
import type { MessageKind } from '../../../preload/contract/domain-types';

export type FocusRegion = 'queue' | 'ticket' | 'composer' | 'other';

export type ShortcutAction =
  | { type: 'move'; delta: number }
  | { type: 'edge'; edge: 'first' | 'last' }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'compose'; mode: MessageKind }
  | { type: 'view'; view: QueueView };

export interface KeyContext {
  region: FocusRegion;
  /** Focus is in a text field: typing must never trigger shortcuts. */
  editable: boolean;
  /** Focus is on a button or link, whose own Enter must keep working. */
  activatable: boolean;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { isComposing?: boolean };

const PAGE_STEP = 10;

/** Pure key → action table, kept free of DOM and stores so it is easy to test. */
export function resolveShortcut(e: KeyLike, ctx: KeyContext): ShortcutAction | null {
  if (e.isComposing) return null;
  if (e.key === 'Escape') return { type: 'back' };
  if (ctx.editable) return null;
  if (e.ctrlKey || e.metaKey || e.altKey) return null;

  const inList = ctx.region === 'queue' || ctx.region === 'other';
  switch (e.key) {
    case 'j':
      return { type: 'move', delta: 1 };
    case 'k':
      return { type: 'move', delta: -1 };
    case 'r':
      return { type: 'compose', mode: 'reply' };
    case 'n':
      return { type: 'compose', mode: 'note' };
    // Arrows, paging and Enter belong to the queue; in the ticket pane they scroll and press buttons.
    case 'ArrowDown':
      return inList ? { type: 'move', delta: 1 } : null;
    case 'ArrowUp':
      return inList ? { type: 'move', delta: -1 } : null;
    case 'PageDown':
      return inList ? { type: 'move', delta: PAGE_STEP } : null;
    case 'PageUp':
      return inList ? { type: 'move', delta: -PAGE_STEP } : null;
    case 'Home':
      return inList ? { type: 'edge', edge: 'first' } : null;
    case 'End':
      return inList ? { type: 'edge', edge: 'last' } : null;
    case 'Enter':
      return inList && !ctx.activatable ? { type: 'open' } : null;
  }
  // 1–5 pick a view directly: one keystroke, no chord state to get stuck in.
  if (/^[1-9]$/.test(e.key)) {
    const view = QUEUE_VIEWS[Number(e.key) - 1];
    return view ? { type: 'view', view } : null;
  }
  return null;
}

export const SHORTCUT_HELP =
  'j/k or ↑/↓ move · Enter open · r reply · n note · Ctrl+Enter send · Esc back · 1–5 switch view';
