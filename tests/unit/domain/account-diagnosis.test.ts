import { describe, expect, it } from 'vitest';
import { accountDiagnosis, decimalToBaseUnits, expectedDepositOf, recordDiagnosis } from '../../../main/services/domain/account-diagnosis';
import { accountSubjects, identifiersIn } from '../../../main/services/domain/ticket-identifiers';
import type { AccountDeposit, AccountWithdrawal } from '../../../preload/contract';
import { sampleAccount } from '../back-office/account-fixture';

// The diagnosis line from the back office's own record (before any chain lookup), the record a
// ticket is about, and the hashes and addresses a ticket mentions.

const BLOCK_SECONDS: Record<string, number> = { ethereum: 12, bitcoin: 600, xrp: 4 };
const seconds = (network: string) => BLOCK_SECONDS[network] ?? 0;
const deposit = (overrides: Partial<AccountDeposit>): AccountDeposit => ({ ...sampleAccount().deposits[0]!, ...overrides });
const withdrawal = (overrides: Partial<AccountWithdrawal>): AccountWithdrawal => ({ ...sampleAccount().withdrawals[0]!, ...overrides });

describe('decimal amounts to base units', () => {
  it.each([
    ['250', 6, '250000000'],
    ['0.5', 18, '500000000000000000'],
    ['0.00000001', 8, '1'],
    ['1.123456789', 6, '1123456'],
    ['12', 0, '12'],
    ['not a number', 6, '0'],
  ])('%s with %i decimals is %s', (amount, decimals, expected) => expect(decimalToBaseUnits(amount, decimals)).toBe(expected));

  it('a deposit record becomes what the chain rules expect: token or native, minimum in base units', () => {
    expect(expectedDepositOf(deposit({}))).toEqual({ network: 'ethereum', address: '0x1111111111111111111111111111111111111111', asset: '0xdac17f958d2ee523a2206206994597c13d831ec7', memo: null, minimum: '10000000', requiredConfirmations: 12, state: 'pending', creditedAt: null });
    expect(expectedDepositOf(deposit({ token: null, decimals: 18, minimum: '0.01' }))).toMatchObject({ asset: 'native', minimum: '10000000000000000' });
  });
});

