import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

let backend: RunningBackend;
let preview: RunningPreview;
let securityPreview: RunningPreview;
let executivePreview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '31']);
  [preview, securityPreview, executivePreview] = await Promise.all([
    startPreview({ backend }),
    startPreview({ backend, agent: 'agent-security-1' }),
    startPreview({ backend, agent: 'agent-executive-1' }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([preview?.stop(), securityPreview?.stop(), executivePreview?.stop()]);
  await backend?.stop();
});

/** axe-core over the whole window; serious and critical violations fail, each printed in full. */
async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => [`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...v.nodes.slice(0, 8).map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)].join('\n'))
    .join('\n');
  if (serious.length > 0) console.log(`axe, ${what}:\n${report}`);
  expect(serious.length, `axe found serious or critical violations in ${what}:\n${report}`).toBe(0);
  // The scan really ran over the screen (a blank page would pass too).
  expect(results.passes.length).toBeGreaterThan(10);
}

async function openDesk(page: Page, url = preview.url): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', /.+/);
}

test('the queue, with tickets selected for a bulk change', async ({ page }) => {
  await openDesk(page);
  await expectNoSeriousViolations(page, 'the queue');
  await page.keyboard.press('x');
  await page.keyboard.press('Shift+J');
  await expect(page.getByTestId('bulk-bar')).toBeVisible();
  await expectNoSeriousViolations(page, 'the queue with a bulk selection');
});

test('an open ticket, its composer, and search results', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#ticket-scroll')).toBeFocused();
  await expect(page.getByTestId('message').first()).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByTestId('composer')).toBeFocused();
  await expectNoSeriousViolations(page, 'an open ticket');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type('withdrawal');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'search results');
});

test('the command palette', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await expectNoSeriousViolations(page, 'the palette');
  await page.keyboard.type('pending');
  await expect(page.getByTestId('palette-hit').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the palette with ticket hits');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('queue')).toBeFocused();
});

test('the keymap overlay', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('?');
  await expect(page.getByTestId('keymap-overlay')).toBeVisible();
  await expectNoSeriousViolations(page, 'the keymap overlay');
  await page.keyboard.type('bulk');
  await expectNoSeriousViolations(page, 'the filtered keymap overlay');
});

test('the settings view, capturing a key', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await expectNoSeriousViolations(page, 'the settings view');
  await page.keyboard.type('snooze');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-capture')).toBeFocused();
  await page.keyboard.press('Control+t');
  await expect(page.getByTestId('settings-error')).toContainText('reserved');
  await expectNoSeriousViolations(page, 'the settings view refusing a key');
});

test('the topic groups, the surge view and the reports', async ({ page }) => {
  await openDesk(page);
  await page.getByTestId('crisis-queue.groupByTopic').click();
  await expect(page.getByTestId('topic-group').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the topic groups');
  await page.getByTestId('crisis-screen.surge').click();
  await expect(page.getByTestId('surge-view')).toBeVisible();
  // The view tabs point at no queue list while it is off the page (aria-valid-attr-value).
  await expectNoSeriousViolations(page, 'the surge view');
  await page.getByTestId('crisis-screen.reports').click();
  await expect(page.getByTestId('reports-view')).toBeVisible();
  await expectNoSeriousViolations(page, 'the reports');
});

test('the security desk, on the security lane it lands on', async ({ page }) => {
  await openDesk(page, securityPreview.url);
  await expect(page.getByTestId('view-tab-security')).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousViolations(page, 'the security desk');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('message').first()).toBeVisible();
  // Customer messages are read with the rules of their own language.
  const language = await page.getByTestId('ticket-pane').evaluate(() => document.querySelector('[data-testid="message"][data-author="customer"] .message-body')?.getAttribute('lang') ?? null);
  expect(language).toMatch(/^[a-z]{2}$/);
  await expectNoSeriousViolations(page, 'a security case');
});

test('the executive desk: the start, an open ticket, its key hints', async ({ page }) => {
  await page.goto(executivePreview.url);
  await expect(page.getByTestId('executive-view')).toBeVisible();
  await expect(page.getByTestId('executive-take-next')).toBeFocused();
  await expectNoSeriousViolations(page, 'the executive start');
  await page.keyboard.press('n');
  await expect(page.getByTestId('executive-ticket')).toBeVisible();
  await expect(page.getByTestId('executive-reply')).toBeEnabled();
  await expectNoSeriousViolations(page, 'the executive desk with a ticket');
});
