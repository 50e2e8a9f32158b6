// Identifiers shaped like the real ones, so that full-text search over hashes, addresses and
// account ids has something meaningful to find. None of them is valid on any chain.

import type { SeedLanguage } from '../wire-types';
import type { Random } from './random';
import { WeightedTable } from './random';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const DOGE_SECOND_CHAR = '56789ABCDEFGHJKLMNPQRSTU';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

type Chain = 'bitcoin' | 'evm' | 'tron' | 'solana' | 'dogecoin';

interface TransferKind {
  readonly coin: string;
  /** As customers and the app name it. */
  readonly network: string;
  /** Lower-case ticket tag. */
  readonly tag: string;
  readonly chain: Chain;
  readonly minAmount: number;
  readonly maxAmount: number;
  readonly decimals: number;
}

const TRANSFER_KINDS = new WeightedTable<TransferKind>([
  [{ coin: 'USDT', network: 'TRC20', tag: 'trc20', chain: 'tron', minAmount: 20, maxAmount: 25000, decimals: 0 }, 24],
  [{ coin: 'USDT', network: 'ERC20', tag: 'erc20', chain: 'evm', minAmount: 50, maxAmount: 40000, decimals: 0 }, 9],
  [{ coin: 'USDT', network: 'BEP20', tag: 'bep20', chain: 'evm', minAmount: 20, maxAmount: 15000, decimals: 0 }, 6],
  [{ coin: 'BTC', network: 'Bitcoin', tag: 'bitcoin', chain: 'bitcoin', minAmount: 0.0012, maxAmount: 1.5, decimals: 4 }, 18],
  [{ coin: 'ETH', network: 'ERC20', tag: 'erc20', chain: 'evm', minAmount: 0.02, maxAmount: 12, decimals: 3 }, 14],
  [{ coin: 'SOL', network: 'Solana', tag: 'solana', chain: 'solana', minAmount: 0.5, maxAmount: 400, decimals: 2 }, 10],
  [{ coin: 'DOGE', network: 'Dogecoin', tag: 'dogecoin', chain: 'dogecoin', minAmount: 150, maxAmount: 150000, decimals: 0 }, 8],
  [{ coin: 'USDC', network: 'ERC20', tag: 'erc20', chain: 'evm', minAmount: 50, maxAmount: 20000, decimals: 0 }, 4],
]);

export interface Transfer {
  readonly coin: string;
  readonly network: string;
  readonly networkTag: string;
  readonly amount: string;
  readonly address: string;
  readonly txHash: string;
}

function addressFor(rng: Random, chain: Chain): string {
  switch (chain) {
    case 'bitcoin':
      return 'bc1q' + rng.chars(BECH32, 38);
    case 'evm':
      return '0x' + rng.hex(40);
    case 'tron':
      return 'T' + rng.chars(BASE58, 33);
    case 'solana':
      return rng.chars(BASE58, 44);
    case 'dogecoin':
      return 'D' + rng.chars(DOGE_SECOND_CHAR, 1) + rng.chars(BASE58, 32);
  }
}

function txHashFor(rng: Random, chain: Chain): string {
  switch (chain) {
    case 'evm':
      return '0x' + rng.hex(64);
    case 'solana':
      return rng.chars(BASE58, 88);
    case 'bitcoin':
    case 'tron':
    case 'dogecoin':
      return rng.hex(64);
  }
}

/** Most customers outside the English-speaking world write a decimal comma. */
function formatAmount(value: number, decimals: number, decimalComma: boolean): string {
  const text = value.toFixed(decimals);
  return decimalComma ? text.replace('.', ',') : text;
}

export function randomTransfer(rng: Random, language: SeedLanguage): Transfer {
  const kind = TRANSFER_KINDS.pick(rng);
  const value = rng.logUniform(kind.minAmount, kind.maxAmount);
  const decimalComma = language !== 'en' && rng.chance(0.75);
  return {
    coin: kind.coin,
    network: kind.network,
    networkTag: kind.tag,
    amount: formatAmount(value, kind.decimals, decimalComma),
    address: addressFor(rng, kind.chain),
    txHash: txHashFor(rng, kind.chain),
  };
}

/** The exchange's account id, e.g. "U-4821937". Uniqueness is the caller's job. */
export function randomUserId(rng: Random): string {
  return 'U-' + rng.int(1_000_000, 9_999_999);
}

/** P2P order numbers are long digit strings. */
export function randomOrderId(rng: Random): string {
  return '2' + rng.chars('0123456789', 18);
}

const PUBLIC_FIRST_OCTETS = [31, 37, 46, 62, 77, 78, 85, 88, 91, 94, 102, 145, 176, 178, 185, 188, 193, 212, 213] as const;

export function randomIpAddress(rng: Random): string {
  return `${rng.pick(PUBLIC_FIRST_OCTETS)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** Customers quote only the start of an API key. */
export function randomApiKeyPrefix(rng: Random): string {
  return rng.chars(ALPHANUMERIC, 12);
}

const PHISHING_WORDS = ['secure', 'verify', 'support', 'wallet', 'account', 'login', 'kyc', 'airdrop', 'unlock', 'recovery'] as const;
const PHISHING_SUFFIXES = ['center', 'portal', 'help', 'check', 'update', 'desk'] as const;
const PHISHING_TLDS = ['top', 'xyz', 'site', 'online', 'info', 'click', 'live'] as const;
const PHISHING_PATHS = ['/login', '/verify', '/kyc', '/claim', '/unlock', '/2fa-reset'] as const;

export function randomPhishingUrl(rng: Random): string {
  const scheme = rng.chance(0.7) ? 'https' : 'http';
  return `${scheme}://${rng.pick(PHISHING_WORDS)}-${rng.pick(PHISHING_WORDS)}-${rng.pick(PHISHING_SUFFIXES)}.${rng.pick(PHISHING_TLDS)}${rng.pick(PHISHING_PATHS)}`;
}
