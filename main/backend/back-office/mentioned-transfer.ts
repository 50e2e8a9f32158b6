import { networkNamedIn, type NetworkRules } from './back-office-catalog';

// What a ticket's messages say about a transfer: the hash, the address, the coin, the amount and
// the network, read from the words themselves (seeded, simulated or typed by a tester alike), so
// the back office's records always match what the customer wrote.

export interface MentionedTransfer {
  txHash: string | null;
  address: string | null;
  coin: string | null;
  /** Decimal with a point ("0.0421"), as the back office keeps it. */
  amount: string | null;
  network: NetworkRules | null;
}

const COINS = ['USDT', 'USDC', 'BTC', 'ETH', 'BNB', 'SOL', 'DOGE', 'XRP'] as const;
const EVM_HASH = /\b0x[0-9a-fA-F]{64}\b/;
const BARE_HASH = /(?<![0-9a-zA-Z])[0-9a-fA-F]{64}(?![0-9a-zA-Z])/;
const ADDRESS = /(?<![0-9a-zA-Z])(0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,60}|T[1-9A-HJ-NP-Za-km-z]{33}|D[5-9A-HJ-NP-U][1-9A-HJ-NP-Za-km-z]{32}|r[1-9A-HJ-NP-Za-km-z]{24,34})(?![0-9a-zA-Z])/;
const SOLANA_ADDRESS = /(?<![0-9a-zA-Z])[1-9A-HJ-NP-Za-km-z]{43,44}(?![0-9a-zA-Z])/;
const AMOUNT_THEN_COIN = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(${COINS.join('|')})\\b`);

/** A transaction hash: 0x-prefixed (EVM) first, else 64 hex digits (Bitcoin, Tron, …). */
function txHashIn(text: string): string | null {
  return EVM_HASH.exec(text)?.[0] ?? BARE_HASH.exec(text)?.[0] ?? null;
}

/** The transfer the messages talk about: the first of each fact, in the order they were written. */
export function mentionedTransfer(texts: readonly string[], networkTags: readonly string[] = []): MentionedTransfer {
  const all = texts.join('\n\n');
  const txHash = txHashIn(all);
  // A hash is not an address: look for addresses with the hashes taken out.
  const withoutHashes = all.replace(new RegExp(EVM_HASH.source, 'g'), ' ').replace(new RegExp(BARE_HASH.source, 'g'), ' ');
  const address = ADDRESS.exec(withoutHashes)?.[0] ?? SOLANA_ADDRESS.exec(withoutHashes)?.[0] ?? null;
  const amountAndCoin = AMOUNT_THEN_COIN.exec(all);
  const coin = amountAndCoin?.[2] ?? COINS.find((c) => new RegExp(`\\b${c}\\b`).test(all)) ?? null;
  const network = networkNamedIn(networkTags.join(' ')) ?? networkNamedIn(all) ?? networkOfAddress(address);
  return { txHash, address, coin, amount: amountAndCoin ? amountAndCoin[1]!.replace(',', '.') : null, network };
}

function networkOfAddress(address: string | null): NetworkRules | null {
  if (!address) return null;
  if (address.startsWith('0x')) return networkNamedIn('ERC20');
  if (address.startsWith('bc1')) return networkNamedIn('Bitcoin');
  if (address.startsWith('T')) return networkNamedIn('TRC20');
  return null;
}
