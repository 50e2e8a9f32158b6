import type { Customer, Message, Ticket } from '../wire-types';
import { randomIpAddress } from '../seed/identifiers';
import { Random } from '../seed/random';
import { assetOn, networkRules, NETWORKS, type AssetOnNetwork } from './back-office-catalog';
import type { BackOfficeAccount, BackOfficeDeposit, BackOfficeWithdrawal, DepositHoldReason, WithdrawalState } from './back-office-shapes';
import { mentionedTransfer, type MentionedTransfer } from './mentioned-transfer';

// A customer's account in the simulated exchange's back office, made from what the helpdesk
// holds: every deposit, withdrawal and address a ticket mentions is there, in a state that fits
// the ticket (a solved deposit ticket is credited; a withdrawal with a hash was broadcast), and
// the rest of the account (balances, older transfers, 2FA, sign-ins, holds) is drawn from a
// stream seeded by the customer's and tickets' ids. Pure: the same tickets give the same account.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const DEVICES = ['Chrome on Windows', 'Safari on iPhone', 'App on Android', 'Firefox on Linux', 'Safari on macOS', 'App on iPhone', 'Edge on Windows'] as const;
const FAR_COUNTRIES = ['NG', 'VN', 'RU', 'BR', 'ID', 'UA', 'TR', 'PH'] as const;
const REVIEWERS = ['Compliance', 'Risk desk', 'Security team'] as const;
const WITHDRAWAL_REVIEW_REASONS = ['New withdrawal address and a large amount', 'Withdrawal after a recent 2FA change', 'Travel rule: the receiving platform must confirm the beneficiary'] as const;
const DEPOSIT_TOPICS = new Set(['deposit']);
const WITHDRAWAL_TOPICS = new Set(['withdrawal']);

export interface TicketWithMessages {
  ticket: Ticket;
  messages: readonly Message[];
}

