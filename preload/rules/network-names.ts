/**
 * Chain networks by their proper names, the same in every language: the account panel shows them
 * and macros say them to customers ({{ deposit.network }}). One table for both sides.
 */
export const NETWORK_NAMES: Readonly<Record<string, string>> = {
  ethereum: 'Ethereum',
  bsc: 'BNB Chain',
  polygon: 'Polygon',
  arbitrum: 'Arbitrum',
  optimism: 'Optimism',
  base: 'Base',
  bitcoin: 'Bitcoin',
  tron: 'Tron',
  solana: 'Solana',
  dogecoin: 'Dogecoin',
  xrp: 'XRP Ledger',
};

/** The network's name, or null for a network id the desk has no name for. */
export function knownNetworkName(id: string): string | null {
  return Object.prototype.hasOwnProperty.call(NETWORK_NAMES, id) ? NETWORK_NAMES[id]! : null;
}
