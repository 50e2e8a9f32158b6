// The networks and assets the simulated exchange takes deposits on, as its back office records
// them: the network ids the desk's chain lookups use, the token contracts (the real mainnet
// ones), decimals, minimums and the confirmations the exchange waits for.

export interface NetworkRules {
  id: string;
  /** How customers and the app name it (ERC20, TRC20, …): what the tickets say. */
  names: readonly string[];
  requiredConfirmations: number;
  /** The exchange's shared deposit address needs a memo or tag to tell customers apart. */
  memo: boolean;
  addressFormat: 'evm' | 'bitcoin' | 'tron' | 'solana' | 'dogecoin' | 'xrp';
}

export const NETWORKS: readonly NetworkRules[] = [
  { id: 'ethereum', names: ['ERC20', 'Ethereum'], requiredConfirmations: 12, memo: false, addressFormat: 'evm' },
  { id: 'bsc', names: ['BEP20', 'BSC', 'BNB Chain'], requiredConfirmations: 15, memo: false, addressFormat: 'evm' },
  { id: 'tron', names: ['TRC20', 'Tron'], requiredConfirmations: 19, memo: false, addressFormat: 'tron' },
  { id: 'bitcoin', names: ['Bitcoin', 'BTC'], requiredConfirmations: 3, memo: false, addressFormat: 'bitcoin' },
  { id: 'solana', names: ['Solana', 'SOL'], requiredConfirmations: 32, memo: false, addressFormat: 'solana' },
  { id: 'dogecoin', names: ['Dogecoin', 'DOGE'], requiredConfirmations: 40, memo: false, addressFormat: 'dogecoin' },
  { id: 'xrp', names: ['XRP Ledger', 'XRP'], requiredConfirmations: 1, memo: true, addressFormat: 'xrp' },
];

export interface AssetOnNetwork {
  asset: string;
  network: string;
  token: string | null;
  decimals: number;
  minimum: string;
}

export const ASSETS: readonly AssetOnNetwork[] = [
  { asset: 'USDT', network: 'ethereum', token: '0xdac17f958d2ee523a2206206994597c13d831ec7', decimals: 6, minimum: '10' },
  { asset: 'USDC', network: 'ethereum', token: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', decimals: 6, minimum: '10' },
  { asset: 'ETH', network: 'ethereum', token: null, decimals: 18, minimum: '0.01' },
  { asset: 'USDT', network: 'bsc', token: '0x55d398326f99059ff775485246999027b3197955', decimals: 18, minimum: '10' },
  { asset: 'BNB', network: 'bsc', token: null, decimals: 18, minimum: '0.01' },
  { asset: 'USDT', network: 'tron', token: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', decimals: 6, minimum: '10' },
  { asset: 'BTC', network: 'bitcoin', token: null, decimals: 8, minimum: '0.0005' },
  { asset: 'SOL', network: 'solana', token: null, decimals: 9, minimum: '0.1' },
  { asset: 'DOGE', network: 'dogecoin', token: null, decimals: 8, minimum: '50' },
  { asset: 'XRP', network: 'xrp', token: null, decimals: 6, minimum: '10' },
];

/** The network a ticket's words name ("via TRC20", "on Bitcoin"), or null. Longest names first, whole words. */
export function networkNamedIn(text: string): NetworkRules | null {
  const named = NETWORKS.flatMap((n) => n.names.map((name) => ({ n, name }))).sort((a, b) => b.name.length - a.name.length);
  for (const { n, name } of named) {
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/ /g, '\\s')}($|[^\\p{L}\\p{N}])`, 'iu').test(text)) return n;
  }
  return null;
}

export function networkRules(id: string): NetworkRules {
  const found = NETWORKS.find((n) => n.id === id);
  if (!found) throw new RangeError(`unknown network ${id}`);
  return found;
}

/** The asset on the network, or the network's first listed asset when the ticket's coin is not taken there. */
export function assetOn(network: string, asset: string | null): AssetOnNetwork {
  return ASSETS.find((a) => a.network === network && a.asset === asset) ?? ASSETS.find((a) => a.network === network)!;
}
