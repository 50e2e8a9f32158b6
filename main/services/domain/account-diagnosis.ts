import type { AccountDeposit, AccountDiagnosis, AccountFacts, AccountSubject, AccountWithdrawal } from '../../../preload/contract';
import { diagnoseChain, type ChainDiagnosisResult, type ChainTransactionFacts, type ExpectedDeposit, type WithdrawalRecord } from './chain-diagnosis';
import { diagnosisMacroId } from './diagnosis-macros';

// The diagnosis line for a ticket: which of the account's records the ticket is about, and what
// the back office's own word on it means, before (or without) the chain's. With the chain's facts
// the chain rules (chain-diagnosis.ts) decide. Pure.

/** "12.5" with 6 decimals → "12500000"; extra decimals are cut, never rounded up. */
export function decimalToBaseUnits(amount: string, decimals: number): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return '0';
  const fraction = (match[2] ?? '').slice(0, decimals).padEnd(decimals, '0');
  return (BigInt(match[1]!) * 10n ** BigInt(decimals) + BigInt(fraction === '' ? '0' : fraction)).toString();
}

export function expectedDepositOf(d: AccountDeposit): ExpectedDeposit {
  return {
    network: d.network,
    address: d.address,
    asset: d.token ?? 'native',
    memo: d.memo,
    minimum: decimalToBaseUnits(d.minimum, d.decimals),
    requiredConfirmations: d.requiredConfirmations,
    state: d.state,
    creditedAt: d.creditedAt,
  };
}

export function withdrawalRecordOf(w: AccountWithdrawal): WithdrawalRecord {
  return { network: w.network, state: w.state, requiredConfirmations: w.requiredConfirmations, heldBy: w.heldBy, holdReason: w.holdReason, requestedAt: w.requestedAt };
}

/** What the back office's record says on its own: its state, its reason, its own count of confirmations. */
export function recordDiagnosis(record: { deposit: AccountDeposit } | { withdrawal: AccountWithdrawal }, blockSeconds: (network: string) => number): ChainDiagnosisResult {
  if ('withdrawal' in record) {
    const w = record.withdrawal;
    if (w.state !== 'broadcast') return diagnoseChain({ facts: null, withdrawal: withdrawalRecordOf(w) });
    const remainingBlocks = Math.max(0, w.requiredConfirmations - w.confirmations);
    return { diagnosis: { kind: 'broadcast_unconfirmed', seenOnChain: w.confirmations > 0, confirmations: w.confirmations, required: w.requiredConfirmations, remainingBlocks, expectedSeconds: Math.round(remainingBlocks * blockSeconds(w.network)) }, macroTopic: 'withdrawal' };
  }
  const d = record.deposit;
  const deposit = (diagnosis: ChainDiagnosisResult['diagnosis']): ChainDiagnosisResult => ({ diagnosis, macroTopic: 'deposit' });
  if (d.state === 'credited') return deposit({ kind: 'credited', creditedAt: d.creditedAt, confirmations: d.confirmations });
  if (d.state === 'rejected' && d.holdReason === null) return deposit({ kind: 'deposit_rejected' });
  switch (d.holdReason) {
    case 'wrong_network':
      return deposit({ kind: 'wrong_network', sentOn: d.sentNetwork ?? d.network, expectedNetwork: d.network, toDepositAddress: true });
    case 'memo_missing':
      return deposit({ kind: 'memo_missing', expectedMemo: d.memo ?? '' });
    case 'below_minimum':
      return deposit({ kind: 'below_minimum', amount: decimalToBaseUnits(d.amount, d.decimals), minimum: decimalToBaseUnits(d.minimum, d.decimals) });
    default:
      break;
  }
  const required = Math.max(1, d.requiredConfirmations);
  if (d.state === 'pending' && d.confirmations < required) {
    const remainingBlocks = required - d.confirmations;
    return deposit({ kind: 'awaiting_confirmations', confirmations: d.confirmations, required, remainingBlocks, expectedSeconds: Math.round(remainingBlocks * blockSeconds(d.network)) });
  }
  return deposit({ kind: 'confirmed_not_credited', confirmations: d.confirmations, required, depositState: d.state });
}

/** The record a ticket is about: the first mentioned hash or address that is one of the account's. */
export function focusRecord(subjects: readonly AccountSubject[], facts: AccountFacts): { deposit: AccountDeposit } | { withdrawal: AccountWithdrawal } | null {
  const ordered = [...subjects.filter((s) => s.kind === 'transaction'), ...subjects.filter((s) => s.kind === 'address')];
  for (const subject of ordered) {
    const deposit = subject.depositId ? facts.deposits.find((d) => d.id === subject.depositId) : undefined;
    if (deposit) return { deposit };
    const withdrawal = subject.withdrawalId ? facts.withdrawals.find((w) => w.id === subject.withdrawalId) : undefined;
    if (withdrawal) return { withdrawal };
  }
  return null;
}

/** The diagnosis line from the back office alone; null when the ticket names none of the account's records. */
export function accountDiagnosis(subjects: readonly AccountSubject[], facts: AccountFacts, blockSeconds: (network: string) => number): AccountDiagnosis | null {
  const focus = focusRecord(subjects, facts);
  if (!focus) return null;
  const result = recordDiagnosis(focus, blockSeconds);
  return { ...result, macroId: diagnosisMacroId(result.diagnosis.kind), ...idsOf(focus) };
}

/** The diagnosis line with the chain's facts on the record's transaction. */
export function chainAccountDiagnosis(focus: { deposit: AccountDeposit } | { withdrawal: AccountWithdrawal }, facts: ChainTransactionFacts | null): AccountDiagnosis {
  const result = 'deposit' in focus ? diagnoseChain({ facts, deposit: expectedDepositOf(focus.deposit) }) : diagnoseChain({ facts, withdrawal: withdrawalRecordOf(focus.withdrawal) });
  return { ...result, macroId: diagnosisMacroId(result.diagnosis.kind), ...idsOf(focus) };
}

function idsOf(focus: { deposit: AccountDeposit } | { withdrawal: AccountWithdrawal }): { depositId: string | null; withdrawalId: string | null } {
  return 'deposit' in focus ? { depositId: focus.deposit.id, withdrawalId: null } : { depositId: null, withdrawalId: focus.withdrawal.id };
}
