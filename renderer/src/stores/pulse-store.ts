import { create } from 'zustand';
import { call } from '../bridge';
import type { PulseTotals } from '../lib/pulse';

/** The header's figures are a glance, not the surge view: asked for this often, and only while a header is on screen. */
export const PULSE_POLL_MS = 10_000;
const PULSE_WINDOW_MINUTES = 15;

interface PulseState {
  totals: PulseTotals | null;
  /** Polls until the returned function is called; several headers share one poll. */
  start(): () => void;
}

let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;
let inFlight = false;

export const usePulseStore = create<PulseState>()((set) => {
  function refresh(): void {
    if (inFlight || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return;
    inFlight = true;
    call('surge.snapshot', { windowMinutes: PULSE_WINDOW_MINUTES })
      .then(
        (snapshot) => set({ totals: snapshot.totals }),
        () => undefined, // decoration: the surge view and the sync line report real failures
      )
      .finally(() => {
        inFlight = false;
      });
  }
  return {
    totals: null,
    start() {
      users++;
      if (timer === null) {
        refresh();
        timer = setInterval(refresh, PULSE_POLL_MS);
      }
      return () => {
        users--;
        if (users === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
  };
});
