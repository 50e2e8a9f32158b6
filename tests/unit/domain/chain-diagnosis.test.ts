import { describe, expect, it } from 'vitest';
import {
  diagnoseChain,
  sameAddress,
  type ChainTransactionFacts,
  type ChainTransferFact,
  type ExpectedDeposit,
  type WithdrawalRecord,
} from '../../../main/services/domain/chain-diagnosis';

// Every rule, per network: two EVM networks (Ethereum, BNB Chain) whose addresses look alike,
// Bitcoin, and XRP for the destination tag (EVM networks and Bitcoin carry no memo).

interface NetworkCase {
  network: string;
  otherNetwork: string;
  blockTimeSeconds: number;
  memoSupported: boolean;
  address: string;
  /** The same customer's address as a customer might write it (case). */
  addressAsWritten: string;
  otherAddress: string;
  asset: string;
  otherAsset: string;
  memo: string | null;
  hash: string;
  minimum: string;
  required: number;
}

const NETWORKS: NetworkCase[] = [
  {
    network: 'ethereum', otherNetwork: 'bsc', blockTimeSeconds: 12, memoSupported: false,
    address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', addressAsWritten: '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
    otherAddress: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', asset: '0xdAC17F958D2ee523a2206206994597C13D831ec7', otherAsset: 'native',
    memo: null, hash: `0x${'ab'.repeat(32)}`, minimum: '10000000', required: 12,
  },
  {
    network: 'bsc', otherNetwork: 'ethereum', blockTimeSeconds: 0.75, memoSupported: false,
    address: '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', addressAsWritten: '0xDBF03B407C01E7CD3CBEA99509D93F8DDDC8C6FB',
    otherAddress: '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb', asset: 'native', otherAsset: '0x55d398326f99059fF775485246999027B3197955',
    memo: null, hash: `0x${'cd'.repeat(32)}`, minimum: '10000000000000000', required: 15,
  },
  {
    network: 'bitcoin', otherNetwork: 'bsc', blockTimeSeconds: 600, memoSupported: false,
    address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', addressAsWritten: 'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ',
    otherAddress: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', asset: 'native', otherAsset: '0x7130d2A12B9BCbFAe4f2634d864A1Ee1Ce3Ead9c',
    memo: null, hash: 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16', minimum: '10000', required: 3,
  },
  {
    network: 'xrp', otherNetwork: 'xrp-testnet', blockTimeSeconds: 4, memoSupported: true,
    address: 'rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh', addressAsWritten: 'rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh',
    otherAddress: 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', asset: 'native', otherAsset: 'USD.rvYAfWj5gh67oV6fW32ZzP3Aw4Eubs59B',
    memo: '104577221', hash: 'C53ECF838647FA5A4C780377025FEC7999AB4182590510CA461444B207AB74A9', minimum: '20000000', required: 1,
  },
];

function facts(n: NetworkCase, overrides: Partial<ChainTransactionFacts> = {}, transfer: Partial<ChainTransferFact> = {}): ChainTransactionFacts {
  return {
    network: n.network,
    hash: n.hash,
    status: 'confirmed',
    blockHeight: 1000,
    blockTime: 1_760_000_000_000,
    confirmations: n.required,
    blockTimeSeconds: n.blockTimeSeconds,
    memoSupported: n.memoSupported,
    fee: '21000',
    transfers: [{ asset: n.asset, from: n.otherAddress, to: n.addressAsWritten, value: (BigInt(n.minimum) * 5n).toString(), memo: n.memo, ...transfer }],
    ...overrides,
  };
}

function expected(n: NetworkCase, overrides: Partial<ExpectedDeposit> = {}): ExpectedDeposit {
  return { network: n.network, address: n.address, asset: n.asset, memo: n.memo, minimum: n.minimum, requiredConfirmations: n.required, state: 'pending', ...overrides };
}

function withdrawal(n: NetworkCase, overrides: Partial<WithdrawalRecord> = {}): WithdrawalRecord {
  return { network: n.network, state: 'broadcast', requiredConfirmations: n.required, ...overrides };
}

