import { macroSignature } from './fixtures/starter-library';
import { openDesk } from './fixtures/desk-page';
import { expect, test } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

interface BackendTicket {
  ticket: { id: string; language: string; tags: string[]; status: string };
  messages: Array<{ kind: string; authorType: string; body: string }>;
}

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '5']);
  preview = await startPreview({ backend, agent: 'agent-frontline-1' });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

test('m opens the picker; a fuzzy query finds the macro; the preview is in the customer’s language; two macros go into one reply', async ({ page }) => {
  await openDesk(page, preview.url);
  await page.keyboard.press('3'); // unassigned, in my languages
  const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  await expect(selected).toBeVisible();
  // An ordinary ticket: a frontline agent may not solve a security case, and the phishing macro solves.
  for (let i = 0; i < 40 && (await selected.locator('.badge-security').count()) > 0; i++) await page.keyboard.press('j');
  await expect(selected.locator('.badge-security')).toHaveCount(0);
  const ticketId = (await selected.getAttribute('data-ticket-id'))!;
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ticketId);
  const { ticket } = await backendGet<BackendTicket>(backend, `/api/v1/tickets/${ticketId}`);

  await page.keyboard.press('m');
  const picker = page.getByTestId('macro-picker');
  await expect(picker).toBeVisible();
  await page.keyboard.type('withdrawl delaid'); // two typos: fuzzy search still finds it
  await expect(picker.locator('[role="option"]').first()).toHaveAttribute('data-macro-id', 'starter.withdrawal-delayed');
  const previewText = picker.getByTestId('macro-preview-text');
  await expect(previewText).toContainText(macroSignature('starter.withdrawal-delayed', ticket.language));
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const composer = page.getByTestId('composer');
  await expect(composer).toBeFocused();
  await expect(composer).toHaveValue(new RegExp(macroSignature('starter.withdrawal-delayed', ticket.language).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // A second macro at the cursor, from inside the composer.
  await page.keyboard.press('Control+Shift+M');
  await expect(picker).toBeVisible();
  await page.keyboard.type('phishing');
  await expect(picker.locator('[role="option"]').first()).toHaveAttribute('data-macro-id', 'starter.phishing-warning');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const both = await composer.inputValue();
  expect(both).toContain(macroSignature('starter.withdrawal-delayed', ticket.language));
  expect(both).toContain(macroSignature('starter.phishing-warning', ticket.language));
  expect(both).not.toMatch(/\{\{|\}\}/);

  await page.keyboard.press('Control+Enter');
  await expect
    .poll(async () => (await backendGet<BackendTicket>(backend, `/api/v1/tickets/${ticketId}`)).messages.filter((m) => m.authorType === 'agent' && m.body === both.trim()).length, { timeout: 15_000 })
    .toBe(1);
  // The macros' actions came with the reply (their tags were added).
  await expect.poll(async () => (await backendGet<BackendTicket>(backend, `/api/v1/tickets/${ticketId}`)).ticket.tags, { timeout: 15_000 }).toEqual(expect.arrayContaining(['withdrawal', 'phishing']));
});

test('a required field blocks inserting until it is filled', async ({ page }) => {
  await openDesk(page, preview.url);
  await page.keyboard.press('Enter');
  await page.keyboard.press('m');
  const picker = page.getByTestId('macro-picker');
  await page.keyboard.type('deposit not credited');
  await expect(picker.locator('[role="option"]').first()).toHaveAttribute('data-macro-id', 'starter.deposit-not-credited');
  await expect(picker.getByTestId('macro-missing')).toContainText('tx_hash');
  await expect(picker.getByTestId('macro-insert')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(picker).toBeVisible();
  await picker.getByTestId('macro-field-tx_hash').fill('0x5e1f0c2d9a7b');
  await expect(picker.getByTestId('macro-missing')).toHaveCount(0);
  await expect(picker.getByTestId('macro-preview-text')).toContainText('0x5e1f0c2d9a7b');
  await picker.getByTestId('macro-insert').click();
  await expect(page.getByTestId('composer')).toHaveValue(/0x5e1f0c2d9a7b/);
});

test('one macro to 20 selected tickets: each customer gets it in their own language', async ({ page }) => {
  test.setTimeout(90_000);
  await openDesk(page, preview.url);
  await page.keyboard.press('1'); // all tickets: customers in every language
  const rows = page.locator('[data-testid="queue-row"]');
  await expect(rows.first()).toBeVisible();
  await page.keyboard.press('x');
  for (let i = 0; i < 19; i++) await page.keyboard.press('Shift+J');
  await expect(page.getByTestId('bulk-bar')).toContainText('20');
  const before = (await backendGet<{ applied: Array<{ seq: number }> }>(backend, '/api/v1/admin/applied?limit=2000')).applied.at(-1)?.seq ?? 0;

  await page.keyboard.press('m');
  const picker = page.getByTestId('macro-picker');
  await expect(picker).toContainText('Send a macro to 20 selected tickets');
  await page.keyboard.type('market incident');
  await expect(picker.locator('[role="option"]').first()).toHaveAttribute('data-macro-id', 'starter.market-incident-notice');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('bulk-undo')).toContainText('goes to 20 tickets');

  // Held for the undo window, then delivered: 20 replies, every customer in their own language, once each.
  const applied = async () =>
    (await backendGet<{ applied: Array<{ kind: string; ticketId: string; authorId: string }> }>(backend, `/api/v1/admin/applied?since=${before}&limit=2000`)).applied.filter(
      (a) => a.kind === 'reply' && a.authorId === 'agent-frontline-1',
    );
  await expect.poll(async () => (await applied()).length, { timeout: 40_000, intervals: [1000] }).toBe(20);
  const languages = new Set<string>();
  for (const { ticketId } of await applied()) {
    const { ticket, messages } = await backendGet<BackendTicket>(backend, `/api/v1/tickets/${ticketId}`);
    languages.add(ticket.language);
    expect(messages.filter((m) => m.authorType === 'agent' && m.body.includes(macroSignature('starter.market-incident-notice', ticket.language))), `${ticketId} (${ticket.language})`).toHaveLength(1);
  }
  expect(languages.size).toBeGreaterThanOrEqual(3);
});
