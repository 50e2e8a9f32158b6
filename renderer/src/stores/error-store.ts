import { create } from 'zustand';
import { BridgeCallError, describe } from '../bridge';

export interface AppError {
  id: number;
  /**
   * What the agent was doing, already in the interface language (translate() at report time),
   * e.g. "Sending the reply"; the banner says "{action} failed." (app.error.failed).
   */
  action: string;
  message: string;
  code: string;
}

interface ErrorState {
  errors: AppError[];
  report(action: string, err: unknown): void;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;
// A flapping connection must not bury the screen in banners.
const MAX_ERRORS = 3;

export const useErrorStore = create<ErrorState>()((set) => ({
  errors: [],
  report(action, err) {
    const code = err instanceof BridgeCallError ? err.code : 'internal';
    const message = describe(err);
    set((s) => {
      const duplicate = s.errors.find((e) => e.action === action && e.message === message);
      const rest = s.errors.filter((e) => e !== duplicate);
      return { errors: [...rest, { id: nextId++, action, message, code }].slice(-MAX_ERRORS) };
    });
  },
  dismiss(id) {
    set((s) => ({ errors: s.errors.filter((e) => e.id !== id) }));
  },
  clear() {
    set({ errors: [] });
  },
}));

export const reportError = (action: string, err: unknown): void => useErrorStore.getState().report(action, err);
