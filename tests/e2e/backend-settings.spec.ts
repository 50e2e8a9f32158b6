import { expect, test, type Page } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

// The agent chooses the backend in the settings view: a wrong address or token is named in one
// sentence within seconds, and a right one switches the desk to that backend's tickets.

let shared: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  shared = await startBackend(['--memory', '--tickets', '120', '--seed', '9']);
  // No --backend: the desk starts on its built-in backend and may switch from the settings view.
  preview = await startPreview({ extra: ['--seed-tickets', '60'] });
});

test.afterAll(async () => {
  await preview?.stop();
  await shared?.stop();
});

async function openBackendSettings(page: Page): Promise<void> {
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('backend-settings')).toBeVisible();
  await expect(page.getByTestId('backend-current')).toContainText('Built-in');
}

test('a wrong token and an unreachable address get clear sentences; the right token switches the desk', async ({ page }) => {
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await openBackendSettings(page);
  const status = page.getByTestId('backend-status');

  await page.getByTestId('backend-kind').selectOption('embedded');
  await page.getByTestId('backend-url').fill(shared.url);
  await page.getByTestId('backend-token').fill('not-the-token');
  await page.getByTestId('backend-test').click();
  await expect(status).toContainText('refused the credentials: check the token', { timeout: 15_000 });

  await page.getByTestId('backend-url').fill('http://127.0.0.1:1');
  await page.getByTestId('backend-test').click();
  await expect(status).toContainText('Nothing answers at http://127.0.0.1:1', { timeout: 15_000 });

  await page.getByTestId('backend-url').fill('support.example.com');
  await page.getByTestId('backend-apply').click();
  await expect(status).toContainText('is not a usable address', { timeout: 15_000 });

  // The right token: saved, switched, and the desk reloads on the shared backend's queue.
  await page.getByTestId('backend-url').fill(shared.url);
  await page.getByTestId('backend-token').fill(shared.token);
  await page.getByTestId('backend-apply').click();
  await expect(status).toContainText(`Switched to ${shared.url}`, { timeout: 15_000 });
  await page.waitForEvent('load');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  // The rows are the shared backend's tickets (another seed: same ids, other subjects).
  const row = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  await expect(row).toBeVisible({ timeout: 30_000 });
  const ticketId = (await row.getAttribute('data-ticket-id'))!;
  const { ticket } = await backendGet<{ ticket: { subject: string } }>(shared, `/api/v1/tickets/${ticketId}`);
  await expect(row).toContainText(ticket.subject);

  // The settings now show the chosen backend, and the token is never shown back.
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('backend-current')).toContainText(shared.url);
  await expect(page.getByTestId('backend-token')).toHaveValue('');
});
