import type { FocusRegion } from './keymap';

/** Element ids of the focus stops; the listbox keeps focus while rows come and go. */
export const FOCUS_IDS = {
  queue: 'queue-listbox',
  ticket: 'ticket-scroll',
  composer: 'composer-input',
  search: 'search-input',
} as const;

export function focusRegion(region: keyof typeof FOCUS_IDS): boolean {
  const el = document.getElementById(FOCUS_IDS[region]);
  if (!el) return false;
  el.focus({ preventScroll: true });
  return document.activeElement === el;
}

export function regionOf(target: EventTarget | null): FocusRegion {
  if (!(target instanceof Element)) return 'other';
  const holder = target.closest('[data-region]');
  const region = holder?.getAttribute('data-region');
  return region === 'queue' || region === 'ticket' || region === 'composer' ? region : 'other';
}

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="tab"], input[type="checkbox"], input[type="radio"]') !== null;
}

/** Nothing has focus: keys go to the body and screen readers lose their place. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** Back to an element if it is still there and focusable, else to the region it was in. */
export function restoreFocus(el: Element | null, fallback: FocusRegion = 'queue'): void {
  if (el instanceof HTMLElement && el.isConnected && el !== document.body) {
    el.focus({ preventScroll: true });
    if (document.activeElement === el) return;
  }
  focusFallback(el instanceof Element ? regionOf(el) : fallback);
}

function focusFallback(region: FocusRegion): void {
  if (region === 'composer' && focusRegion('composer')) return;
  if ((region === 'ticket' || region === 'composer') && focusRegion('ticket')) return;
  focusRegion('queue');
}

/**
 * Safety net for "focus is never lost": when the focused element disappears (a button that
 * goes away with what it did, a control of the ticket left behind), focus moves to the region
 * it was in instead of falling to the body. Returns the uninstall function.
 */
export function keepFocusAlive(): () => void {
  let frame: number | null = null;
  const onFocusOut = (e: FocusEvent): void => {
    if (e.relatedTarget !== null) return;
    const region = regionOf(e.target);
    if (frame !== null) cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = null;
      // Tabbing out to the browser's own UI is the agent's choice: only a vanished element counts.
      if (!focusIsLost() || !document.hasFocus() || document.querySelector('dialog[open]')) return;
      focusFallback(region);
    });
  };
  document.addEventListener('focusout', onFocusOut);
  return () => {
    document.removeEventListener('focusout', onFocusOut);
    if (frame !== null) cancelAnimationFrame(frame);
  };
}
