import { expect, test, type Page } from '@playwright/test';
import { backendAdmin, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { showAllTickets } from './fixtures/desk-page';

// Issue 9 for the ticket pane: its header, the conversation (with the safety marks main raises),
// the escalation controls and the composer re-render in the chosen language in place, while what
// the agent was typing (a reply, a note for security) stays where it was.

const SUBJECT = 'Is this login page yours?';
const BODY = 'I got a mail asking me to log in at https://b1nance.com/login to keep my account. Is it you?';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '30', '--seed', '21']);
  await backendAdmin(backend, 'simulate/new-ticket', { subject: SUBJECT, body: BODY, customerName: 'Marta Vidal', language: 'es', topic: 'phishing', priority: 'urgent' });
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

/** Through the settings (Ctrl+,), as an agent does it; the page is never reloaded. */
async function switchTo(page: Page, language: 'en' | 'ru' | 'lt'): Promise<void> {
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await page.getByTestId('interface-language').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings-view')).toHaveCount(0);
}

test('the ticket pane, its safety marks, the escalation controls and the composer switch language in place', async ({ page }) => {
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await showAllTickets(page);
  await page.getByTestId('queue-row').filter({ hasText: SUBJECT }).click();
  await expect(page.getByTestId('ticket-subject')).toHaveText(SUBJECT);
  const pane = page.getByTestId('ticket-pane');
  await expect(pane.locator('.safety-warning').first()).toHaveText('⚠ looks like binance.com');
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  // Work in progress: a note for security and an unsent reply.
  // The reason and note open inline only when asked for.
  await expect(page.getByTestId('escalation-note')).toHaveCount(0);
  await page.getByTestId('escalation-options').click();
  const note = page.getByTestId('escalation-note');
  await note.fill('Link seen in three other tickets today');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  const composer = page.getByTestId('composer');
  await expect(composer).toBeFocused();
  await page.keyboard.type('No, that page is not ours.');

  await switchTo(page, 'ru');
  await expect(page.getByRole('main', { name: 'Обращение' })).toBeVisible();
  await expect(pane.locator('.ticket-meta dt').first()).toHaveText('Клиент');
  // The customer's language and topic by name, in the interface language.
  await expect(pane.locator('.ticket-meta')).toContainText('Испанский');
  await expect(pane.locator('.ticket-meta')).toContainText('Фишинг');
  await expect(pane.locator('.safety-warning').first()).toHaveText('⚠ похож на binance.com');
  await expect(pane.locator('.link-host').first()).toHaveAttribute('aria-label', 'ведёт на b1nance.com');
  await expect(page.getByTestId('escalate-button')).toContainText('Передать в службу безопасности');
  await expect(page.getByTestId('escalation-reason').locator('option:checked')).toHaveText('Жертва фишинга');
  await expect(note).toHaveAttribute('placeholder', 'Комментарий для службы безопасности (необязательно)');
  await expect(composer).toHaveAttribute('placeholder', /^Напишите ответ…/);
  await expect(page.getByRole('button', { name: 'Отправить ответ' })).toBeVisible();
  await expect(note).toHaveValue('Link seen in three other tickets today');
  await expect(composer).toHaveValue('No, that page is not ours.');

  await switchTo(page, 'lt');
  await expect(page.getByRole('main', { name: 'Užklausimas' })).toBeVisible();
  await expect(pane.locator('.safety-warning').first()).toHaveText('⚠ panašus į binance.com');
  await expect(page.getByTestId('escalate-button')).toContainText('Perduoti saugumo komandai');
  await expect(page.getByRole('button', { name: 'Siųsti atsakymą' })).toBeVisible();
  await expect(composer).toHaveValue('No, that page is not ours.');

  // Back to English: it reads as it always did, and nothing was reloaded on the way.
  await switchTo(page, 'en');
  await expect(pane.locator('.safety-warning').first()).toHaveText('⚠ looks like binance.com');
  await expect(page.getByTestId('escalate-button')).toContainText('Escalate to security');
  await expect(note).toHaveValue('Link seen in three other tickets today');
  await expect(composer).toHaveValue('No, that page is not ours.');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});
