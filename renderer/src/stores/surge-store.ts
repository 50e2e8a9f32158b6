import { create } from 'zustand';
import type { SurgeSnapshot } from '../../../preload/contract/crisis-types';
import { call, describe, subscribe } from '../bridge';
import { debounce } from '../lib/debounce';

/** The windows the view offers, in minutes. */
export const SURGE_WINDOWS = [15, 60, 240] as const;
export type SurgeWindow = (typeof SURGE_WINDOWS)[number];

/** How often the view asks for new figures while it is shown. */
export const SURGE_POLL_MS = 2_000;
/** A burst of ticket changes (a surge, a sync) asks at most this often, on top of polling. */
const CHANGES_WAIT_MS = 300;
const CHANGES_MAX_WAIT_MS = 1_000;

interface SurgeState {
  windowMinutes: SurgeWindow;
  snapshot: SurgeSnapshot | null;
  /** Why the latest refresh failed; the previous figures stay on screen meanwhile. */
  error: string | null;
  setWindow(minutes: SurgeWindow): void;
  refresh(): Promise<void>;
  /** Polls and listens for ticket changes until the returned function is called. */
  start(): () => void;
}

// One request at a time: a refresh asked for meanwhile runs once the current one answers.
let inFlight: Promise<void> | null = null;
let again = false;

export const useSurgeStore = create<SurgeState>()((set, get) => ({
  windowMinutes: 15,
  snapshot: null,
  error: null,

  setWindow(minutes) {
    if (minutes === get().windowMinutes) return;
    // The old window's figures would read as the new one's: clear them until the answer comes.
    set({ windowMinutes: minutes, snapshot: null });
    void get().refresh();
  },

  refresh() {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    const windowMinutes = get().windowMinutes;
    inFlight = call('surge.snapshot', { windowMinutes })
      .then(
        (snapshot) => {
          // The window changed while this was counted: its answer is not wanted.
          if (get().windowMinutes === windowMinutes) set({ snapshot, error: null });
        },
        (err: unknown) => set({ error: describe(err) }),
      )
      .finally(() => {
        inFlight = null;
        if (again || get().windowMinutes !== windowMinutes) {
          again = false;
          void get().refresh();
        }
      });
    return inFlight;
  },

  start() {
    const { refresh } = get();
    void refresh();
    const tick = () => {
      // A hidden window shows nothing: no need to count.
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') void refresh();
    };
    const timer = setInterval(tick, SURGE_POLL_MS);
    const changed = debounce(() => void refresh(), CHANGES_WAIT_MS, CHANGES_MAX_WAIT_MS);
    const unsubscribe = subscribe('tickets.changed', () => changed());
    return () => {
      clearInterval(timer);
      changed.cancel();
      unsubscribe();
    };
  },
}));
