import type { KeyboardEventHandler, ReactNode, RefObject } from 'react';
import type { QueueView } from '../../../preload/contract/queue-types';
import { FOCUS_IDS } from '../keyboard/focus';

interface QueueScrollProps {
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The flat queue is a listbox of tickets; the grouped one a tree of groups opening onto them. */
  role: 'listbox' | 'tree';
  className: string;
  testId: string;
  view: QueueView;
  label: string;
  /** The slot at the cursor, when it is rendered. */
  activeDescendant: string | undefined;
  busy: boolean;
  /** Height of every slot together, so the scrollbar is the whole list's. */
  totalSize: number;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
  children: ReactNode;
}

/**
 * The queue region's scrolling box, for the flat and the grouped queue alike: one focusable,
 * multi-selectable widget whose cursor screen readers follow through aria-activedescendant, and a
 * sizer that the virtualised slots are placed in.
 */
export function QueueScroll({ scrollRef, role, className, testId, view, label, activeDescendant, busy, totalSize, onKeyDown, children }: QueueScrollProps) {
  return (
    <div
      ref={scrollRef}
      id={FOCUS_IDS.queue}
      className={className}
      role={role}
      aria-multiselectable="true"
      tabIndex={0}
      data-testid={testId}
      data-region="queue"
      data-view={view}
      aria-label={label}
      aria-activedescendant={activeDescendant}
      aria-busy={busy}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="queue-sizer" style={{ height: totalSize }}>
        {children}
      </div>
    </div>
  );
}