describe('the back office\'s record on its own', () => {
  it.each([
    ['pending, 5 of 12 on Ethereum', deposit({ confirmations: 5 }), { kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 }],
    ['pending, 1 of 3 on Bitcoin', deposit({ network: 'bitcoin', confirmations: 1, requiredConfirmations: 3 }), { kind: 'awaiting_confirmations', confirmations: 1, required: 3, remainingBlocks: 2, expectedSeconds: 1200 }],
    ['pending with every confirmation', deposit({ confirmations: 14 }), { kind: 'confirmed_not_credited', confirmations: 14, required: 12, depositState: 'pending' }],
    ['credited', deposit({ state: 'credited', creditedAt: 1_700_000_500_000, confirmations: 40 }), { kind: 'credited', creditedAt: 1_700_000_500_000, confirmations: 40 }],
    ['held: sent on BNB Chain to an Ethereum address', deposit({ state: 'held', holdReason: 'wrong_network', sentNetwork: 'bsc' }), { kind: 'wrong_network', sentOn: 'bsc', expectedNetwork: 'ethereum', toDepositAddress: true }],
    ['held: XRP without its destination tag', deposit({ network: 'xrp', state: 'held', holdReason: 'memo_missing', memo: '104552981' }), { kind: 'memo_missing', expectedMemo: '104552981' }],
    ['held: below the minimum', deposit({ state: 'held', holdReason: 'below_minimum', amount: '5' }), { kind: 'below_minimum', amount: '5000000', minimum: '10000000' }],
    ['held for compliance', deposit({ state: 'held', holdReason: 'compliance', confirmations: 12 }), { kind: 'confirmed_not_credited', confirmations: 12, required: 12, depositState: 'held' }],
    ['rejected', deposit({ state: 'rejected' }), { kind: 'deposit_rejected' }],
  ])('deposit %s', (_name, record, expected) => {
    expect(recordDiagnosis({ deposit: record }, seconds)).toEqual({ diagnosis: expected, macroTopic: 'deposit' });
  });

  it.each([
    ['requested', withdrawal({ state: 'requested' }), { kind: 'withdrawal_requested', requestedAt: 1_700_000_100_000 }],
    ['under review, by whom and why', withdrawal({}), { kind: 'withdrawal_held', heldBy: 'Compliance', reason: 'New address, large amount', state: 'under_review' }],
    ['held', withdrawal({ state: 'held' }), { kind: 'withdrawal_held', heldBy: 'Compliance', reason: 'New address, large amount', state: 'held' }],
    ['broadcast, 1 of 3', withdrawal({ state: 'broadcast', txHash: 'ab'.repeat(32), confirmations: 1 }), { kind: 'broadcast_unconfirmed', seenOnChain: true, confirmations: 1, required: 3, remainingBlocks: 2, expectedSeconds: 1200 }],
    ['broadcast, not yet in a block', withdrawal({ state: 'broadcast', txHash: 'ab'.repeat(32), confirmations: 0 }), { kind: 'broadcast_unconfirmed', seenOnChain: false, confirmations: 0, required: 3, remainingBlocks: 3, expectedSeconds: 1800 }],
    ['confirmed', withdrawal({ state: 'confirmed', txHash: 'ab'.repeat(32), confirmations: 9 }), { kind: 'withdrawal_confirmed', confirmations: 0, confirmedAt: null }],
    ['failed', withdrawal({ state: 'failed' }), { kind: 'withdrawal_failed', onChain: false }],
  ])('withdrawal %s', (_name, record, expected) => {
    expect(recordDiagnosis({ withdrawal: record }, seconds)).toEqual({ diagnosis: expected, macroTopic: 'withdrawal' });
  });
});

describe('what a ticket mentions', () => {
  const hash = '0x' + 'ab'.repeat(32);
  const txid = 'cd'.repeat(32);

  it('finds 0x hashes, bare hashes and addresses once each, and never takes a hash for an address', () => {
    const found = identifiersIn([`TXID ${hash} to 0x1111111111111111111111111111111111111111`, `again ${hash.toUpperCase().replace('0X', '0x')} and ${txid}; bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq`]);
    expect(found).toEqual({ transactions: [hash, txid], addresses: ['0x1111111111111111111111111111111111111111', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'] });
  });

  it('ties each to the account\'s record by hash, else by address; the line is about the first record mentioned', () => {
    const account = sampleAccount();
    const subjects = accountSubjects([`my deposit ${hash}`, 'and to bc1qexampleexampleexampleexampleexample0 nothing'], account);
    expect(subjects).toEqual([
      { kind: 'transaction', value: hash, depositId: 'D-1', withdrawalId: null },
      { kind: 'address', value: 'bc1qexampleexampleexampleexampleexample0', depositId: null, withdrawalId: 'W-1' },
    ]);
    expect(accountDiagnosis(subjects, account, seconds)).toEqual({ diagnosis: { kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 }, macroTopic: 'deposit', macroId: 'starter.deposit-awaiting-confirmations', depositId: 'D-1', withdrawalId: null });
  });

  it('a ticket naming none of the account\'s records has no line', () => {
    const account = sampleAccount();
    const subjects = accountSubjects([`someone else's ${txid}`], account);
    expect(subjects).toEqual([{ kind: 'transaction', value: txid, depositId: null, withdrawalId: null }]);
    expect(accountDiagnosis(subjects, account, seconds)).toBeNull();
  });

  it('at most 12 subjects, however long the conversation', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `0x${i.toString(16).padStart(64, '0')}`);
    expect(accountSubjects(texts, null)).toHaveLength(12);
  });
});
