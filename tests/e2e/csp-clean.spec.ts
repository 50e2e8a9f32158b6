import { expect, test, type Page } from '@playwright/test';
import { startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk } from './fixtures/desk-page';

// Issue 14: the desk itself raises no Content-Security-Policy violation, on load or in any view,
// so a CSP report in production means an attack (an injected script, style or frame), never us.

let backend: RunningBackend;
const previews: RunningPreview[] = [];

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '120', '--seed', '21']);
});

test.afterAll(async () => {
  for (const p of previews) await p.stop();
  await backend?.stop();
});

/** Records every violation the page reports (event and console), from before the first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|evaluate|load|apply|connect|frame)/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  return async () => [...consoleReports, ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []))];
}

test('loading the desk and opening every view raises no CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  // The built entry `npm run preview` runs (dist/main/preview.cjs), so this also proves the bundle starts and serves the desk.
  const preview = await startPreview({ backend, bundled: true });
  previews.push(preview);
  const violations = await watchCsp(page);
  await openDesk(page, preview.url);
  expect(await violations(), 'on load').toEqual([]);

  const queue = page.getByTestId('queue');
  const steps: Array<[string, () => Promise<void>]> = [
    ['view 2', async () => page.keyboard.press('2')],
    ['view 3', async () => page.keyboard.press('3')],
    ['view 4 (security)', async () => page.keyboard.press('4')],
    ['view 5 (snoozed)', async () => page.keyboard.press('5')],
    ['view 1', async () => (await page.keyboard.press('1'), await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible())],
    ['open a ticket', async () => (await page.keyboard.press('Enter'), await expect(page.getByTestId('message').first()).toBeVisible())],
    ['reply composer', async () => (await page.keyboard.press('r'), await expect(page.getByTestId('composer')).toBeVisible(), await page.keyboard.press('Escape'))],
    ['macro picker', async () => (await page.keyboard.press('m'), await expect(page.getByTestId('macro-search')).toBeVisible(), await page.keyboard.press('Escape'))],
    ['back to the queue', async () => (await page.keyboard.press('Escape'), await queue.focus())],
    ['keymap overlay', async () => (await page.keyboard.press('Shift+?'), await expect(page.getByTestId('keymap-filter')).toBeVisible(), await page.keyboard.press('Escape'))],
    ['command palette', async () => (await page.keyboard.press('Control+k'), await expect(page.getByTestId('palette-input')).toBeVisible(), await page.keyboard.press('Escape'))],
    ['search', async () => (await page.keyboard.press('/'), await page.keyboard.type('withdrawal'), await expect(page.getByTestId('search-results')).toBeVisible(), await page.keyboard.press('Escape'))],
    ['surge view', async () => (await queue.focus(), await page.keyboard.press('g'), await page.keyboard.press('s'), await expect(page.getByTestId('surge-view')).toBeVisible(), await expect(page.locator('[data-testid="surge-view"] canvas').first()).toBeVisible())],
    ['reports', async () => (await page.keyboard.press('g'), await page.keyboard.press('r'), await expect(page.getByTestId('reports-view')).toBeVisible())],
    ['back to the desk', async () => (await page.keyboard.press('g'), await page.keyboard.press('q'), await expect(queue).toBeVisible())],
    ['topic groups', async () => (await queue.focus(), await page.keyboard.press('g'), await page.keyboard.press('t'), await expect(page.getByTestId('topic-groups')).toBeVisible())],
    ['settings', async () => (await page.keyboard.press('Control+,'), await expect(page.getByTestId('backend-settings')).toBeVisible(), await page.keyboard.press('Escape'))],
  ];
  for (const [name, step] of steps) {
    await step();
    await page.waitForTimeout(150);
    expect(await violations(), name).toEqual([]);
  }
});

test('the executive desk raises no CSP violation either', async ({ page }) => {
  const preview = await startPreview({ backend, agent: 'agent-executive-1' });
  previews.push(preview);
  const violations = await watchCsp(page);
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await expect(page.getByTestId('executive-view')).toBeVisible();
  await page.getByTestId('executive-take-next').click();
  await expect(page.getByTestId('executive-ticket')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await violations()).toEqual([]);
});
