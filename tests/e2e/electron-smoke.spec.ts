import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../support/electron-binary';

const hasBinary = electronBinary() !== null;

test.describe('desktop app (Electron)', () => {
  test.skip(!hasBinary, "Electron's binary is not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the desktop smoke test runs where it exists");

  test('opens the queue in a sandboxed window', async () => {
    // The app needs better-sqlite3 built for Electron's ABI, kept apart from the Node build.
    const binding = execFileSync(process.execPath, ['scripts/electron-native.mjs'], { encoding: 'utf8' }).trim();
    const app = await electron.launch({
      executablePath: electronBinary()!,
      args: ['.', '--data', mkdtempSync(join(tmpdir(), 'agentdesk-electron-'))],
      env: { ...process.env, AGENTDESK_SQLITE_BINDING: binding },
    });
    const window = await app.firstWindow();
    await expect(window.getByTestId('queue-row').first()).toBeVisible({ timeout: 30_000 });
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
