import type { ExplorerTemplates } from '../../../preload/contract/account-settings-types';
import { explorerLink, type ExplorerPage } from '../../../preload/rules/explorer-template';

/**
 * Where a transaction or an address is shown in a block explorer, per network: the explorers'
 * public page patterns, unless the exchange set its own in Settings → Backend (the same rule
 * checks both). A value is always encoded into the page, and the link opens through main's
 * safe-link path like any other.
 */
export const DEFAULT_EXPLORERS: Readonly<Record<string, { tx: string; address: string }>> = {
  ethereum: { tx: 'https://etherscan.io/tx/{hash}', address: 'https://etherscan.io/address/{address}' },
  bsc: { tx: 'https://bscscan.com/tx/{hash}', address: 'https://bscscan.com/address/{address}' },
  polygon: { tx: 'https://polygonscan.com/tx/{hash}', address: 'https://polygonscan.com/address/{address}' },
  arbitrum: { tx: 'https://arbiscan.io/tx/{hash}', address: 'https://arbiscan.io/address/{address}' },
  optimism: { tx: 'https://optimistic.etherscan.io/tx/{hash}', address: 'https://optimistic.etherscan.io/address/{address}' },
  base: { tx: 'https://basescan.org/tx/{hash}', address: 'https://basescan.org/address/{address}' },
  bitcoin: { tx: 'https://mempool.space/tx/{hash}', address: 'https://mempool.space/address/{address}' },
  tron: { tx: 'https://tronscan.org/#/transaction/{hash}', address: 'https://tronscan.org/#/address/{address}' },
  solana: { tx: 'https://solscan.io/tx/{hash}', address: 'https://solscan.io/account/{address}' },
  dogecoin: { tx: 'https://blockchair.com/dogecoin/transaction/{hash}', address: 'https://blockchair.com/dogecoin/address/{address}' },
  xrp: { tx: 'https://xrpscan.com/tx/{hash}', address: 'https://xrpscan.com/account/{address}' },
};

/** The explorer page for a value on a network (the exchange's own first, else the default), or null when there is none. */
export function explorerUrl(network: string, kind: ExplorerPage, value: string, configured: Readonly<Record<string, ExplorerTemplates>> = {}): string | null {
  const template = configured[network]?.[kind] ?? DEFAULT_EXPLORERS[network]?.[kind];
  return template ? explorerLink(template, kind, value) : null;
}
