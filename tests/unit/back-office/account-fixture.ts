import type { AccountFacts } from '../../../preload/contract';

/** One account as a back office answers it: every section filled, one row of each kind. */
export function sampleAccount(overrides: Partial<AccountFacts> = {}): AccountFacts {
  return {
    userId: 'U-4821937',
    kyc: { level: 2, status: 'verified' },
    balances: [{ asset: 'USDT', available: '1520.5', locked: '0' }],
    deposits: [
      {
        id: 'D-1', asset: 'USDT', network: 'ethereum', token: '0xdac17f958d2ee523a2206206994597c13d831ec7', decimals: 6, amount: '250', address: '0x1111111111111111111111111111111111111111',
        memo: null, txHash: '0x' + 'ab'.repeat(32), confirmations: 5, requiredConfirmations: 12, minimum: '10', state: 'pending', holdReason: null, sentNetwork: null, createdAt: 1_700_000_000_000, creditedAt: null,
      },
    ],
    withdrawals: [
      {
        id: 'W-1', asset: 'BTC', network: 'bitcoin', amount: '0.25', fee: '0.0002', address: 'bc1qexampleexampleexampleexampleexample0', memo: null, txHash: null, confirmations: 0, requiredConfirmations: 3,
        state: 'under_review', heldBy: 'Compliance', holdReason: 'New address, large amount', requestedAt: 1_700_000_100_000, updatedAt: 1_700_000_200_000,
      },
    ],
    twoFactor: { enabled: true, method: 'totp', changedAt: 1_690_000_000_000 },
    signIns: [{ at: 1_700_000_300_000, device: 'Chrome on Windows', ip: '85.12.4.9', country: 'ES', newDevice: true }],
    locks: [{ kind: 'withdrawal_hold', reason: 'Review of a new withdrawal address', by: 'Compliance', since: 1_700_000_200_000, until: null }],
    ...overrides,
  };
}
