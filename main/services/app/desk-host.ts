import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BackendCheckResult, BackendSettingsView } from '../../../preload/contract';
import type { BackendConfig } from '../connectors/connector-factory';
import type { TokenKeeper } from '../secrets/token-keeper';
import { createAppServices, type AppServices, type AppServicesOptions, type EventListener } from './app-services';
import { choiceOf, configOf, isInProcessChoice, tokenKey, type BackendChoiceInput } from './backend-check';
import { BackendChoiceFile } from './backend-choice-file';
import { testChoice, type BackendSettingsPort } from './backend-settings-handlers';

export interface DeskHostOptions extends Omit<AppServicesOptions, 'backend' | 'backendSettings'> {
  /** A backend given on the command line: it wins over the saved choice and cannot be changed in the app. */
  commandLineBackend?: BackendConfig;
  tokens: TokenKeeper;
  /** How long a backend may take to answer the sign-in check (tests shorten it). */
  checkTimeoutMs?: number;
}

/** How long the replaced services live on, so the call that switched can still answer. */
const RETIRE_AFTER_MS = 1_000;

/**
 * The desk's services with the backend the agent chose in the settings view: the choice is kept
 * beside the cache (the token with the OS keychain), and switching starts the services for the
 * new backend, with a cache of their own, before the old ones stop. Desktop and preview both use it.
 */
export async function startDesk(options: DeskHostOptions): Promise<AppServices> {
  const { commandLineBackend, tokens, checkTimeoutMs, ...serviceOptions } = options;
  const choiceFile = new BackendChoiceFile(join(options.dataDir, 'backend-choice.json'));
  const listeners = new Set<EventListener>();

  let source: BackendSettingsView['source'] = 'default';
  let problem: string | null = null;
  let config: BackendConfig | null = null;
  if (commandLineBackend) {
    config = commandLineBackend;
    source = 'command-line';
  } else {
    const saved = choiceFile.read();
    if (saved && !isInProcessChoice(saved)) {
      const token = tokens.get(tokenKey(saved.url));
      if (token) {
        config = configOf(saved, token);
        source = 'saved';
      } else {
        problem = `The token for ${saved.url} was not kept (no OS keychain): the desk started on the built-in backend; choose the backend again to switch.`;
      }
    } else if (saved) {
      source = 'saved';
    }
  }

  const port: BackendSettingsPort = {
    view: () => ({
      current: choiceOf(config),
      source,
      tokenStored: config !== null && tokens.get(tokenKey(config.url)) !== null,
      tokenStorage: tokens.storage(),
      canChange: source !== 'command-line',
      problem,
    }),
    test: (choice) => testChoice(choice, tokenFor(choice), checkTimeoutMs),
    apply: async (choice): Promise<BackendCheckResult> => {
      if (source === 'command-line') {
        return { ok: false, message: 'The backend was given on the command line for this run; start the desk without --backend to choose it here.', switched: false, problem: 'unknown', tokenStorage: null };
      }
      const token = tokenFor(choice);
      const check = await testChoice(choice, token, checkTimeoutMs);
      if (!check.ok) return check;
      const next = isInProcessChoice(choice) ? null : configOf(choice, token);
      const storage = next && choice.token.trim() !== '' ? tokens.set(tokenKey(next.url), choice.token.trim()) : null;
      await switchTo(next);
      choiceFile.write(choiceOf(next));
      source = 'saved';
      problem = null;
      const where = next ? `${next.url}` : 'the built-in backend';
      return { ok: true, message: `Switched to ${where}.`, switched: true, problem: null, tokenStorage: storage };
    },
  };

  const tokenFor = (choice: BackendChoiceInput): string => (choice.token.trim() !== '' ? choice.token.trim() : (tokens.get(tokenKey(choice.url)) ?? ''));

  // A backend chosen in the app signs in as its token's owner, whatever --agent said for the start.
  const start = (backend: BackendConfig | null, switching = false) =>
    createAppServices({
      ...serviceOptions,
      ...(switching ? { onAgentMismatch: 'owner' as const } : {}),
      // The command line keeps the folder it always had; a backend chosen in the app gets a cache of its own.
      dataDir: backend && source !== 'command-line' ? join(options.dataDir, 'backends', cacheFolder(backend)) : options.dataDir,
      ...(backend ? { backend } : {}),
      backendSettings: port,
      // The back office and explorers belong to the desk, whichever helpdesk it switches to.
      accountSettings: { file: join(options.dataDir, 'account-settings.json'), tokens },
    });

  let current = await start(config);
  let unsubscribe = current.subscribe((event, payload) => forward(event, payload));
  const forward: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };

  const switchTo = async (backend: BackendConfig | null) => {
    const next = await start(backend, true);
    const previous = current;
    unsubscribe();
    current = next;
    config = backend;
    unsubscribe = next.subscribe(forward);
    setTimeout(() => void previous.close(), RETIRE_AFTER_MS);
  };

  return {
    dispatch: (channel, input) => current.dispatch(channel, input),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get cache() {
      return current.cache;
    },
    get sync() {
      return current.sync;
    },
    get backendUrl() {
      return current.backendUrl;
    },
    close: async () => {
      unsubscribe();
      await current.close();
    },
  };
}

/** One folder per backend: kind plus a digest of the address, so two helpdesks never share a cache. */
function cacheFolder(backend: BackendConfig): string {
  return `${backend.kind}-${createHash('sha256').update(backend.url).digest('hex').slice(0, 12)}`;
}
