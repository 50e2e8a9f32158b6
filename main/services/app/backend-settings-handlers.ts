import type { BackendCheckResult, BackendSettingsView } from '../../../preload/contract';
import type { BackendConfig } from '../connectors/connector-factory';
import { checkBackend, choiceOf, configOf, isInProcessChoice, rtChoiceProblem, type BackendChoiceInput } from './backend-check';
import type { ChannelHandlers } from './channel-handlers';

/** What the settings view may do with the backend; the desk host (desktop, preview) provides it. */
export interface BackendSettingsPort {
  view(): BackendSettingsView;
  test(choice: BackendChoiceInput): Promise<BackendCheckResult>;
  apply(choice: BackendChoiceInput): Promise<BackendCheckResult>;
}

export function createBackendSettingsHandlers(port: BackendSettingsPort): Pick<ChannelHandlers, 'backend.get' | 'backend.test' | 'backend.apply'> {
  return {
    'backend.get': () => port.view(),
    'backend.test': (choice) => port.test(choice),
    'backend.apply': (choice) => port.apply(choice),
  };
}

/** Services started on their own (tests, tools): the backend shows and can be tried, not switched. */
export function fixedBackendPort(config: BackendConfig | null): BackendSettingsPort {
  return {
    view: () => ({ current: choiceOf(config), source: config ? 'command-line' : 'default', tokenStored: false, tokenStorage: 'session-only', canChange: false, problem: null }),
    test: (choice) => testChoice(choice, choice.token),
    apply: async () => ({ ok: false, message: 'This desk was started with a fixed backend; it cannot switch.', switched: false, problem: 'unknown', tokenStorage: null }),
  };
}

/** Tries a typed choice with the given token; the in-process backend needs no check. */
export async function testChoice(choice: BackendChoiceInput, token: string, timeoutMs?: number): Promise<BackendCheckResult> {
  if (isInProcessChoice(choice)) return { ok: true, message: 'The built-in backend runs inside the app.', switched: false, problem: null, tokenStorage: null };
  const rtProblem = rtChoiceProblem(choice);
  if (rtProblem) return rtProblem;
  return checkBackend(configOf(choice, token), timeoutMs);
}