describe.each(NETWORKS)('deposit diagnosis on $network', (n) => {
  it.each([
    { confirmations: 0, status: 'unconfirmed' as const },
    { confirmations: 1, status: 'confirmed' as const },
    { confirmations: n.required - 1, status: 'confirmed' as const },
  ].filter((c) => c.status === 'unconfirmed' || (c.confirmations > 0 && c.confirmations < n.required)))('not enough confirmations: $confirmations of the required, with the expected time from the block time', ({ confirmations, status }) => {
    const effective = status === 'unconfirmed' ? 0 : confirmations;
    const result = diagnoseChain({ facts: facts(n, { status, confirmations }), deposit: expected(n) });
    expect(result).toEqual({
      diagnosis: { kind: 'awaiting_confirmations', confirmations: effective, required: n.required, remainingBlocks: n.required - effective, expectedSeconds: Math.round((n.required - effective) * n.blockTimeSeconds) },
      macroTopic: 'deposit',
    });
  });

  it('enough confirmations and not yet credited: confirmed, waiting for the exchange', () => {
    for (const state of ['pending', 'held'] as const) {
      expect(diagnoseChain({ facts: facts(n, { confirmations: n.required + 3 }), deposit: expected(n, { state }) }).diagnosis).toEqual({ kind: 'confirmed_not_credited', confirmations: n.required + 3, required: n.required, depositState: state });
    }
  });

  it.each([
    { case: 'to the deposit address', to: 'own', toDepositAddress: true },
    { case: 'to another address', to: 'other', toDepositAddress: false },
  ])('sent on the wrong network ($case)', ({ to, toDepositAddress }) => {
    const f = facts(n, { network: n.otherNetwork }, { to: to === 'own' ? n.address : n.otherAddress });
    expect(diagnoseChain({ facts: f, deposit: expected(n) })).toEqual({ diagnosis: { kind: 'wrong_network', sentOn: n.otherNetwork, expectedNetwork: n.network, toDepositAddress }, macroTopic: 'deposit' });
  });

  it('sent to an address that is not this customer’s', () => {
    expect(diagnoseChain({ facts: facts(n, {}, { to: n.otherAddress }), deposit: expected(n) }).diagnosis).toEqual({ kind: 'not_customer_address', sentTo: [n.otherAddress], expectedAddress: n.address });
  });

  it('sent another asset to the deposit address', () => {
    expect(diagnoseChain({ facts: facts(n, {}, { asset: n.otherAsset }), deposit: expected(n) }).diagnosis).toEqual({ kind: 'wrong_asset', sentAsset: [n.otherAsset], expectedAsset: n.asset });
  });

  it('the address compares in the network’s own spelling (hex and Bech32 ignore case, Base58 does not)', () => {
    expect(sameAddress(n.address, n.addressAsWritten)).toBe(true);
    expect(sameAddress(n.address, n.otherAddress)).toBe(false);
    expect(sameAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1bvbmseystwetqtfn5au4m4gfg7xjanvn2')).toBe(false);
  });

  it.each([
    { amount: (BigInt(n.minimum) - 1n).toString(), below: true },
    { amount: n.minimum, below: false },
  ])('below the minimum deposit: $amount against the minimum', ({ amount, below }) => {
    const result = diagnoseChain({ facts: facts(n, {}, { value: amount }), deposit: expected(n) });
    if (below) expect(result.diagnosis).toEqual({ kind: 'below_minimum', amount, minimum: n.minimum });
    else expect(result.diagnosis.kind).toBe('confirmed_not_credited');
  });

  it('two transfers to the address in one transaction count together against the minimum', () => {
    const half = (BigInt(n.minimum) / 2n + 1n).toString();
    const f = facts(n);
    f.transfers = [{ ...f.transfers[0]!, value: half }, { ...f.transfers[0]!, value: half }];
    expect(diagnoseChain({ facts: f, deposit: expected(n) }).diagnosis.kind).toBe('confirmed_not_credited');
  });

  it('credited already, with when, whatever the chain says now', () => {
    for (const f of [facts(n), facts(n, { confirmations: 1 }), null]) {
      expect(diagnoseChain({ facts: f, deposit: expected(n, { state: 'credited', creditedAt: 1_760_000_600_000 }) })).toEqual({ diagnosis: { kind: 'credited', creditedAt: 1_760_000_600_000, confirmations: f?.confirmations ?? 0 }, macroTopic: 'deposit' });
    }
  });

  it('failed on chain', () => {
    expect(diagnoseChain({ facts: facts(n, { status: 'failed' }), deposit: expected(n) })).toEqual({ diagnosis: { kind: 'failed_on_chain', hash: n.hash, network: n.network }, macroTopic: 'deposit' });
  });

  it('not on chain, and rejected by the exchange', () => {
    expect(diagnoseChain({ facts: null, deposit: expected(n) }).diagnosis).toEqual({ kind: 'not_found_on_chain' });
    expect(diagnoseChain({ facts: facts(n), deposit: expected(n, { state: 'rejected' }) }).diagnosis).toEqual({ kind: 'deposit_rejected' });
  });

  if (n.memoSupported) {
    it.each([
      { sent: null, kind: 'memo_missing' },
      { sent: '', kind: 'memo_missing' },
      { sent: '104577222', kind: 'memo_wrong' },
      { sent: ` ${n.memo} `, kind: 'confirmed_not_credited' },
    ])('memo/tag: sent $sent → $kind', ({ sent, kind }) => {
      const diagnosis = diagnoseChain({ facts: facts(n, {}, { memo: sent }), deposit: expected(n) }).diagnosis;
      expect(diagnosis.kind).toBe(kind);
      if (kind === 'memo_missing') expect(diagnosis).toEqual({ kind, expectedMemo: n.memo });
      if (kind === 'memo_wrong') expect(diagnosis).toEqual({ kind, sentMemo: sent, expectedMemo: n.memo });
    });
  } else {
    it('no memo is asked on a network without memos, so none is missing', () => {
      expect(diagnoseChain({ facts: facts(n, {}, { memo: null }), deposit: expected(n, { memo: null }) }).diagnosis.kind).toBe('confirmed_not_credited');
    });
  }
});

describe.each(NETWORKS)('withdrawal diagnosis on $network', (n) => {
  it.each([
    { state: 'under_review' as const, heldBy: 'risk-desk', reason: 'new withdrawal address' },
    { state: 'held' as const, heldBy: 'security-agent-2', reason: 'account takeover suspected' },
    { state: 'held' as const, heldBy: null, reason: null },
  ])('held for review ($state, by $heldBy)', ({ state, heldBy, reason }) => {
    expect(diagnoseChain({ facts: null, withdrawal: withdrawal(n, { state, heldBy, holdReason: reason }) })).toEqual({ diagnosis: { kind: 'withdrawal_held', heldBy, reason, state }, macroTopic: 'withdrawal' });
  });

  it('requested, not yet sent', () => {
    expect(diagnoseChain({ facts: null, withdrawal: withdrawal(n, { state: 'requested', requestedAt: 5 }) }).diagnosis).toEqual({ kind: 'withdrawal_requested', requestedAt: 5 });
  });

  it.each([
    { case: 'not yet seen by the node', f: null, confirmations: 0, seen: false },
    { case: 'in the mempool', f: 'unconfirmed', confirmations: 0, seen: true },
    { case: 'one block deep', f: 'one', confirmations: 1, seen: true },
  ].filter((c) => c.confirmations < n.required))('broadcast but unconfirmed: $case', ({ f, confirmations, seen }) => {
    const chain = f === null ? null : facts(n, { status: f === 'unconfirmed' ? 'unconfirmed' : 'confirmed', confirmations });
    const remainingBlocks = n.required - confirmations;
    expect(diagnoseChain({ facts: chain, withdrawal: withdrawal(n) })).toEqual({
      diagnosis: { kind: 'broadcast_unconfirmed', seenOnChain: seen, confirmations, required: n.required, remainingBlocks, expectedSeconds: seen ? Math.round(remainingBlocks * n.blockTimeSeconds) : 0 },
      macroTopic: 'withdrawal',
    });
  });

  it('confirmed on chain', () => {
    expect(diagnoseChain({ facts: facts(n, { confirmations: n.required }), withdrawal: withdrawal(n, { state: 'confirmed' }) }).diagnosis).toEqual({ kind: 'withdrawal_confirmed', confirmations: n.required, confirmedAt: 1_760_000_000_000 });
    expect(diagnoseChain({ facts: null, withdrawal: withdrawal(n, { state: 'confirmed' }) }).diagnosis.kind).toBe('withdrawal_confirmed');
  });

  it('failed on chain, or failed at the exchange before it reached the chain', () => {
    expect(diagnoseChain({ facts: facts(n, { status: 'failed' }), withdrawal: withdrawal(n) })).toEqual({ diagnosis: { kind: 'failed_on_chain', hash: n.hash, network: n.network }, macroTopic: 'withdrawal' });
    expect(diagnoseChain({ facts: null, withdrawal: withdrawal(n, { state: 'failed' }) }).diagnosis).toEqual({ kind: 'withdrawal_failed', onChain: false });
  });
});

describe('chain facts alone (no account facts)', () => {
  const n = NETWORKS[0]!;
  it('says what the chain says and suggests no macro', () => {
    expect(diagnoseChain({ facts: facts(n, { confirmations: 4 }) })).toEqual({ diagnosis: { kind: 'seen_on_chain', status: 'confirmed', confirmations: 4 }, macroTopic: null });
    expect(diagnoseChain({ facts: facts(n, { status: 'failed' }) }).diagnosis.kind).toBe('failed_on_chain');
    expect(diagnoseChain({ facts: null })).toEqual({ diagnosis: { kind: 'not_found_on_chain' }, macroTopic: null });
  });

  it('never words the diagnosis: every value is a kind, a number, an address or a time', () => {
    const result = diagnoseChain({ facts: facts(n, { confirmations: 5 }), deposit: expected(n) });
    expect(result.diagnosis).toEqual({ kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 });
  });
});
