import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// No function over 120 lines outside migrations and seed data (eslint.config.js, max-lines-per-function).
// The files need not exist: ESLint lints the snippet as if it lived at that path.
const ROOT = join(import.meta.dirname, '..', '..', '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

const statements = (count: number): string => Array.from({ length: count }, (_, i) => `  total += ${i};`).join('\n');

/** A function whose body holds `count` statements: count + 4 lines from its first line to its last. */
const longFunction = (count: number): string =>
  `export function sum(): number {\n  let total = 0;\n${statements(count)}\n  return total;\n}\n`;

/** A zustand-style store: the whole create((set, get) => ({ ... })) body is one arrow function. */
const longStore = (count: number): string => `declare function create<T>(init: (set: (p: Partial<T>) => void, get: () => T) => T): T;
type State = { total: number; add: () => void };
export const useSum = create<State>((set, get) => ({
  total: 0,
  add: () => {
    let total = get().total;
${statements(count)}
    set({ total });
  },
}));
`;

async function lengthErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'max-lines-per-function').map((m) => m.message);
}

describe('no function over 120 lines', () => {
  it.each([
    'main/services/app/some-handlers.ts',
    'main/backend/routes/some-routes.ts',
    'preload/rules/some-rule.ts',
    'renderer/src/components/SomeView.tsx',
  ])('a 121-line function in %s fails lint', async (file) => {
    expect((await lengthErrors(file, longFunction(117))).join(' ')).toContain('Maximum allowed is 120');
  });

  it('a 120-line function passes', async () => {
    expect(await lengthErrors('main/services/app/some-handlers.ts', longFunction(116))).toEqual([]);
  });

  it('blank lines and comments do not count', async () => {
    const padded = longFunction(116).replace('  let total = 0;\n', '  let total = 0;\n\n  // why\n\n');
    expect(await lengthErrors('main/services/app/some-handlers.ts', padded)).toEqual([]);
  });

  it("a zustand store's whole body counts as one function", async () => {
    expect((await lengthErrors('renderer/src/stores/some-store.ts', longStore(120))).join(' ')).toContain('Arrow function');
    expect(await lengthErrors('renderer/src/stores/some-store.ts', longStore(100))).toEqual([]);
  });

  it.each([
    'main/services/store/migrations/099-some-migration.ts',
    'main/backend/migrations/099-some-migration.ts',
    'main/backend/seed/some-content.ts',
  ])('migrations and seed data are exempt: %s', async (file) => {
    expect(await lengthErrors(file, longFunction(200))).toEqual([]);
  });
});
