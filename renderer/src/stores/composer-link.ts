/**
 * The mounted composer (one at most: it is keyed by the open ticket) lends its send() to the
 * keymap, so "send" and "send and next" are ordinary, rebindable actions.
 */
export interface ComposerHandle {
  ticketId: string;
  /** Resolves true when the reply or note was queued (false: empty, collision, refused). */
  send(): Promise<boolean>;
  /** Puts text at the cursor (a macro), as its own paragraph, and focuses the composer. */
  insert(text: string): void;
}

let active: ComposerHandle | null = null;

export function registerComposer(handle: ComposerHandle): () => void {
  active = handle;
  return () => {
    if (active === handle) active = null;
  };
}

export function activeComposer(): ComposerHandle | null {
  return active;
}
