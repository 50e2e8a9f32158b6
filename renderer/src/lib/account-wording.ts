import type { AccountFacts, BackOfficeFailureKind } from '../../../preload/contract/account-types';
import type { ChainDiagnosisView, ChainFailureKind } from '../../../preload/contract/chain-types';
import { isolatedPlainText } from '../../../preload/contract/customer-text';
import { knownNetworkName } from '../../../preload/rules/network-names';
import type { Translate } from '../i18n';
import { formatDuration, formatTimestamp } from './format';

/**
 * The account panel's kinds in words: the diagnosis line, why the back office or a chain node
 * gave nothing, and amounts. Every switch is exhaustive, so a new kind does not compile until it
 * has words. Text the back office's staff wrote (who holds a withdrawal and why) goes in isolated.
 */

/** Network names are proper names, the same in every language; an unknown id is shown as text from outside. */
export function networkName(id: string): string {
  return knownNetworkName(id) ?? isolatedPlainText(id);
}

/** "12500000" with 6 decimals → "12.5": base units as the asset's own amount, no rounding. */
export function fromBaseUnits(value: string, decimals: number): string {
  if (!/^\d+$/.test(value)) return value;
  if (decimals === 0) return value;
  const padded = value.padStart(decimals + 1, '0');
  const whole = padded.slice(0, -decimals);
  const fraction = padded.slice(-decimals).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The decimals and symbol of the record the line is about, for amounts in base units. */
export interface AmountUnit {
  decimals: number;
  asset: string;
}

function amount(value: string, unit: AmountUnit | null): string {
  return unit ? `${fromBaseUnits(value, unit.decimals)} ${unit.asset}` : value;
}

export function diagnosisText(d: ChainDiagnosisView, t: Translate, unit: AmountUnit | null): string {
  switch (d.kind) {
    case 'awaiting_confirmations':
      return t('account.diagnosis.awaiting_confirmations', { confirmations: d.confirmations, required: d.required, duration: formatDuration(d.expectedSeconds * 1000) });
    case 'wrong_network':
      return t('account.diagnosis.wrong_network', { sentOn: networkName(d.sentOn), expected: networkName(d.expectedNetwork) });
    case 'not_customer_address':
      return t('account.diagnosis.not_customer_address');
    case 'wrong_asset':
      return t('account.diagnosis.wrong_asset');
    case 'memo_missing':
      return t('account.diagnosis.memo_missing', { memo: isolatedPlainText(d.expectedMemo) });
    case 'memo_wrong':
      return t('account.diagnosis.memo_wrong', { sent: isolatedPlainText(d.sentMemo), expected: isolatedPlainText(d.expectedMemo) });
    case 'below_minimum':
      return t('account.diagnosis.below_minimum', { amount: amount(d.amount, unit), minimum: amount(d.minimum, unit) });
    case 'credited':
      return d.creditedAt === null ? t('account.diagnosis.creditedUnknown') : t('account.diagnosis.credited', { when: formatTimestamp(d.creditedAt) });
    case 'confirmed_not_credited':
      return t('account.diagnosis.confirmed_not_credited', { confirmations: d.confirmations, required: d.required });
    case 'deposit_rejected':
      return t('account.diagnosis.deposit_rejected');
    case 'withdrawal_requested':
      return t('account.diagnosis.withdrawal_requested');
    case 'withdrawal_held':
      return t('account.diagnosis.withdrawal_held', { by: d.heldBy ? isolatedPlainText(d.heldBy) : t('account.diagnosis.someone'), reason: d.reason ? isolatedPlainText(d.reason) : t('account.diagnosis.noReason') });
    case 'broadcast_unconfirmed':
      return d.seenOnChain ? t('account.diagnosis.broadcast_unconfirmed', { confirmations: d.confirmations, required: d.required }) : t('account.diagnosis.broadcast_unseen');
    case 'withdrawal_confirmed':
      return t('account.diagnosis.withdrawal_confirmed');
    case 'withdrawal_failed':
      return t('account.diagnosis.withdrawal_failed');
    case 'failed_on_chain':
      return t('account.diagnosis.failed_on_chain', { network: networkName(d.network) });
    case 'seen_on_chain':
      return t('account.diagnosis.seen_on_chain', { confirmations: d.confirmations });
    case 'not_found_on_chain':
      return t('account.diagnosis.not_found_on_chain');
  }
}

export function backOfficeReasonText(kind: BackOfficeFailureKind, t: Translate): string {
  switch (kind) {
    case 'down':
      return t('account.reason.down');
    case 'timeout':
      return t('account.reason.timeout');
    case 'refused':
      return t('account.reason.refused');
    case 'malformed':
      return t('account.reason.malformed');
    case 'unknown_customer':
      return t('account.reason.unknown_customer');
  }
}

export function chainReasonText(kind: ChainFailureKind, t: Translate): string {
  switch (kind) {
    case 'not_found':
      return t('account.chainReason.not_found');
    case 'unreachable':
      return t('account.chainReason.unreachable');
    case 'timeout':
      return t('account.chainReason.timeout');
    case 'invalid_answer':
      return t('account.chainReason.invalid_answer');
    case 'node_error':
      return t('account.chainReason.node_error');
    case 'wrong_chain':
      return t('account.chainReason.wrong_chain');
    case 'ambiguous':
      return t('account.chainReason.ambiguous');
    case 'invalid_input':
      return t('account.chainReason.invalid_input');
  }
}

/** The unit of the record a diagnosis is about, for amounts given in base units. */
export function unitOf(facts: AccountFacts | null, depositId: string | null): AmountUnit | null {
  const deposit = depositId && facts ? facts.deposits.find((d) => d.id === depositId) : undefined;
  return deposit ? { decimals: deposit.decimals, asset: deposit.asset } : null;
}