/** FNV-1a: a stable number for an id, so each customer and ticket has its own stream. */
export function idSeed(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function addressFor(rng: Random, format: (typeof NETWORKS)[number]['addressFormat']): string {
  switch (format) {
    case 'evm':
      return '0x' + rng.hex(40);
    case 'bitcoin':
      return 'bc1q' + rng.chars(BECH32, 38);
    case 'tron':
      return 'T' + rng.chars(BASE58, 33);
    case 'solana':
      return rng.chars(BASE58, 44);
    case 'dogecoin':
      return 'D' + rng.chars('56789ABCDEFGHJKLMNPQRSTU', 1) + rng.chars(BASE58, 32);
    case 'xrp':
      return 'r' + rng.chars(BASE58, 33);
  }
}

function hashFor(rng: Random, network: string): string {
  return networkRules(network).addressFormat === 'evm' ? '0x' + rng.hex(64) : rng.hex(64);
}

function amountIn(rng: Random, asset: AssetOnNetwork): string {
  const minimum = Number(asset.minimum);
  const value = rng.logUniform(minimum * 2, minimum * 2000);
  return value.toFixed(Math.min(asset.decimals, minimum < 1 ? 4 : 2)).replace(/\.?0+$/, '') || '0';
}

/** What happened to the deposit a ticket is about, given the ticket: settled tickets were credited. */
function depositOutcome(rng: Random, ticket: Ticket): 'awaiting' | 'wrong_network' | 'credited' | 'below_minimum' {
  if (ticket.status === 'solved' || ticket.status === 'closed') return 'credited';
  return rng.weightedPick(['awaiting', 'wrong_network', 'credited', 'below_minimum'] as const, [45, 20, 20, 15]);
}

/** The network a deposit sent to the wrong network arrived on: the same address family, another chain. */
function otherNetwork(network: string): string {
  const family = networkRules(network).addressFormat;
  return NETWORKS.find((n) => n.addressFormat === family && n.id !== network)?.id ?? (network === 'tron' ? 'ethereum' : 'bsc');
}

function ticketDeposit(rng: Random, source: TicketWithMessages, mentioned: MentionedTransfer, id: string): BackOfficeDeposit {
  const { ticket } = source;
  const network = mentioned.network?.id ?? 'ethereum';
  const rules = networkRules(network);
  const asset = assetOn(network, mentioned.coin);
  const outcome = depositOutcome(rng, ticket);
  const createdAt = ticket.createdAt - Math.floor(rng.logUniform(10 * MINUTE, 6 * HOUR));
  const base = {
    id,
    asset: asset.asset,
    network,
    token: asset.token,
    decimals: asset.decimals,
    amount: mentioned.amount ?? amountIn(rng, asset),
    address: mentioned.address ?? addressFor(rng, rules.addressFormat),
    memo: null,
    txHash: mentioned.txHash ?? hashFor(rng, network),
    requiredConfirmations: rules.requiredConfirmations,
    minimum: asset.minimum,
    sentNetwork: null,
    createdAt,
    creditedAt: null,
  };
  switch (outcome) {
    case 'awaiting':
      return { ...base, state: 'pending', holdReason: null, confirmations: rng.int(0, rules.requiredConfirmations - 1) };
    case 'wrong_network':
      return { ...base, state: 'held', holdReason: 'wrong_network', sentNetwork: otherNetwork(network), confirmations: 0 };
    case 'below_minimum':
      return { ...base, amount: (Number(asset.minimum) / 2).toString(), state: 'held', holdReason: 'below_minimum', confirmations: rules.requiredConfirmations };
    case 'credited': {
      const settledBy = ticket.status === 'solved' || ticket.status === 'closed' ? ticket.updatedAt : ticket.createdAt + HOUR;
      const creditedAt = Math.max(createdAt + MINUTE, Math.min(settledBy, ticket.createdAt + rng.int(5, 90) * MINUTE));
      return { ...base, state: 'credited', holdReason: null, confirmations: rules.requiredConfirmations + rng.int(0, 200), creditedAt };
    }
  }
}

function ticketWithdrawal(rng: Random, source: TicketWithMessages, mentioned: MentionedTransfer, id: string): BackOfficeWithdrawal {
  const { ticket } = source;
  const network = mentioned.network?.id ?? 'tron';
  const rules = networkRules(network);
  const asset = assetOn(network, mentioned.coin);
  const requestedAt = ticket.createdAt - Math.floor(rng.logUniform(30 * MINUTE, 20 * HOUR));
  // A customer quoting a hash has seen it leave: broadcast or confirmed. Without one it is still with the exchange.
  const state: WithdrawalState = mentioned.txHash
    ? rng.weightedPick(['broadcast', 'confirmed'] as const, [40, 60])
    : rng.weightedPick(['under_review', 'held', 'requested'] as const, [50, 30, 20]);
  const held = state === 'under_review' || state === 'held';
  const confirmations = state === 'confirmed' ? rules.requiredConfirmations + rng.int(0, 500) : state === 'broadcast' ? rng.int(0, rules.requiredConfirmations - 1) : 0;
  return {
    id,
    asset: asset.asset,
    network,
    amount: mentioned.amount ?? amountIn(rng, asset),
    fee: asset.token ? '1' : (Number(asset.minimum) / 10).toString(),
    address: mentioned.address ?? addressFor(rng, rules.addressFormat),
    memo: null,
    txHash: mentioned.txHash,
    confirmations,
    requiredConfirmations: rules.requiredConfirmations,
    state,
    heldBy: held ? rng.pick(REVIEWERS) : null,
    holdReason: held ? rng.pick(WITHDRAWAL_REVIEW_REASONS) : null,
    requestedAt,
    updatedAt: requestedAt + Math.floor(rng.logUniform(MINUTE, 2 * HOUR)),
  };
}

/** Older, settled deposits: the account's history, and sometimes an XRP deposit sent without its tag. */
function historyDeposits(rng: Random, customer: Customer, now: number): BackOfficeDeposit[] {
  const count = rng.int(1, 3);
  const deposits: BackOfficeDeposit[] = [];
  for (let i = 0; i < count; i++) {
    const asset = rng.pick(['USDT:tron', 'BTC:bitcoin', 'ETH:ethereum', 'USDT:ethereum'].map((k) => assetOn(k.split(':')[1]!, k.split(':')[0]!)));
    const rules = networkRules(asset.network);
    const createdAt = now - Math.floor(rng.float(5 * DAY, 120 * DAY));
    deposits.push({
      id: `D-${customer.id}-H${i + 1}`, asset: asset.asset, network: asset.network, token: asset.token, decimals: asset.decimals, amount: amountIn(rng, asset),
      address: addressFor(rng, rules.addressFormat), memo: null, txHash: hashFor(rng, asset.network), confirmations: rules.requiredConfirmations + rng.int(50, 5000),
      requiredConfirmations: rules.requiredConfirmations, minimum: asset.minimum, state: 'credited', holdReason: null, sentNetwork: null, createdAt, creditedAt: createdAt + rng.int(3, 60) * MINUTE,
    });
  }
  if (rng.chance(0.3)) {
    const xrp = assetOn('xrp', 'XRP');
    const createdAt = now - Math.floor(rng.float(2 * HOUR, 4 * DAY));
    deposits.push({
      id: `D-${customer.id}-X`, asset: 'XRP', network: 'xrp', token: null, decimals: xrp.decimals, amount: amountIn(rng, xrp), address: addressFor(rng, 'xrp'),
      memo: String(rng.int(100_000_000, 999_999_999)), txHash: rng.hex(64).toUpperCase(), confirmations: 1, requiredConfirmations: 1, minimum: xrp.minimum,
      state: 'held', holdReason: 'memo_missing' satisfies DepositHoldReason, sentNetwork: null, createdAt, creditedAt: null,
    });
  }
  return deposits;
}

function signIns(rng: Random, customer: Customer, now: number, compromisedAt: number | null): BackOfficeAccount['signIns'] {
  const home = rng.pick(DEVICES);
  const ip = randomIpAddress(rng);
  const rows: BackOfficeAccount['signIns'] = [];
  const count = rng.int(3, 7);
  for (let i = 0; i < count; i++) {
    const other = rng.chance(0.25);
    rows.push({ at: now - Math.floor(rng.float(HOUR, 30 * DAY)), device: other ? rng.pick(DEVICES) : home, ip: other ? randomIpAddress(rng) : ip, country: customer.country, newDevice: false });
  }
  // An account takeover shows as a sign-in from a new device far away, shortly before the ticket.
  if (compromisedAt !== null) rows.push({ at: compromisedAt - Math.floor(rng.float(10 * MINUTE, 3 * HOUR)), device: rng.pick(DEVICES), ip: randomIpAddress(rng), country: rng.pick(FAR_COUNTRIES.filter((c) => c !== customer.country)), newDevice: true });
  return rows.sort((a, b) => b.at - a.at);
}

function balances(rng: Random, deposits: readonly BackOfficeDeposit[], withdrawals: readonly BackOfficeWithdrawal[]): BackOfficeAccount['balances'] {
  const assets = [...new Set(['USDT', ...deposits.map((d) => d.asset), ...withdrawals.map((w) => w.asset)])].sort();
  return assets.map((asset) => {
    const credited = deposits.filter((d) => d.asset === asset && d.state === 'credited').reduce((sum, d) => sum + Number(d.amount), 0);
    const locked = withdrawals.filter((w) => w.asset === asset && (w.state === 'under_review' || w.state === 'held' || w.state === 'requested')).reduce((sum, w) => sum + Number(w.amount), 0);
    const available = credited * rng.float(0.05, 0.9);
    return { asset, available: trimDecimal(available), locked: trimDecimal(locked) };
  });
}

function trimDecimal(value: number): string {
  return value.toFixed(8).replace(/\.?0+$/, '') || '0';
}

function newestFirst<T extends { createdAt?: number; requestedAt?: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => (b.createdAt ?? b.requestedAt ?? 0) - (a.createdAt ?? a.requestedAt ?? 0));
}

