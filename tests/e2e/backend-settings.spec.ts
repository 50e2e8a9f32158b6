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

test('a wrong kind gets its own sentence, focus stays on the button, the section sits above the keys, one word on the keychain', async ({ page }) => {
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  // (The test before switched this desk to the shared backend: the section is the same.)
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('backend-current')).toBeVisible();
  const status = page.getByTestId('backend-status');

  // Above the key bindings, not below them.
  const backendTop = (await page.getByTestId('backend-settings').boundingBox())!.y;
  const keysTop = (await page.getByTestId('settings-filter').boundingBox())!.y;
  expect(backendTop).toBeLessThan(keysTop);

  // The preview keeps tokens for the session only: that is all it says about where they are kept.
  const section = page.getByTestId('backend-settings');
  await expect(section).toContainText('This mode has no keychain');
  await expect(section).not.toContainText(/kept encrypted/i);

  // The shared AgentDesk backend, taken for Request Tracker with its own (right) token: named as what it is.
  await page.getByTestId('backend-kind').selectOption('request-tracker');
  await page.getByTestId('backend-url').fill(shared.url);
  await page.getByTestId('backend-token').fill(shared.token);
  const testButton = page.getByTestId('backend-test');
  await testButton.click();
  await expect(status).toHaveText(`${shared.url} is AgentDesk backend (shared), not Request Tracker 5: choose “AgentDesk backend (shared)” as the backend, or check the address.`, { timeout: 15_000 });
  await expect(testButton).toBeFocused();
  await expect(status).toHaveAttribute('role', 'status');

  // The same kind with a wrong token is a wrong token.
  await page.getByTestId('backend-kind').selectOption('embedded');
  await page.getByTestId('backend-token').fill('not-the-token');
  await testButton.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('refused the credentials: check the token', { timeout: 15_000 });
  await expect(testButton).toBeFocused();

  // Request Tracker's own names and priority scale, folded away; a scale that is not one is said at once.
  await page.getByTestId('backend-kind').selectOption('request-tracker');
  const layout = page.getByTestId('rt-layout');
  await expect(layout).toBeVisible();
  await layout.locator('summary').click();
  await expect(page.getByTestId('rt-name-securityQueue')).toHaveAttribute('placeholder', 'Security');
  await page.getByTestId('rt-priorities').fill('100,50');
  await expect(page.getByTestId('rt-priorities-help')).toHaveText('Give four whole numbers separated by commas, e.g. 0,50,75,100.');
  await expect(page.getByTestId('rt-priorities')).toHaveAttribute('aria-invalid', 'true');
  await testButton.click();
  await expect(status).toHaveText('Give four whole numbers separated by commas, e.g. 0,50,75,100.');
});

test('a backend fixed on the command line leaves every field and button disabled, and looking it, with the reason', async ({ page }) => {
  const fixed = await startPreview({ backend: shared });
  try {
    await page.goto(fixed.url);
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
    await page.keyboard.press('Control+,');
    await expect(page.getByTestId('backend-current')).toContainText(shared.url);
    await expect(page.getByTestId('backend-locked')).toHaveText('The backend was given on the command line for this run: start the desk without --backend to choose it here.');
    for (const id of ['backend-kind', 'backend-url', 'backend-token', 'backend-test', 'backend-apply']) await expect(page.getByTestId(id), id).toBeDisabled();
    for (const id of ['backend-test', 'backend-apply']) {
      const look = await page.getByTestId(id).evaluate((el) => ({ opacity: Number(getComputedStyle(el).opacity), cursor: getComputedStyle(el).cursor }));
      expect(look.opacity, id).toBeLessThan(0.6);
      expect(look.cursor, id).toBe('not-allowed');
    }
    // The reason is what a screen reader hears with the form.
    const describedBy = (await page.locator('form.backend-form').getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await page.getByTestId('backend-locked').getAttribute('id'));
  } finally {
    await fixed.stop();
  }
});
