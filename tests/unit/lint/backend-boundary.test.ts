import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The embedded backend's boundary (eslint.config.js): each rule fails on a forbidden import, and the
// imports the layout relies on stay allowed. The files need not exist: ESLint lints the snippet as if
// it lived at that path.
const ROOT = join(import.meta.dirname, '..', '..', '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

async function restrictedImports(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as imported from '${specifier}';\nexport const used = imported;\n`, { filePath: join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the embedded backend is a package of its own', () => {
  it.each([
    ['main/services/app/app-services.ts', '../../backend/start-embedded-backend', 'one entry'],
    ['main/services/connectors/shipped-macros.ts', '../../backend/seed/generate-seed', 'one entry'],
    ['main/cli/backend.ts', '../backend/backend-store', 'one entry'],
    ['main/services/domain/ticket-changes.ts', '../../backend', 'below every service'],
  ])('%s may not import %s', async (file, specifier, reason) => {
    expect((await restrictedImports(file, specifier)).join(' ')).toContain(reason);
  });

  it.each([
    ['main/services/app/app-services.ts', '../../backend'],
    ['main/services/app/app-services.ts', '../../backend/index'],
    ['main/cli/backend.ts', '../backend'],
  ])('%s starts it through %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });
});

describe('the backend imports only the shared rules and its own wire types', () => {
  it.each([
    ['main/backend/backend-store.ts', '../../preload/contract', "desk's contract"],
    ['main/backend/seed/customers.ts', '../../../preload/contract/domain-types', "desk's contract"],
    ['main/backend/wire-types.ts', '../../preload/contract', "desk's contract"],
    ['main/backend/backend-http-server.ts', '../../preload/browser-preload', "desk's contract or bridge"],
    ['main/backend/backend-store.ts', '../../preload/rules/domain-shapes', 'wire types'],
    ['main/backend/backend-store.ts', '../services/store/ticket-repository', 'its own product'],
    ['main/backend/seed/generate-seed.ts', '../../services/sync/sync-engine', 'its own product'],
    ['main/backend/backend-http-server.ts', '../services/connectors/connector-factory', 'its own product'],
    ['main/backend/backend-http-server.ts', '../services/app/app-services', 'its own product'],
    ['main/backend/start-embedded-backend.ts', '../cli/cli-options', 'plain Node'],
    ['main/backend/start-embedded-backend.ts', 'electron', 'plain Node'],
    ['main/backend/start-embedded-backend.ts', '../electron/electron-main', 'plain Node'],
    ['main/backend/backend-store.ts', '../../renderer/src/App', 'plain Node'],
  ])('%s may not import %s', async (file, specifier, reason) => {
    expect((await restrictedImports(file, specifier)).join(' ')).toContain(reason);
  });

  it.each([
    ['main/backend/wire-types.ts', '../../preload/rules/domain-shapes'],
    ['main/backend/backend-escalations.ts', '../../preload/rules/escalation-defaults'],
    ['main/backend/backend-store.ts', './wire-types'],
    ['main/backend/seed/agents.ts', '../wire-types'],
    ['main/backend/backend-store.ts', '../services/domain/ticket-changes'],
    ['main/backend/seed/generate-seed.ts', '../../services/domain/starter-library'],
    ['main/backend/backend-store.ts', '../services/sqlite/open-database'],
    ['main/backend/backend-escalations.ts', '../services/audit/audit-log-table'],
    ['main/backend/backend-http-server.ts', '../services/http/http-helpers'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });
});

describe('the shared data shapes import nothing', () => {
  it.each(['../contract', './escalation-defaults', 'zod'])('preload/rules/domain-shapes.ts may not import %s', async (specifier) => {
    expect((await restrictedImports('preload/rules/domain-shapes.ts', specifier)).join(' ')).toContain('import nothing');
  });
});
