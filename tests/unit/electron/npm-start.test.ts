import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../support/electron-binary';

const root = join(import.meta.dirname, '..', '..', '..');
const hasBinary = electronBinary() !== null;

describe('npm start', () => {
  it.skipIf(hasBinary)('says in one line, without a stack trace, that Electron is missing and points to the preview (skipped where the binary exists)', () => {
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron.*not installed.*npm run preview/);
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
