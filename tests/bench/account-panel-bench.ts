// The account panel's lookups, for issue 18's figures: `npm run bench:account [-- --samples n]`.
// A desk over the embedded backend (its back office on loopback) and a real EVM node (Anvil,
// serving chain id 1 so the desk takes it for Ethereum). Through dispatch, as the panel calls them
// after a ticket shows: account.facts (the back office, live), account.facts with the back office
// down (the cached last word: after the first failing call, at once, the back office asked again in
// the background), account.chain on a hash seen for the first time (a cold lookup
// against the local node) and again (the node warm). Main-side figures: the panel's own drawing
// is not measured here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestClient, createWalletClient, http, parseEther, publicActions, type Hash } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { mainnet } from 'viem/chains';
import { startEmbeddedBackend } from '../../main/backend';
import { createAppServices } from '../../main/services/app/app-services';
import { silentLogger } from '../../main/services/logging/logger';
import { startAnvil } from '../unit/chain/anvil-node';
import { against, percentile, summary } from './stats';

const SENDER = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
/** Budgets: a cached answer within a frame; a live lookup on loopback well under the agent's reading time. */
const FRAME_MS = 16;
const LIVE_BUDGET_MS = 250;

async function main(): Promise<void> {
  const samplesArg = process.argv.indexOf('--samples');
  const count = samplesArg > 0 ? Number(process.argv[samplesArg + 1]) : 100;
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
    // One deposit ticket per sample, each with its own real transaction on the node.
    const wallet = createWalletClient({ chain: mainnet, transport: http(anvil.url), account: SENDER });
    const client = createTestClient({ chain: mainnet, mode: 'anvil', transport: http(anvil.url) }).extend(publicActions);
    const ticketIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const address = privateKeyToAccount(generatePrivateKey()).address;
      const hash: Hash = await wallet.sendTransaction({ to: address, value: parseEther('0.01') });
      const response = await admin('/api/v1/admin/simulate/new-ticket', { subject: `Deposit ${i}`, body: `Sent 0.01 ETH via ERC20 to ${address}, TXID ${hash}`, customerName: `Bench Customer ${i}`, customerUserId: `U-80${String(i).padStart(5, '0')}`, topic: 'deposit', tags: ['erc20'] });
      ticketIds.push(((await response.json()) as { ticket: { id: string } }).ticket.id);
    }
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

    const line = (label: string, samples: number[], budget: number) => console.log(`${label.padEnd(60)} ${against(summary(samples), percentile(samples, 95) <= budget, `p95 ${budget} ms`)}`);
    console.log(`account panel lookups through dispatch, ${count} deposit tickets, Node ${process.version}`);
    line('account.facts, back office live (loopback)', facts, LIVE_BUDGET_MS);
    line('account.facts, back office down: the cached last word', cached, FRAME_MS);
    line('account.chain, cold lookup on the local node (hash + address)', cold, LIVE_BUDGET_MS);
    line('account.chain, the same again (node warm)', warm, LIVE_BUDGET_MS);
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
