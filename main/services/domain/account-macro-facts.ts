import type { AccountDeposit, AccountWithdrawal } from '../../../preload/contract';
import { knownNetworkName } from '../../../preload/rules/network-names';
import type { AccountMacroFacts } from './macro-context';

// What a macro may say about the deposit or withdrawal a ticket is about: the back office's
// record, with the chain's newer count of confirmations when the desk has one. Values are plain
// text; a fact the record does not have is left out, so a macro that needs it waits like an
// unfilled field.

const networkName = (id: string): string => knownNetworkName(id) ?? id;

/** The record as macro values; `chainConfirmations` is the chain's count when it was looked up (newer than the back office's). */
export function accountMacroFacts(focus: { deposit: AccountDeposit } | { withdrawal: AccountWithdrawal } | null, chainConfirmations: number | null): AccountMacroFacts {
  if (!focus) return {};
  if ('deposit' in focus) {
    const d = focus.deposit;
    return {
      deposit: {
        asset: d.asset,
        amount: d.amount,
        network: networkName(d.network),
        address: d.address,
        memo: d.memo,
        tx_hash: d.txHash,
        confirmations: String(Math.max(chainConfirmations ?? 0, d.confirmations)),
        required: String(d.requiredConfirmations),
        minimum: d.minimum,
        state: d.state,
      },
    };
  }
  const w = focus.withdrawal;
  return {
    withdrawal: {
      asset: w.asset,
      amount: w.amount,
      network: networkName(w.network),
      address: w.address,
      tx_hash: w.txHash,
      fee: w.fee,
      confirmations: String(Math.max(chainConfirmations ?? 0, w.confirmations)),
      required: String(w.requiredConfirmations),
      state: w.state,
    },
  };
}
