import { expect, test, type Page } from '@playwright/test';
import { createTestClient, createWalletClient, http, parseEther, publicActions, type Hash } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { mainnet } from 'viem/chains';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { ANVIL_SUPPORTED, startAnvil, type AnvilNode } from '../unit/chain/anvil-node';
import { openTicketBySubject, showAllTickets } from './fixtures/desk-page';

// Issue 18 end to end: a "deposit not credited" ticket whose deposit is a real transaction on a
// real EVM node (Anvil, serving chain id 1 so the desk takes it for Ethereum). The panel beside
// the conversation shows the deposit and "5 of 12 confirmations"; blocks are mined and it follows;
// the suggested reply goes in with the facts in the customer's language and is sent once. Then
// the back office goes down and the panel keeps its last word, with its age.

const SUBJECT = 'Depósito no acreditado — 0.5 ETH';
const USER_ID = 'U-7300001';
/** Anvil's third dev account (its well-known test key). */
const SENDER = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
const DEPOSIT = privateKeyToAccount(generatePrivateKey()).address;

let anvil: AnvilNode;
let backend: RunningBackend;
let preview: RunningPreview;
let hash: Hash;
let ticketId: string;

test.skip(!ANVIL_SUPPORTED, 'Anvil ships for Linux x64 only');

test.beforeAll(async () => {
  anvil = await startAnvil(['--chain-id', '1']);
  const wallet = createWalletClient({ chain: mainnet, transport: http(anvil.url), account: SENDER });
  const client = createTestClient({ chain: mainnet, mode: 'anvil', transport: http(anvil.url) }).extend(publicActions);
  hash = await wallet.sendTransaction({ to: DEPOSIT, value: parseEther('0.5') });
  await client.waitForTransactionReceipt({ hash });
  await client.mine({ blocks: 4 });

  backend = await startBackend(['--memory', '--tickets', '40', '--seed', '31']);
  const response = await fetch(`${backend.url}/api/v1/admin/simulate/new-ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: SUBJECT,
      body: `Hola, envié 0.5 ETH por ERC20 a mi dirección de depósito ${DEPOSIT} hace una hora y mi saldo sigue en 0. TXID: ${hash}`,
      customerName: 'Lucía Romero',
      customerUserId: USER_ID,
      language: 'es',
      topic: 'deposit',
      tags: ['erc20'],
      priority: 'urgent',
    }),
  });
  ticketId = ((await response.json()) as { ticket: { id: string } }).ticket.id;
  await backendAdmin(backend, 'back-office/records', {
    userId: USER_ID,
    deposit: { id: 'D-E2E', asset: 'ETH', network: 'ethereum', token: null, decimals: 18, amount: '0.5', address: DEPOSIT, memo: null, txHash: hash, confirmations: 5, requiredConfirmations: 12, minimum: '0.01', state: 'pending', holdReason: null, sentNetwork: null, createdAt: Date.now() - 3_600_000, creditedAt: null },
  });
  preview = await startPreview({ backend, env: { AGENTDESK_CHAIN_ETHEREUM_URL: anvil.url } });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
  await anvil?.stop();
});

function openTheTicket(page: Page): Promise<void> {
  return openTicketBySubject(page, preview.url, SUBJECT);
}

test('the back office down: the panel keeps its last word, with its age, and the chain still answers (before any block is mined)', async ({ page }) => {
  await openTheTicket(page);
  const panel = page.getByTestId('account-panel');
  await expect(panel.locator('[data-deposit-id="D-E2E"]')).toBeVisible();
  await backendAdmin(backend, 'back-office/faults', { mode: 'down' });
  try {
    await page.reload();
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
    await showAllTickets(page);
    await page.getByTestId('queue-row').filter({ hasText: SUBJECT }).click();
    const status = panel.getByTestId('account-status');
    await expect(status).toContainText('Back office is down; showing what it said', { timeout: 15_000 });
    await expect(panel.locator('[data-deposit-id="D-E2E"]')).toBeVisible();
    await expect(panel.getByTestId('account-diagnosis')).toHaveAttribute('data-kind', 'awaiting_confirmations');
    await expect(panel.getByTestId('account-chain-confirmations')).toHaveText('Ethereum: 5 confirmations');
  } finally {
    await backendAdmin(backend, 'back-office/faults', { mode: 'none' });
  }
});

test('deposit not credited: 5 of 12 confirmations, blocks mined, the panel follows, the suggested reply goes in with the facts in Spanish, sent once', async ({ page }) => {
  test.setTimeout(120_000);
  await openTheTicket(page);

  const panel = page.getByTestId('account-panel');
  await expect(panel).toBeVisible();
  const diagnosis = panel.getByTestId('account-diagnosis');
  await expect(diagnosis).toContainText('5 of 12 confirmations', { timeout: 15_000 });
  await expect(diagnosis).toHaveAttribute('data-kind', 'awaiting_confirmations');
  const deposit = panel.locator('[data-testid="account-deposit"][data-deposit-id="D-E2E"]');
  await expect(deposit).toBeVisible();
  await expect(deposit).toContainText('0.5 ETH');
  await expect(deposit.locator(`[data-copy="${hash}"]`)).toBeVisible();
  await expect(panel.getByTestId('account-chain-confirmations')).toHaveText('Ethereum: 5 confirmations');

  // Keyboard: a value is a focusable control and C copies it.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await deposit.locator(`[data-copy="${hash}"]`).focus();
  await page.keyboard.press('c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(hash);

  // The suggested reply for a deposit awaiting confirmations: the starter macro made for it, with the facts, in Spanish.
  const composer = page.getByTestId('composer');
  await panel.getByTestId('account-insert-reply').click();
  await expect(composer).toHaveValue(/^Hola Lucía,\n\nSu depósito de 0\.5 ETH en la red Ethereum ya está en la blockchain y cuenta por ahora con 5 de las 12 confirmaciones de red necesarias\./);
  await composer.fill('');

  // Seven more blocks: the panel asks again on its own and the line follows.
  await createTestClient({ chain: mainnet, mode: 'anvil', transport: http(anvil.url) }).mine({ blocks: 7 });
  await expect(diagnosis).toHaveAttribute('data-kind', 'confirmed_not_credited', { timeout: 15_000 });
  await expect(diagnosis).toContainText('Confirmed on chain (12 of 12) but not credited yet');
  await expect(panel.getByTestId('account-chain-confirmations')).toHaveText('Ethereum: 12 confirmations');

  // Confirmed and not credited: the deposit reply for the deposits team, the record's hash filled in, in Spanish.
  await panel.getByTestId('account-insert-reply').click();
  await expect(composer).toHaveValue(new RegExp(`^Hola Lucía,\\n\\nGracias por enviarnos el hash de la transacción ${hash}\\.`));
  const expected = await composer.inputValue();
  await composer.focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('message').filter({ hasText: expected })).toBeVisible();
  await expect.poll(async () => (await backendGet<{ messages: Array<{ body: string }> }>(backend, `/api/v1/tickets/${ticketId}`)).messages.filter((m) => m.body === expected).length, { timeout: 15_000 }).toBe(1);
  // Time enough to have sent it twice, had the desk been going to.
  await page.waitForTimeout(1000);
  expect((await backendGet<{ messages: Array<{ body: string }> }>(backend, `/api/v1/tickets/${ticketId}`)).messages.filter((m) => m.body === expected)).toHaveLength(1);
});
