import { useLayoutEffect, type RefObject } from 'react';

/**
 * Where the engine sizes a text box to its content by itself (CSS `field-sizing: content`, in
 * Chromium and so in Electron), nothing is measured: measuring forced a layout of the whole page
 * on every ticket shown, about 8 ms of each j/k press.
 */
const SIZES_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * The text box grows with what is in it (an inserted macro shows whole, not only its end) up to
 * the CSS max-height, then scrolls; it shrinks again when the text is sent or cut.
 */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || SIZES_ITSELF) return;
    el.style.height = 'auto';
    const border = el.offsetHeight - el.clientHeight;
    el.style.height = `${el.scrollHeight + border}px`;
  }, [ref, text]);
}
