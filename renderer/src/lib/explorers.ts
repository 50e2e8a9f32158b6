/**
 * Where a transaction or an address is shown in a block explorer, per network. The addresses
 * are the explorers' public page patterns; a value is always encoded into the path, and the link
 * opens through main's safe-link path like any other.
 */
export const DEFAULT_EXPLORERS: Readonly<Record<string, { tx: string; address: string }>> = {
  ethereum: { tx: 'https://etherscan.io/tx/{value}', address: 'https://etherscan.io/address/{value}' },
  bsc: { tx: 'https://bscscan.com/tx/{value}', address: 'https://bscscan.com/address/{value}' },
  polygon: { tx: 'https://polygonscan.com/tx/{value}', address: 'https://polygonscan.com/address/{value}' },
  arbitrum: { tx: 'https://arbiscan.io/tx/{value}', address: 'https://arbiscan.io/address/{value}' },
  optimism: { tx: 'https://optimistic.etherscan.io/tx/{value}', address: 'https://optimistic.etherscan.io/address/{value}' },
  base: { tx: 'https://basescan.org/tx/{value}', address: 'https://basescan.org/address/{value}' },
  bitcoin: { tx: 'https://mempool.space/tx/{value}', address: 'https://mempool.space/address/{value}' },
  tron: { tx: 'https://tronscan.org/#/transaction/{value}', address: 'https://tronscan.org/#/address/{value}' },
  solana: { tx: 'https://solscan.io/tx/{value}', address: 'https://solscan.io/account/{value}' },
  dogecoin: { tx: 'https://blockchair.com/dogecoin/transaction/{value}', address: 'https://blockchair.com/dogecoin/address/{value}' },
  xrp: { tx: 'https://xrpscan.com/tx/{value}', address: 'https://xrpscan.com/account/{value}' },
};

/** The explorer page for a value on a network, or null when the network has no explorer. */
export function explorerUrl(network: string, kind: 'tx' | 'address', value: string, explorers: Readonly<Record<string, { tx: string; address: string }>> = DEFAULT_EXPLORERS): string | null {
  const pattern = explorers[network]?.[kind];
  return pattern ? pattern.replace('{value}', encodeURIComponent(value.trim())) : null;
}
