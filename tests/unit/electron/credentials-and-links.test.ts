import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { confirmAndOpen } from '../../../main/electron/confirm-external-link';
import { checkExternalUrl } from '../../../main/services/domain/external-links';
import { EncryptedSecretStore, type SecretCipher } from '../../../main/services/secrets/encrypted-secret-store';

/** Stands in for safeStorage: reversible, but never the plain text. */
function fakeCipher(overrides: Partial<SecretCipher> = {}): SecretCipher {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
    decryptString: (buf) => Buffer.from([...buf].map((b) => b ^ 0x5a)).toString(),
    getSelectedStorageBackend: () => 'gnome_libsecret',
    ...overrides,
  };
}

describe('backend credentials through the OS keychain', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'agentdesk-secrets-')), 'secrets.json');

  it('never writes the token in plain text, and reads it back', () => {
    const path = file();
    const store = new EncryptedSecretStore(path, fakeCipher());
    store.set('backend-token:http://rt.example', 'tok_live_abcdef123456');
    expect(readFileSync(path, 'utf8')).not.toContain('tok_live_abcdef123456');
    expect(store.get('backend-token:http://rt.example')).toBe('tok_live_abcdef123456');
    store.delete('backend-token:http://rt.example');
    expect(store.get('backend-token:http://rt.example')).toBeNull();
  });

  it('refuses to store without a keychain rather than fall back to plain text', () => {
    const path = file();
    const store = new EncryptedSecretStore(path, fakeCipher({ isEncryptionAvailable: () => false }));
    expect(() => store.set('t', 'secret-value')).toThrow(/keychain is not available/);
  });

  it('warns when Linux has no real keyring (basic_text)', () => {
    const warn = vi.fn();
    const store = new EncryptedSecretStore(file(), fakeCipher({ getSelectedStorageBackend: () => 'basic_text' }), warn);
    expect(store.status().weak).toBe(true);
    store.set('t', 'v');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/basic_text/));
  });

  it('asks again instead of crashing when a secret cannot be decrypted', () => {
    const path = file();
    new EncryptedSecretStore(path, fakeCipher()).set('t', 'v');
    const broken = new EncryptedSecretStore(path, fakeCipher({ decryptString: () => { throw new Error('keychain changed'); } }));
    expect(broken.get('t')).toBeNull();
  });
});

describe('external links', () => {
  it('allows http and https only, never with credentials', () => {
    expect(checkExternalUrl('https://www.example.com/help?a=1')).toEqual({ ok: true, url: 'https://www.example.com/help?a=1' });
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'vbscript:x', 'https://user:pw@evil.example/', 'not a url', 'smb://share/x']) {
      expect(checkExternalUrl(bad).ok).toBe(false);
    }
  });

  it('shows the full address and opens only when the agent confirms', async () => {
    const openExternal = vi.fn(async () => {});
    const showMessageBox = vi.fn(async () => ({ response: 0, checkboxChecked: false }));
    const open = confirmAndOpen({ dialog: { showMessageBox } as never, shell: { openExternal }, window: () => null });
    expect(await open('https://evil.example/login')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(JSON.stringify(showMessageBox.mock.calls[0])).toContain('https://evil.example/login');
    showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await open('https://help.example/faq')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://help.example/faq', { activate: true });
  });
});
