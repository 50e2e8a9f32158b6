import { expect, test } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { showAllTickets } from './fixtures/desk-page';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '5']);
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

test('queue, j/k, Enter, reply with r … Ctrl+Enter, and the backend stores the reply', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);

  // The secret leaves the address bar at once.
  await expect(page).not.toHaveURL(/secret=/);
  await expect(page.getByTestId('agent-name')).not.toBeEmpty();
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  // The agent lands on their own work, which the seed may make one or two tickets; j and k need more.
  await showAllTickets(page);

  // The pane shows the selected ticket; j and k move the selection.
  await page.keyboard.press('j');
  const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  const second = await selected.getAttribute('data-ticket-id');
  await page.keyboard.press('j');
  const third = await selected.getAttribute('data-ticket-id');
  expect(third).not.toBe(second);
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('data-ticket-id', second!);

  await page.keyboard.press('Enter');
  const pane = page.getByTestId('ticket-pane');
  await expect(pane).toHaveAttribute('data-ticket-id', second!);
  await expect(page.getByTestId('ticket-subject')).not.toBeEmpty();
  await expect(page.getByTestId('message').first()).toBeVisible();

  await page.keyboard.press('r');
  const composer = page.getByTestId('composer');
  await expect(composer).toBeFocused();
  const text = `Thanks for waiting — your deposit was credited (e2e ${Date.now()})`;
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(composer).toHaveValue('');

  // Shown at once, then confirmed delivered.
  await expect(page.getByTestId('message').filter({ hasText: text })).toBeVisible();
  await expect(page.getByTestId('outbox-entry').last()).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });

  const stored = await backendGet<{ messages: Array<{ body: string; authorType: string }> }>(backend, `/api/v1/tickets/${second}`);
  expect(stored.messages.filter((m) => m.body === text)).toHaveLength(1);
  expect(stored.messages.find((m) => m.body === text)?.authorType).toBe('agent');

  // Esc goes back to the queue with the same ticket selected.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(selected).toHaveAttribute('data-ticket-id', second!);
  expect(errors).toEqual([]);
});

test('the bridge refuses a page without the preview secret', async ({ request }) => {
  const origin = new URL(preview.url).origin;
  const response = await request.post(`${origin}/bridge/invoke/session.get`, { data: {} });
  expect(response.status()).toBe(401);
});
