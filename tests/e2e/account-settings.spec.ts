import { expect, test, type Page } from '@playwright/test';
import { backendAdmin, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { startFakeZendesk } from '../support/zendesk-fake-server';
import { openTicketBySubject, showAllTickets } from './fixtures/desk-page';

// Settings → Backend sets the account panel's block explorer per network (https only, with the
// value's placeholder), and the panel's explorer links follow; a Zendesk desk with no back office
// is told so in the panel in one line.

const SUBJECT = 'Deposit missing after 2 hours';
const USER_ID = 'U-7400001';
const HASH = `0x${'4e'.repeat(32)}`;
const ADDRESS = '0x8ba1f109551bd432803012645ac136ddd64dba72';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '40', '--seed', '33']);
  await fetch(`${backend.url}/api/v1/admin/simulate/new-ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: SUBJECT, body: `I sent 120 USDT (ERC20) to ${ADDRESS} two hours ago. TXID ${HASH}`, customerName: 'Mark Evans', customerUserId: USER_ID, language: 'en', topic: 'deposit', tags: ['erc20'], priority: 'urgent' }),
  });
  await backendAdmin(backend, 'back-office/records', {
    userId: USER_ID,
    deposit: { id: 'D-EXPL', asset: 'USDT', network: 'ethereum', token: '0xdac17f958d2ee523a2206206994597c13d831ec7', decimals: 6, amount: '120', address: ADDRESS, memo: null, txHash: HASH, confirmations: 3, requiredConfirmations: 12, minimum: '10', state: 'pending', holdReason: null, sentNetwork: null, createdAt: Date.now() - 7_200_000, creditedAt: null },
  });
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

function openTheTicket(page: Page): Promise<void> {
  return openTicketBySubject(page, preview.url, SUBJECT);
}

test('an explorer set for Ethereum in the settings: refused over http, saved over https, and the panel\'s link opens it', async ({ page }) => {
  await openTheTicket(page);
  const txLink = page.locator('[data-deposit-id="D-EXPL"] .account-explorer').last();
  await expect(txLink).toHaveAttribute('title', `https://etherscan.io/tx/${HASH}`, { timeout: 15_000 });

  await page.keyboard.press('Control+,');
  const settings = page.getByTestId('back-office-settings');
  await expect(settings).toBeVisible();
  await expect(page.getByTestId('back-office-current')).toContainText('back office of AgentDesk');
  await settings.locator('summary').click();
  const field = page.getByTestId('explorer-ethereum-tx');
  await field.fill('http://explorer.example.com/tx/{hash}');
  await page.getByTestId('back-office-save').click();
  await expect(page.getByTestId('back-office-status')).toHaveText('Ethereum: transaction page: an explorer address must start with https://.');
  await field.fill('https://explorer.example.com/tx/');
  await page.getByTestId('back-office-save').click();
  await expect(page.getByTestId('back-office-status')).toHaveText('Ethereum: transaction page: put {hash} where the value goes.');

  await field.fill('https://explorer.example.com/tx/{hash}?from=desk');
  await page.getByTestId('back-office-save').click();
  await expect(page.getByTestId('back-office-status')).toHaveText('Saved: the account panel uses these settings from now on.');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings-view')).toBeHidden();
  await expect(txLink).toHaveAttribute('title', `https://explorer.example.com/tx/${HASH}?from=desk`);
  // The address page keeps its default.
  await expect(page.locator('[data-deposit-id="D-EXPL"] .account-explorer').first()).toHaveAttribute('title', `https://etherscan.io/address/${ADDRESS}`);

  // Kept by main: a reload reads it back.
  await openTheTicket(page);
  await expect(txLink).toHaveAttribute('title', `https://explorer.example.com/tx/${HASH}?from=desk`, { timeout: 15_000 });
});

test('a Zendesk desk with no back office: the panel says so in one line', async ({ page }) => {
  // 901: the fixture's first frontline agent (the token's usual owner is an executive, whose desk has no panel).
  const zendesk = await startFakeZendesk({ email: 'dana@exchange.example', token: 'zd-token', signedInAs: 901 });
  const desk = await startPreview({ extra: [`--backend=${zendesk.url}`, '--backend-kind', 'zendesk', '--token=zd-token', '--zendesk-email', 'dana@exchange.example'] });
  try {
    await page.goto(desk.url);
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
    await showAllTickets(page);
    await page.keyboard.press('Enter');
    const status = page.getByTestId('account-panel').getByTestId('account-status');
    await expect(status).toHaveText('No back office is set up for this desk: account facts are not available (set one in Settings → Backend).', { timeout: 15_000 });
    // One sentence, the panel's only status line.
    await expect(page.getByTestId('account-panel').getByTestId('account-status')).toHaveCount(1);

    await page.keyboard.press('Control+,');
    await expect(page.getByTestId('back-office-current')).toHaveText('No back office is set: the account panel shows no account facts.');
  } finally {
    await desk.stop();
    await zendesk.close();
  }
});
