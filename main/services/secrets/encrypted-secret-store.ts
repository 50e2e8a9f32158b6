import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** What the OS keychain offers (Electron's safeStorage has exactly this shape). */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring backs the encryption; 'basic_text' means none really does. */
  getSelectedStorageBackend?(): string;
}

export class SecretStoreError extends Error {}

/**
 * Credentials (backend tokens) kept encrypted by the OS keychain in a small file; never
 * written in plain text. Without a keychain it refuses rather than fall back to plain text.
 */
export class EncryptedSecretStore {
  constructor(
    private readonly file: string,
    private readonly cipher: SecretCipher,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** Whether secrets can be kept; on Linux without a keyring Electron would only obfuscate them. */
  status(): { available: boolean; weak: boolean; backend: string } {
    const backend = this.cipher.getSelectedStorageBackend?.() ?? 'os';
    return { available: this.cipher.isEncryptionAvailable(), weak: backend === 'basic_text', backend };
  }

  set(name: string, value: string): void {
    const status = this.status();
    if (!status.available) throw new SecretStoreError('the OS keychain is not available: the token is kept for this session only');
    if (status.weak) this.warn('no OS keyring was found (basic_text): the stored token is only obfuscated, not encrypted');
    const all = this.readAll();
    all[name] = this.cipher.encryptString(value).toString('base64');
    this.writeAll(all);
  }

  get(name: string): string | null {
    const encrypted = this.readAll()[name];
    if (!encrypted || !this.cipher.isEncryptionAvailable()) return null;
    try {
      return this.cipher.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      // A keychain change makes old secrets unreadable: ask again rather than crash.
      return null;
    }
  }

  delete(name: string): void {
    const all = this.readAll();
    delete all[name];
    this.writeAll(all);
  }

  private readAll(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }

  private writeAll(all: Record<string, string>): void {
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
    renameSync(temp, this.file);
  }
}
