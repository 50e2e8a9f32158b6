import type { Macro } from '../../../preload/contract';
import { loadStarterLibrary } from '../domain/starter-library';

let library: Macro[] | null = null;

/**
 * The backend's own macros, then the starter library shipped with the desk
 * (resources/macros/starter-library.json, checked by its loader) for every id the backend does not
 * use itself: its own copy wins. The embedded backend serves the library; Request Tracker and
 * Zendesk do not, so their connectors list it here, and the macro picker and the escalation's
 * holding reply (starter.account-compromised-holding) work whatever the backend.
 */
export function withStarterLibrary(backendMacros: readonly Macro[]): Macro[] {
  library ??= loadStarterLibrary();
  const taken = new Set(backendMacros.map((m) => m.id));
  return [...backendMacros, ...library.filter((m) => !taken.has(m.id))];
}
