// `npm test`: every check and every test, then one closing line with the counts.
// Order: lint (layer rules) → typecheck → Electronegativity → build → unit (Vitest) → end-to-end (Playwright, Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (label, command, args) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
};

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit-results.json', { force: true });
rmSync('test-results/e2e-results.json', { force: true });

const steps = [];
steps.push(['lint', run('lint: layer rules and code checks', npx, ['--no-install', 'eslint', '.'])]);
// Each process layer in its own environment (main without the DOM, the renderer without Node), then everything with the tests.
const typechecked = ['tsconfig.main.json', 'tsconfig.renderer.json', 'tsconfig.json'].every((config) => run(`typecheck: ${config}`, npx, ['--no-install', 'tsc', '-p', config, '--noEmit']));
steps.push(['typecheck', typechecked]);
steps.push(['security scan', run('security scan: Electronegativity (HIGH/MEDIUM must be justified)', process.execPath, ['scripts/security-scan.mjs'])]);
const built = run('build', process.execPath, ['scripts/build.mjs']);
steps.push(['build', built]);
steps.push(['unit', run('unit and integration tests (Vitest)', npx, ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit-results.json'])]);
if (built) steps.push(['e2e', run('end-to-end tests (Playwright, Chromium)', npx, ['--no-install', 'playwright', 'test'])]);
else steps.push(['e2e', false]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('test-results/unit-results.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit-results.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (existsSync('test-results/e2e-results.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e-results.json', 'utf8'));
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
const failedSteps = steps.filter(([, ok]) => !ok).map(([name]) => name);
if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
// A failed step without failed tests (lint, build) still counts as one failure.
if (failed === 0 && failedSteps.length > 0) failed = failedSteps.length;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length === 0 ? 0 : 1);
