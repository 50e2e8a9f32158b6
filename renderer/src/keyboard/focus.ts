import type { FocusRegion } from './keymap';

/** Element ids of the three focus stops; the listbox keeps focus while rows come and go. */
export const FOCUS_IDS = {
  queue: 'queue-listbox',
  ticket: 'ticket-scroll',
  composer: 'composer-input',
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
  return target instanceof Element && target.closest('button, a[href], summary, [role="tab"]') !== null;
}
