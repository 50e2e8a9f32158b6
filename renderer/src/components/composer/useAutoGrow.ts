import { useLayoutEffect, type RefObject } from 'react';

/**
 * The text box grows with what is in it (an inserted macro shows whole, not only its end) up to
 * the CSS max-height, then scrolls; it shrinks again when the text is sent or cut.
 */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    const border = el.offsetHeight - el.clientHeight;
    el.style.height = `${el.scrollHeight + border}px`;
  }, [ref, text]);
}