/**
 * The customer's account, from their tickets. The history is dated back from their newest ticket
 * (or `now` without one), so the same tickets give the same account whenever it is asked.
 */
export function generateAccount(customer: Customer, tickets: readonly TicketWithMessages[], now: number): BackOfficeAccount {
  const anchor = tickets.length > 0 ? Math.max(...tickets.map((t) => t.ticket.createdAt)) : now;
  const rng = new Random(idSeed(customer.id));
  const deposits: BackOfficeDeposit[] = [];
  const withdrawals: BackOfficeWithdrawal[] = [];
  let compromisedAt: number | null = null;
  for (const source of tickets) {
    const { ticket, messages } = source;
    const ticketRng = new Random(idSeed(ticket.id));
    const mentioned = mentionedTransfer(messages.filter((m) => m.kind === 'reply').map((m) => m.body), ticket.tags);
    const number = ticket.id.replace(/^T-/, '');
    if (DEPOSIT_TOPICS.has(ticket.topic)) deposits.push(ticketDeposit(ticketRng, source, mentioned, `D-${number}`));
    else if (WITHDRAWAL_TOPICS.has(ticket.topic)) withdrawals.push(ticketWithdrawal(ticketRng, source, mentioned, `W-${number}`));
    if (ticket.topic === 'account_compromise' || ticket.security) compromisedAt = Math.max(compromisedAt ?? 0, ticket.createdAt);
  }
  deposits.push(...historyDeposits(rng, customer, anchor));
  const twoFactorMethod = rng.weightedPick(['totp', 'sms', 'passkey'] as const, [60, 30, 10]);
  const twoFactorOn = compromisedAt !== null || rng.chance(0.85);
  const locks: BackOfficeAccount['locks'] = [];
  if (compromisedAt !== null) locks.push({ kind: 'withdrawal_hold', reason: 'Suspected account takeover: withdrawals held until the customer is verified again', by: 'Security team', since: compromisedAt, until: null });
  for (const w of withdrawals) if (w.state === 'held') locks.push({ kind: 'withdrawal_hold', reason: w.holdReason ?? 'Withdrawal held for review', by: w.heldBy, since: w.updatedAt, until: null });
  const kycPending = tickets.some((t) => t.ticket.topic === 'kyc' && t.ticket.status !== 'solved' && t.ticket.status !== 'closed');
  return {
    userId: customer.userId,
    kyc: { level: customer.kycLevel, status: customer.kycLevel === 0 ? (kycPending ? 'pending' : 'none') : kycPending ? 'pending' : 'verified' },
    balances: balances(rng, deposits, withdrawals),
    deposits: newestFirst(deposits),
    withdrawals: newestFirst(withdrawals),
    twoFactor: {
      enabled: twoFactorOn,
      method: twoFactorOn ? twoFactorMethod : null,
      // A takeover usually changes 2FA shortly before the customer writes.
      changedAt: compromisedAt !== null ? compromisedAt - Math.floor(rng.float(5 * MINUTE, 2 * HOUR)) : twoFactorOn ? anchor - Math.floor(rng.float(10 * DAY, 400 * DAY)) : null,
    },
    signIns: signIns(rng, customer, anchor, compromisedAt),
    locks,
  };
}
