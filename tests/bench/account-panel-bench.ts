// The account panel's lookups, for issue 18's figures: `npm run bench:account [-- --samples n]`.
// A desk over the embedded backend (its back office on loopback) and a real EVM node (Anvil,
// serving chain id 1 so the desk takes it for Ethereum). Through dispatch, as the panel calls them
// after a ticket shows: account.facts (the back office, live), account.facts with the back office
// down (the cached last word: after the first failing call, at once, the back office asked again in
// the background), account.chain on a hash seen for the first time (a cold lookup
// against the local node) and again (the node warm). Then the panel as the agent sees it, in
// Chromium against the built renderer (`npm run build` first; --skip-browser leaves it out): from
// the key press that opens a ticket to the panel showing its deposit and the chain's
// confirmations, on a first visit (a cold lookup against the local node) and on coming back (warm).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestClient, createWalletClient, http, parseEther, publicActions, type Hash } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { mainnet } from 'viem/chains';
import { startEmbeddedBackend } from '../../main/backend';
import { createAppServices } from '../../main/services/app/app-services';
import { silentLogger } from '../../main/services/logging/logger';
import { chromium } from 'playwright';
import { startPreviewServer } from '../../main/services/preview/preview-server';
import { startAnvil, type AnvilNode } from '../unit/chain/anvil-node';
import { measurePanelShown } from './account-panel-browser';
import { showWholeQueue } from './renderer-benchmarks';
import { against, percentile, summary } from './stats';

const SENDER = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
/** Budgets: a cached answer within a frame; a live lookup on loopback well under the agent's reading time. */
const FRAME_MS = 16;
const LIVE_BUDGET_MS = 250;

const ROOT = join(import.meta.dirname, '..', '..');
const line = (label: string, figure: string) => console.log(`${label.padEnd(60)} ${figure}`);
const budgeted = (label: string, samples: number[], budget: number) => line(label, against(summary(samples), percentile(samples, 95) <= budget, `p95 ${budget} ms`));

/** One deposit ticket per sample on the backend, each with its own real transaction on the node. */
async function depositTickets(backend: { url: string; token: string }, anvil: AnvilNode, count: number, prefix: string): Promise<string[]> {
  const admin = (path: string, body: unknown) => fetch(backend.url + path, { method: 'POST', headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const wallet = createWalletClient({ chain: mainnet, transport: http(anvil.url), account: SENDER });
  const ticketIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const address = privateKeyToAccount(generatePrivateKey()).address;
    const hash: Hash = await wallet.sendTransaction({ to: address, value: parseEther('0.01') });
    const response = await admin('/api/v1/admin/simulate/new-ticket', { subject: `Deposit ${i}`, body: `Sent 0.01 ETH via ERC20 to ${address}, TXID ${hash}`, customerName: `Bench Customer ${i}`, customerUserId: `U-${prefix}${String(i).padStart(5, '0')}`, topic: 'deposit', tags: ['erc20'] });
    ticketIds.push(((await response.json()) as { ticket: { id: string } }).ticket.id);
  }
  return ticketIds;
}

/**
 * The panel in Chromium, on a desk of its own whose queue holds only the bench's deposit tickets
 * (so j walks from one to the next): first visits, then back over them.
 */
async function browserPhase(anvil: AnvilNode, count: number): Promise<void> {
  const rendererDir = join(ROOT, 'dist', 'renderer');
  const preloadFile = join(ROOT, 'dist', 'preload', 'browser-preload.js');
  if (!existsSync(rendererDir) || !existsSync(preloadFile)) {
    line('account panel in Chromium', 'skipped: no built renderer in dist/ (run npm run build first)');
    return;
  }
  const backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 0, seed: 18, devRoutes: true });
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-account-bench-browser-'));
  try {
    await depositTickets(backend, anvil, count, '81');
    await createTestClient({ chain: mainnet, mode: 'anvil', transport: http(anvil.url) }).mine({ blocks: 3 });
    const services = await createAppServices({ dataDir: dir, backend: { url: backend.url, token: backend.token }, chainNodes: [{ network: 'ethereum', url: anvil.url }], logger: silentLogger, appVersion: 'bench' });
    const preview = await startPreviewServer({ services, rendererDir, preloadFile });
    const browser = await chromium.launch({ executablePath: process.env.AGENTDESK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(preview.url);
      await showWholeQueue(page);
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="account-panel"] [data-testid="account-chain-confirmations"]').first().waitFor({ timeout: 30_000 });
      const { cold, warm } = await measurePanelShown(page, count);
      console.log(`account panel in Chromium, ${count - 1} tickets each way, key press (event timeStamp) to the DOM`);
      // Back on a ticket the deposit and the chain's word come in the same commit as the ticket: the later of the two.
      budgeted('panel shown, warm (back on a ticket: deposit and chain)', warm.facts.map((f, i) => Math.max(f, warm.chain[i]!)), FRAME_MS);
      line('panel shown, first visit: the deposit (after the 150 ms stop)', summary(cold.facts));
      line('panel shown, first visit: chain (cold lookup, local node)', summary(cold.chain));
    } finally {
      await browser.close();
      await preview.close();
      await services.close();
    }
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const samplesArg = process.argv.indexOf('--samples');
  const count = samplesArg > 0 ? Number(process.argv[samplesArg + 1]) : 100;
  const browserArg = process.argv.indexOf('--browser-tickets');
  const browserTickets = browserArg > 0 ? Number(process.argv[browserArg + 1]) : 41;
  const anvil = await startAnvil(['--chain-id', '1']);
  const backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 2000, seed: 18, devRoutes: true });
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-account-bench-'));
  const services = await createAppServices({ dataDir: dir, backend: { url: backend.url, token: backend.token }, chainNodes: [{ network: 'ethereum', url: anvil.url }], logger: silentLogger, appVersion: 'bench' });
  const admin = (path: string, body: unknown) => fetch(backend.url + path, { method: 'POST', headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const time = async (channel: string, ticketId: string): Promise<number> => {
    const start = performance.now();
    const result = await services.dispatch(channel, { ticketId });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return performance.now() - start;
  };
  try {
    const client = createTestClient({ chain: mainnet, mode: 'anvil', transport: http(anvil.url) }).extend(publicActions);
    const ticketIds = await depositTickets(backend, anvil, count, '80');
    await client.mine({ blocks: 3 });
    await services.sync.pull();

    const facts: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (const id of ticketIds) facts.push(await time('account.facts', id));
    for (const id of ticketIds) cold.push(await time('account.chain', id));
    for (const id of ticketIds) warm.push(await time('account.chain', id));
    await admin('/api/v1/admin/back-office/faults', { mode: 'down' });
    const cached: number[] = [];
    for (const id of ticketIds) cached.push(await time('account.facts', id));

    console.log(`account panel lookups through dispatch, ${count} deposit tickets, Node ${process.version}`);
    budgeted('account.facts, back office live (loopback)', facts, LIVE_BUDGET_MS);
    budgeted('account.facts, back office down: the cached last word', cached, FRAME_MS);
    budgeted('account.chain, cold lookup on the local node (hash + address)', cold, LIVE_BUDGET_MS);
    budgeted('account.chain, the same again (node warm)', warm, LIVE_BUDGET_MS);
    if (!process.argv.includes('--skip-browser')) await browserPhase(anvil, browserTickets);
  } finally {
    await services.close();
    await backend.close();
    await anvil.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
