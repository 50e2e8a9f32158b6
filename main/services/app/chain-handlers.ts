import type { ChainDiagnosisView, ChainLookupResult } from '../../../preload/contract';
import type { SqliteDatabase } from '../sqlite/open-database';
import { ChainCache } from '../chain/chain-cache';
import type { ChainConnector, ChainNetwork } from '../chain/chain-connector';
import { ChainError } from '../chain/chain-error';
import { ChainLookup } from '../chain/chain-lookup';
import { CHAIN_NETWORKS } from '../chain/chain-networks';
import { EsploraConnector } from '../chain/esplora-connector';
import { EvmRpcConnector } from '../chain/evm-rpc-connector';
import { diagnoseChain, type ChainDiagnosis, type ExpectedDeposit, type WithdrawalRecord } from '../domain/chain-diagnosis';
import type { ChannelHandlers } from './channel-handlers';

/** A node (EVM JSON-RPC) or an Esplora API for one network. */
export interface ChainNodeConfig {
  network: string;
  url: string;
}

export interface ChainHandlerDeps {
  /** The desk's cache (migration 012 holds the chain facts). */
  db: SqliteDatabase;
  /** Configured nodes; none → every lookup answers `not_configured`. */
  nodes: readonly ChainNodeConfig[];
  /** The networks the nodes belong to (default: the desk's known networks). */
  networks?: readonly ChainNetwork[];
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Nodes from the environment: `AGENTDESK_CHAIN_<NETWORK>_URL` per known network, e.g.
 * AGENTDESK_CHAIN_ETHEREUM_URL, AGENTDESK_CHAIN_BITCOIN_URL (an Esplora API's base address).
 */
export function chainNodesFromEnvironment(env: NodeJS.ProcessEnv, networks: readonly ChainNetwork[] = CHAIN_NETWORKS): ChainNodeConfig[] {
  return networks.flatMap((n) => {
    const url = env[`AGENTDESK_CHAIN_${n.id.toUpperCase().replace(/-/g, '_')}_URL`]?.trim();
    return url ? [{ network: n.id, url }] : [];
  });
}

function connectorFor(network: ChainNetwork, url: string, timeoutMs: number | undefined): ChainConnector {
  const timeout = timeoutMs !== undefined ? { timeoutMs } : {};
  return network.family === 'evm' ? new EvmRpcConnector(network, { url, ...timeout }) : new EsploraConnector(network, { baseUrl: url, ...timeout });
}

// The domain's diagnosis and the contract's view are the same shape, declared on each side.
const view = (diagnosis: ChainDiagnosis): ChainDiagnosisView => diagnosis;

/** The connectors for the configured nodes of known networks. */
export function chainConnectors(nodes: readonly ChainNodeConfig[], networks: readonly ChainNetwork[] = CHAIN_NETWORKS, timeoutMs?: number): ChainConnector[] {
  return nodes.flatMap((node) => {
    const network = networks.find((n) => n.id === node.network);
    return network ? [connectorFor(network, node.url, timeoutMs)] : [];
  });
}

/**
 * One hash on the given connectors, as the renderer is told it: the facts (live, or cached with
 * their age) and what they mean for the account's deposit or withdrawal when given.
 */
export async function lookUpTransaction(lookup: ChainLookup, text: string, account: { deposit?: ExpectedDeposit; withdrawal?: WithdrawalRecord }, askedNetworks: readonly string[]): Promise<ChainLookupResult> {
  const { deposit, withdrawal } = account;
  try {
    const found = await lookup.diagnose(text, account);
    return {
      kind: 'found',
      facts: found.facts,
      source: found.source,
      learnedAt: found.learnedAt,
      ageMs: found.ageMs,
      problems: found.problems.map((p) => ({ network: p.network, kind: p.kind })),
      diagnosis: view(found.diagnosis),
      macroTopic: found.macroTopic,
    };
  } catch (error) {
    if (!(error instanceof ChainError)) throw error;
    const networks = error.details.networks ?? (error.details.network ? [error.details.network] : [...askedNetworks]);
    // Nowhere on chain means something for a known deposit or withdrawal (credited already, never sent, …).
    const onRecord = error.kind === 'not_found' && (deposit || withdrawal) ? diagnoseChain(deposit ? { facts: null, deposit } : { facts: null, withdrawal: withdrawal! }) : null;
    return { kind: 'failed', reason: error.kind, networks, diagnosis: onRecord ? view(onRecord.diagnosis) : null, macroTopic: onRecord?.macroTopic ?? null };
  }
}

/** `chain.lookup`: a hash on the configured nodes, its facts (live or cached, with their age) and the diagnosis. */
export function createChainHandlers(deps: ChainHandlerDeps): Pick<ChannelHandlers, 'chain.lookup'> {
  const connectors = chainConnectors(deps.nodes, deps.networks ?? CHAIN_NETWORKS, deps.timeoutMs);
  const cache = new ChainCache(deps.db);
  const now = deps.now ?? Date.now;

  return {
    'chain.lookup': async ({ text, network, deposit, withdrawal }): Promise<ChainLookupResult> => {
      const asked = network === undefined ? connectors : connectors.filter((c) => c.network.id === network);
      if (asked.length === 0) return { kind: 'not_configured', network: network ?? null };
      const account = deposit ? { deposit } : withdrawal ? { withdrawal } : {};
      return lookUpTransaction(new ChainLookup(asked, cache, now), text, account, asked.map((c) => c.network.id));
    },
  };
}
