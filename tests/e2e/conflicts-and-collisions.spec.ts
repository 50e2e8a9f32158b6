import { expect, test, type Page } from '@playwright/test';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '200', '--seed', '9']);
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

/** Opens the desk, moves the cursor down `moves` rows and opens the ticket there; returns its id. */
async function openSelectedTicket(page: Page, moves = 0): Promise<string> {
  await page.goto(preview.url);
  const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  await expect(selected).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  for (let i = 0; i < moves; i++) await page.keyboard.press('j');
  const ticketId = (await selected.getAttribute('data-ticket-id'))!;
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ticketId);
  return ticketId;
}

/**
 * The agent sets the open ticket's priority while the backend is down, and meanwhile a colleague
 * sets another one: the agent's change comes back as a conflict. Returns both values.
 */
async function conflictingPriorities(page: Page, ticketId: string): Promise<{ mine: string; theirs: string }> {
  // Mine and the colleague's: two values, both different from the current one.
  const current = await page.getByTestId('priority-select').inputValue();
  const [mine, theirs] = ['low', 'normal', 'high', 'urgent'].filter((p) => p !== current) as [string, string];
  await backendAdmin(backend, 'faults', { downForMs: 3000 });
  await page.getByTestId('priority-select').selectOption(mine);
  await backendAdmin(backend, 'simulate/agent-update', { ticketId, agentId: 'agent-frontline-2', changes: { priority: theirs } });
  await expect(page.locator('[data-testid="outbox-entry"][data-conflict="true"]')).toBeVisible({ timeout: 20_000 });
  return { mine, theirs };
}

test('a change made elsewhere while offline surfaces as a conflict the agent decides on', async ({ page }) => {
  const ticketId = await openSelectedTicket(page);
  // The desk loses the backend; meanwhile a colleague solves the ticket.
  await backendAdmin(backend, 'faults', { downForMs: 3000 });
  await page.getByTestId('status-select').selectOption('pending');
  await backendAdmin(backend, 'simulate/agent-update', { ticketId, agentId: 'agent-frontline-2', changes: { status: 'solved' } });

  const conflict = page.locator('[data-testid="outbox-entry"][data-conflict="true"]');
  await expect(conflict).toBeVisible({ timeout: 20_000 });
  await expect(conflict).toContainText('status is solved');
  // Not applied over the colleague's change.
  expect((await backendGet<{ ticket: { status: string } }>(backend, `/api/v1/tickets/${ticketId}`)).ticket.status).toBe('solved');

  await conflict.getByTestId('outbox-discard').click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByTestId('status-select')).toHaveValue('solved');
});

test('a reply is held back when the customer wrote meanwhile, and goes once the agent confirms', async ({ page }) => {
  const ticketId = await openSelectedTicket(page);
  await page.keyboard.press('r');
  const reply = `We have escalated your case (collision ${Date.now()})`;
  await page.keyboard.type(reply);
  const customerText = `I also sent 200 USDT again, please check! ${Date.now()}`;
  await backendAdmin(backend, 'simulate/customer-message', { ticketId, body: customerText });
  await page.waitForTimeout(1000);

  await page.keyboard.press('Control+Enter');
  const warning = page.getByRole('alert').filter({ hasText: customerText.slice(0, 30) });
  await expect(warning).toBeVisible();
  await expect(page.getByTestId('composer')).toHaveValue(reply);
  const before = await backendGet<{ messages: Array<{ body: string }> }>(backend, `/api/v1/tickets/${ticketId}`);
  expect(before.messages.filter((m) => m.body === reply)).toHaveLength(0);

  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('message').filter({ hasText: reply })).toBeVisible();
  await expect.poll(async () => (await backendGet<{ messages: Array<{ body: string }> }>(backend, `/api/v1/tickets/${ticketId}`)).messages.filter((m) => m.body === reply).length, { timeout: 15_000 }).toBe(1);
});

test('another agent viewing and typing on the same ticket is shown', async ({ page }) => {
  const ticketId = await openSelectedTicket(page);
  await fetch(`${backend.url}/api/v1/presence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ agentId: 'agent-frontline-2', ticketId, typing: true }),
  });
  await expect(page.getByTestId('presence')).toContainText(/typing/);
});

test('after a conflict the agent can apply their change anyway, and it lands once', async ({ page }) => {
  const ticketId = await openSelectedTicket(page, 2);
  const { mine, theirs } = await conflictingPriorities(page, ticketId);
  const conflict = page.locator('[data-testid="outbox-entry"][data-conflict="true"]');
  await expect(conflict).toContainText(`priority is ${theirs}`);

  await conflict.getByTestId('outbox-retry').click();
  await expect.poll(async () => (await backendGet<{ ticket: { priority: string } }>(backend, `/api/v1/tickets/${ticketId}`)).ticket.priority, { timeout: 15_000 }).toBe(mine);
  await expect(page.getByTestId('priority-select')).toHaveValue(mine);
});

test('a conflict on a ticket the agent left opens from the status bar: open, retry or discard it there', async ({ page }) => {
  const ticketId = await openSelectedTicket(page, 4);
  const { theirs } = await conflictingPriorities(page, ticketId);

  // The agent moves on: the failed change is no longer on screen, only its count in the status bar.
  await page.locator(`[data-testid="queue-row"]:not([data-ticket-id="${ticketId}"])`).first().click();
  await expect(page.getByTestId('ticket-pane')).not.toHaveAttribute('data-ticket-id', ticketId);
  const failed = page.getByTestId('sync-failed');
  await expect(failed).toHaveText(/1/);

  // Keyboard: the count is a button.
  await failed.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('failed-entries');
  await expect(dialog).toBeVisible();
  const entry = dialog.locator(`[data-testid="failed-entry"][data-ticket-id="${ticketId}"]`);
  await expect(entry).toHaveAttribute('data-conflict', 'true');
  await expect(entry).toContainText(ticketId);
  await expect(entry.getByTestId('failed-entry-error')).toContainText(`priority is ${theirs}`);
  await expect(entry.getByTestId('failed-entry-open')).toBeVisible();
  await expect(entry.getByTestId('failed-entry-retry')).toBeVisible();

  // Esc closes it and focus goes back to the count.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(failed).toBeFocused();

  // "Open ticket" shows the ticket with its conflict.
  await page.keyboard.press('Enter');
  await entry.getByTestId('failed-entry-open').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ticketId);
  await expect(page.locator('[data-testid="outbox-entry"][data-conflict="true"]')).toBeVisible();

  // Discard from the dialog: the entry goes, the count falls to zero, focus stays in the dialog.
  await failed.click();
  await entry.getByTestId('failed-entry-discard').click();
  await expect(entry).toHaveCount(0);
  await expect(failed).toHaveText(/0/);
  await expect(page.locator('[data-testid="failed-entries"] button:focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(failed).toBeFocused();
  expect((await backendGet<{ ticket: { priority: string } }>(backend, `/api/v1/tickets/${ticketId}`)).ticket.priority).toBe(theirs);
});
