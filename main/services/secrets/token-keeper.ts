import type { BackendSettingsView } from '../../../preload/contract';
import { SecretStoreError, type EncryptedSecretStore } from './encrypted-secret-store';

export type TokenStorage = BackendSettingsView['tokenStorage'];

/** Where backend tokens typed in the settings view are kept. */
export interface TokenKeeper {
  storage(): TokenStorage;
  get(key: string): string | null;
  /** Keeps the token and says where it ended up. */
  set(key: string, token: string): TokenStorage;
}

/** Memory only: the browser-hosted mode has no OS keychain, so a token lives as long as the process. */
export function sessionTokens(): TokenKeeper {
  const tokens = new Map<string, string>();
  return {
    storage: () => 'session-only',
    get: (key) => tokens.get(key) ?? null,
    set: (key, token) => {
      tokens.set(key, token);
      return 'session-only';
    },
  };
}

/** The desktop: encrypted by the OS keychain (safeStorage); without one, this session's memory and never plain text. */
export function keychainTokens(store: EncryptedSecretStore): TokenKeeper {
  const fallback = sessionTokens();
  const storage = (): TokenStorage => {
    const status = store.status();
    if (!status.available) return 'session-only';
    return status.weak ? 'weak-keychain' : 'keychain';
  };
  return {
    storage,
    get: (key) => fallback.get(key) ?? store.get(key),
    set: (key, token) => {
      try {
        store.set(key, token);
        return storage();
      } catch (error) {
        if (!(error instanceof SecretStoreError)) throw error;
        return fallback.set(key, token);
      }
    },
  };
}
