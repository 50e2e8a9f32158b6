import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../../../preload/contract/domain-types';

// `npm run i18n:check` is FormatJS's own check of the catalogs (`formatjs verify`): every English
// key in every language, no key English lacks, and each message structurally the same as English
// (the same arguments with the same types: a plural stays a plural, a date a date). Run here, so
// `npm test` and CI fail when it fails; a broken copy of the catalogs proves that it can.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CATALOGS = join('renderer', 'src', 'i18n', 'catalogs');
const FORMATJS = join(ROOT, 'node_modules', '@formatjs', 'cli', 'bin', 'formatjs');
const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['i18n:check']!;

/** The npm script's own arguments, with the catalogs' folder swapped for `dir` when given. */
function verifyArgs(dir?: string): string[] {
  const args = script.split(' ').slice(1).map((a) => a.replace(/^"|"$/g, ''));
  return dir ? args.map((a) => (a.endsWith('*.json') ? join(dir, '*.json') : a)) : args;
}

function verify(dir?: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [FORMATJS, ...verifyArgs(dir)], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const broken = mkdtempSync(join(tmpdir(), 'agentdesk-catalogs-'));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe('formatjs verify (npm run i18n:check)', () => {
  it('checks missing keys, extra keys and structure against English, over the catalogs', () => {
    expect(script.startsWith('formatjs verify ')).toBe(true);
    expect(verifyArgs()).toEqual(expect.arrayContaining(['--source-locale', 'en', '--missing-keys', '--extra-keys', '--structural-equality', `${CATALOGS.split('\\').join('/')}/*.json`]));
  });

  it('passes on the catalogs', () => {
    const { status, output } = verify();
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 30_000);

  it('fails on a missing key, an extra key, a changed argument type and broken ICU, naming each', () => {
    for (const language of INTERFACE_LANGUAGES) copyFileSync(join(ROOT, CATALOGS, `${language}.json`), join(broken, `${language}.json`));
    const edit = (language: string, change: (catalog: Record<string, string>) => void) => {
      const file = join(broken, `${language}.json`);
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      change(catalog);
      writeFileSync(file, JSON.stringify(catalog, null, 2));
    };
    edit('es', (c) => {
      delete c['kind.link.cancelled'];
      c['kind.link.neverWritten'] = 'nunca';
    });
    // A plural turned into a plain argument, and an argument that lost its closing brace.
    edit('ru', (c) => (c['kind.sync.malformedRecords'] = 'пропущено записей: {count}'));
    edit('lt', (c) => (c['kind.trouble.refused'] = 'serveris atsisakė: {detail'));

    const { status, output } = verify(broken);
    expect(status).toBe(1);
    expect(output).toMatch(/Missing translation keys for locale es:\s+kind\.link\.cancelled/);
    expect(output).toMatch(/Extra translation keys for locale es:\s+kind\.link\.neverWritten/);
    expect(output).toMatch(/locale ru are structurally different from en:\s+kind\.sync\.malformedRecords/);
    expect(output).toMatch(/locale lt are structurally different from en:\s+kind\.trouble\.refused/);
  }, 30_000);
});
