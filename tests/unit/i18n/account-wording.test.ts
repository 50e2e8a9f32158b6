import { afterEach, describe, expect, it } from 'vitest';
import type { BackOfficeFailureKind } from '../../../preload/contract/account-types';
import type { ChainDiagnosisView, ChainFailureKind } from '../../../preload/contract/chain-types';
import { INTERFACE_LANGUAGES } from '../../../preload/contract/domain-types';
import { translate, useI18nStore } from '../../../renderer/src/i18n';
import { backOfficeReasonText, chainReasonText, diagnosisText, fromBaseUnits } from '../../../renderer/src/lib/account-wording';
import { explorerUrl } from '../../../renderer/src/lib/explorers';

// Every diagnosis kind, back-office failure and chain failure worded in every interface language:
// nothing left unworded, no placeholder left raw, the numbers kept. Typed by kind, so a new kind
// does not compile until it has a sample here.

type ByKind<U extends { kind: string }> = { [K in U['kind']]: Array<Extract<U, { kind: K }>> };

const DIAGNOSES: ByKind<ChainDiagnosisView> = {
  awaiting_confirmations: [{ kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 }],
  wrong_network: [{ kind: 'wrong_network', sentOn: 'bsc', expectedNetwork: 'ethereum', toDepositAddress: true }],
  not_customer_address: [{ kind: 'not_customer_address', sentTo: ['0x2222222222222222222222222222222222222222'], expectedAddress: '0x1111111111111111111111111111111111111111' }],
  wrong_asset: [{ kind: 'wrong_asset', sentAsset: ['native'], expectedAsset: '0xdac17f958d2ee523a2206206994597c13d831ec7' }],
  memo_missing: [{ kind: 'memo_missing', expectedMemo: '104552981' }],
  memo_wrong: [{ kind: 'memo_wrong', sentMemo: '111', expectedMemo: '104552981' }],
  below_minimum: [{ kind: 'below_minimum', amount: '5000000', minimum: '10000000' }],
  credited: [{ kind: 'credited', creditedAt: Date.UTC(2026, 2, 10, 9, 30), confirmations: 40 }, { kind: 'credited', creditedAt: null, confirmations: 0 }],
  confirmed_not_credited: [{ kind: 'confirmed_not_credited', confirmations: 12, required: 12, depositState: 'pending' }],
  deposit_rejected: [{ kind: 'deposit_rejected' }],
  withdrawal_requested: [{ kind: 'withdrawal_requested', requestedAt: null }],
  withdrawal_held: [{ kind: 'withdrawal_held', heldBy: 'Compliance', reason: 'New address', state: 'under_review' }, { kind: 'withdrawal_held', heldBy: null, reason: null, state: 'held' }],
  broadcast_unconfirmed: [{ kind: 'broadcast_unconfirmed', seenOnChain: true, confirmations: 1, required: 3, remainingBlocks: 2, expectedSeconds: 1200 }, { kind: 'broadcast_unconfirmed', seenOnChain: false, confirmations: 0, required: 3, remainingBlocks: 3, expectedSeconds: 1800 }],
  withdrawal_confirmed: [{ kind: 'withdrawal_confirmed', confirmations: 9, confirmedAt: null }],
  withdrawal_failed: [{ kind: 'withdrawal_failed', onChain: false }],
  failed_on_chain: [{ kind: 'failed_on_chain', hash: '0xab', network: 'ethereum' }],
  seen_on_chain: [{ kind: 'seen_on_chain', status: 'confirmed', confirmations: 3 }],
  not_found_on_chain: [{ kind: 'not_found_on_chain' }],
};
const BACK_OFFICE: BackOfficeFailureKind[] = ['down', 'timeout', 'refused', 'malformed', 'unknown_customer'];
const CHAIN: ChainFailureKind[] = ['not_found', 'unreachable', 'timeout', 'invalid_answer', 'node_error', 'wrong_chain', 'ambiguous', 'invalid_input'];

afterEach(() => useI18nStore.getState().setLanguage('en'));

describe('account panel wording', () => {
  it.each(INTERFACE_LANGUAGES)('%s: every diagnosis and failure has words, placeholders filled', (language) => {
    useI18nStore.getState().setLanguage(language);
    const unit = { decimals: 6, asset: 'USDT' };
    const texts = [
      ...Object.values(DIAGNOSES).flat().map((d) => diagnosisText(d as ChainDiagnosisView, translate, unit)),
      ...BACK_OFFICE.map((k) => backOfficeReasonText(k, translate)),
      ...CHAIN.map((k) => chainReasonText(k, translate)),
    ];
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\baccount\.[a-z]|\{[a-zA-Z]+[,}]/);
    }
    const awaiting = diagnosisText(DIAGNOSES.awaiting_confirmations[0]!, translate, null);
    expect(awaiting).toContain('5');
    expect(awaiting).toContain('12');
    expect(diagnosisText(DIAGNOSES.below_minimum[0]!, translate, unit)).toContain('5 USDT');
    expect(diagnosisText(DIAGNOSES.withdrawal_held[0]!, translate, unit)).toContain('Compliance');
  });

  it('English says "5 of 12 confirmations"', () => {
    expect(diagnosisText(DIAGNOSES.awaiting_confirmations[0]!, translate, null)).toMatch(/^5 of 12 confirmations/);
  });

  it('base units become the asset\'s amount without rounding', () => {
    expect(fromBaseUnits('5000000', 6)).toBe('5');
    expect(fromBaseUnits('1', 18)).toBe('0.000000000000000001');
    expect(fromBaseUnits('123456789', 8)).toBe('1.23456789');
    expect(fromBaseUnits('42', 0)).toBe('42');
  });

  it('explorer links per network, the value encoded into the path; none for an unknown network', () => {
    expect(explorerUrl('ethereum', 'tx', '0xabc')).toBe('https://etherscan.io/tx/0xabc');
    expect(explorerUrl('bitcoin', 'address', 'bc1q x/../y')).toBe('https://mempool.space/address/bc1q%20x%2F..%2Fy');
    expect(explorerUrl('nowhere', 'tx', '0xabc')).toBeNull();
  });
});
