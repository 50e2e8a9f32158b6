import { expect, test } from '@playwright/test';
import { startBackend, startPreview, type RunningBackend } from '../support/processes';

let backend: RunningBackend;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '200', '--seed', '8']);
});

test.afterAll(async () => {
  await backend?.stop();
});

test('a draft typed before a kill -9 is there after the restart', async ({ page }) => {
  const first = await startPreview({ backend });
  await page.goto(first.url);
  const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  await expect(selected).toBeVisible();
  await page.keyboard.press('j');
  const ticketId = await selected.getAttribute('data-ticket-id');
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  const draft = 'Half-written answer about the USDT withdrawal on TRC20';
  await page.keyboard.type(draft);
  // Saved as the agent types (debounced), so a crash a moment later loses nothing.
  await page.waitForTimeout(1000);
  await first.kill();

  const second = await startPreview({ backend, dataDir: first.dataDir });
  await page.goto(second.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  // Find the same ticket with the keyboard and open its composer.
  for (let i = 0; i < 50 && (await selected.getAttribute('data-ticket-id')) !== ticketId; i++) await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('data-ticket-id', ticketId!);
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  await expect(page.getByTestId('composer')).toHaveValue(draft);
  await second.stop();
});
