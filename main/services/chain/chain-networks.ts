import type { ChainNetwork } from './chain-connector';

/**
 * The networks the desk knows by default. Block times are the usual interval (for "expected in
 * about …", an estimate); a desk may add networks or override them with its own list.
 */
export const CHAIN_NETWORKS: readonly ChainNetwork[] = [
  { id: 'ethereum', family: 'evm', chainId: 1, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 12 },
  // BNB Chain has shortened its interval by hard fork (3 s, then 1.5 s, then 0.75 s in 2025).
  { id: 'bsc', family: 'evm', chainId: 56, nativeAsset: 'BNB', nativeDecimals: 18, blockTimeSeconds: 0.75 },
  { id: 'polygon', family: 'evm', chainId: 137, nativeAsset: 'POL', nativeDecimals: 18, blockTimeSeconds: 2 },
  { id: 'arbitrum', family: 'evm', chainId: 42161, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 0.25 },
  { id: 'optimism', family: 'evm', chainId: 10, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 2 },
  { id: 'base', family: 'evm', chainId: 8453, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 2 },
  { id: 'bitcoin', family: 'bitcoin', chainId: null, nativeAsset: 'BTC', nativeDecimals: 8, blockTimeSeconds: 600 },
];

export function chainNetwork(id: string, networks: readonly ChainNetwork[] = CHAIN_NETWORKS): ChainNetwork | undefined {
  return networks.find((n) => n.id === id);
}
