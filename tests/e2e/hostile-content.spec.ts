import { expect, test } from '@playwright/test';
import { backendAdmin, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { HOSTILE_PAYLOADS, HUGE_BODY } from './fixtures/hostile-payloads';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '50', '--seed', '13']);
  // Each payload as a subject, a body and a customer name; security-flagged so they sort first.
  for (const [i, payload] of HOSTILE_PAYLOADS.entries()) {
    await backendAdmin(backend, 'simulate/new-ticket', { subject: payload.slice(0, 2000), body: payload, customerName: payload.slice(0, 500), security: true, priority: 'urgent' });
    if (i === 0) await backendAdmin(backend, 'simulate/new-ticket', { subject: 'Huge transaction log', body: HUGE_BODY, customerName: 'Bulk Sender', security: true, priority: 'urgent' });
  }
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

test(`${HOSTILE_PAYLOADS.length} hostile payloads in subjects, bodies and names: nothing runs, the desk stays usable`, async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(preview.url).origin)) requests.push(r.url());
  });
  await page.goto(preview.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');

  const pane = page.getByTestId('ticket-pane');
  const seen = new Set<string>();
  const warnings: string[] = [];
  let hiddenMarks = 0;
  // Walk the queue: every hostile ticket is shown in the pane, one after the other.
  for (let i = 0; i < HOSTILE_PAYLOADS.length + 1; i++) {
    const id = await page.locator('[data-testid="queue-row"][aria-selected="true"]').getAttribute('data-ticket-id');
    await expect(pane).toHaveAttribute('data-ticket-id', id!, { timeout: 15_000 });
    await expect(page.getByTestId('message').first()).toBeVisible();
    seen.add(id!);
    warnings.push(...(await page.locator('[data-testid="ticket-pane"] .safety-warning').allTextContents()));
    hiddenMarks += await page.locator('[data-testid="ticket-pane"] .hidden-char').count();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.keyboard.press('j');
  }
  expect(seen.size).toBe(HOSTILE_PAYLOADS.length + 1);

  // Shown as text, literally.
  await expect(page.getByText('<script>window.__pwned=1</script>').first()).toBeAttached();
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="ticket-pane"] script, [data-testid="ticket-pane"] img, [data-testid="ticket-pane"] iframe, [data-testid="ticket-pane"] svg:not([aria-hidden])').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No tracker, remote image or script was fetched.
  expect(requests).toEqual([]);
  // Look-alike domains, poisoned addresses and hidden characters were pointed out to the agent.
  expect(warnings.join('\n')).toMatch(/mixes alphabets|looks like/);
  expect(warnings.join('\n')).toMatch(/uses the name "binance"/);
  expect(warnings.join('\n')).toMatch(/differs by one character/);
  expect(hiddenMarks).toBeGreaterThan(0);
  // Still usable: the composer opens and takes text.
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  await page.keyboard.type('We never ask for your seed phrase.');
  await expect(page.getByTestId('composer')).toHaveValue('We never ask for your seed phrase.');
});
