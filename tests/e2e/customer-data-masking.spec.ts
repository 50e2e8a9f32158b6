import { expect, test, type Page } from '@playwright/test';
import { backendAdmin, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk } from './fixtures/desk-page';

/**
 * Customer data masked in main: the page records every bridge answer and event it receives (in
 * the page itself, before the desk reads them), and none holds an unrevealed value. Then a reveal
 * with a reason shows the e-mail, screen-share mode masks names, and a reply carrying another
 * customer's e-mail is held back with the reason until the agent sends it with a note.
 */
const EMAIL = 'maria.lopez@gmail.com';
const OTHER_EMAIL = 'john.smith@yahoo.com';
const SECRETS = [EMAIL, '612 345 678', '203.0.113.42', 'X7654321', 'Baker Street'];
const BODY = `Hello, write to me at ${EMAIL} or +34 612 345 678. My login came from 203.0.113.42. Passport X7654321. I live at 221 Baker Street, London. qzmaskone`;

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '40', '--seed', '21']);
  await backendAdmin(backend, 'simulate/new-ticket', { subject: 'Deposit missing qzmaskone', body: BODY, customerName: 'Maria Lopez', customerEmail: EMAIL, priority: 'urgent' });
  await backendAdmin(backend, 'simulate/new-ticket', { subject: 'Withdrawal stuck', body: 'Where is my withdrawal?', customerName: 'John Smith', customerEmail: OTHER_EMAIL });
  preview = await startPreview({ backend, agent: 'agent-frontline-1' });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

/** Records, inside the page, every bridge answer (fetch) and event (EventSource) as the desk receives it. */
async function recordBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __bridgeLog: string[] }).__bridgeLog = log;
    const originalFetch = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await originalFetch(...args);
      if (String(args[0]).includes('/bridge/')) log.push(await response.clone().text());
      return response;
    };
    const originalAdd = EventSource.prototype.addEventListener;
    EventSource.prototype.addEventListener = function (this: EventSource, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      const recorded = (event: Event) => {
        log.push(String((event as MessageEvent).data));
        if (typeof listener === 'function') listener.call(this, event);
        else listener.handleEvent(event);
      };
      originalAdd.call(this, type, recorded, options);
    } as typeof EventSource.prototype.addEventListener;
  });
}

const bridgeLog = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __bridgeLog: string[] }).__bridgeLog);

async function openByEmailSearch(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(EMAIL);
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toBeVisible({ timeout: 30_000 });
  await expect(hit).toContainText('m•••••@gmail.com');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-subject')).toContainText('Deposit missing qzmaskone');
}

test('the renderer never receives an unrevealed value; a reveal with a reason shows it', async ({ page }) => {
  test.setTimeout(120_000);
  await recordBridge(page);
  await openDesk(page, preview.url);
  await openByEmailSearch(page);
  await expect(page.getByTestId('customer-email')).toHaveText('m•••••@gmail.com');
  await expect(page.getByTestId('message').first()).toContainText('+•••••78');
  // Walk the queue views too, then look at everything the page received so far.
  for (const key of ['1', '2', '3', '4', '5', '1']) {
    await page.getByTestId('queue').focus();
    await page.keyboard.press(key);
  }
  await page.waitForTimeout(1500);
  const before = await bridgeLog(page);
  expect(before.length).toBeGreaterThan(10);
  expect(before.join('\n')).toContain('m•••••@gmail.com');
  for (const secret of SECRETS) expect(before.filter((r) => r.includes(secret)), `${secret} reached the page`).toEqual([]);

  // Reveal the e-mail with a reason: shown, for this customer only.
  await page.keyboard.press('Escape');
  await openByEmailSearch(page);
  await expect(page.getByTestId('customer-email')).toHaveText('m•••••@gmail.com');
  await page.getByTestId('reveal-button').click();
  const dialog = page.getByTestId('reveal-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('reveal-field').selectOption('email');
  await dialog.getByTestId('reveal-reason').selectOption('customer_request');
  await dialog.getByTestId('reveal-submit').click();
  await expect(page.getByTestId('customer-email')).toHaveText(EMAIL);
  await expect(page.locator('[data-testid="revealed-field"][data-field="email"]')).toBeVisible();
  // The phone stays masked: only the field revealed.
  await expect(page.getByTestId('message').first()).not.toContainText('612 345 678');
});

test('screen-share mode masks names until turned off, with a banner', async ({ page }) => {
  await openDesk(page, preview.url);
  await openByEmailSearch(page);
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Lopez');
  await page.getByTestId('queue').focus();
  await page.keyboard.press('Shift+H');
  await expect(page.getByTestId('screen-share-banner')).toBeVisible();
  await expect(page.getByTestId('customer-name')).toHaveText('M••• L•••');
  await expect(page.locator('[data-testid="queue-row"]', { hasText: 'Maria Lopez' })).toHaveCount(0);
  await page.keyboard.press('Shift+H');
  await expect(page.getByTestId('screen-share-banner')).toHaveCount(0);
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Lopez');
});

test("a reply carrying another customer's e-mail is blocked with the reason; sent with a note", async ({ page }) => {
  await openDesk(page, preview.url);
  await openByEmailSearch(page);
  await page.keyboard.press('r');
  await page.keyboard.type(`I also checked ${OTHER_EMAIL} for you.`);
  await page.keyboard.press('Control+Enter');
  const warning = page.getByTestId('leak-warning');
  await expect(warning).toBeVisible();
  await expect(page.getByTestId('leak-reason')).toHaveText("It contains another customer’s e-mail (j•••••@yahoo.com).");
  await expect(page.getByTestId('composer')).toHaveValue(`I also checked ${OTHER_EMAIL} for you.`);
  await page.getByTestId('leak-note').fill('joint account, both asked');
  await page.getByTestId('leak-send-anyway').click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('composer')).toHaveValue('');
});
