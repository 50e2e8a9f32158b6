/**
 * Keyboard moves scroll the queue from the keydown handler, before React re-renders: layout is
 * still clean then, so writing scrollTop costs no forced layout on the j/k hot path.
 */
type Revealer = (index: number) => void;

let revealer: Revealer | null = null;

export function registerQueueRevealer(fn: Revealer): () => void {
  revealer = fn;
  return () => {
    if (revealer === fn) revealer = null;
  };
}

export function revealQueueIndex(index: number): void {
  if (index >= 0) revealer?.(index);
}
