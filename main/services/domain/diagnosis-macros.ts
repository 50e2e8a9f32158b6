import type { ChainDiagnosisView } from '../../../preload/contract';

// The starter macro that answers each diagnosis (resources/macros/starter-library.json): the
// ones that speak of the account's facts where there is one ({{ deposit.confirmations }},
// {{ withdrawal.state }}), the general deposit reply for a deposit that went wrong. A diagnosis
// with none here falls back to a macro of its topic. Pure.

export const DIAGNOSIS_MACRO_IDS: Readonly<Partial<Record<ChainDiagnosisView['kind'], string>>> = {
  awaiting_confirmations: 'starter.deposit-awaiting-confirmations',
  credited: 'starter.deposit-credited',
  confirmed_not_credited: 'starter.deposit-not-credited',
  wrong_network: 'starter.deposit-not-credited',
  not_customer_address: 'starter.deposit-not-credited',
  wrong_asset: 'starter.deposit-not-credited',
  memo_missing: 'starter.deposit-not-credited',
  memo_wrong: 'starter.deposit-not-credited',
  below_minimum: 'starter.deposit-not-credited',
  deposit_rejected: 'starter.deposit-not-credited',
  withdrawal_requested: 'starter.withdrawal-status',
  withdrawal_held: 'starter.withdrawal-status',
  broadcast_unconfirmed: 'starter.withdrawal-broadcast',
  withdrawal_confirmed: 'starter.withdrawal-broadcast',
};

/** The macro the diagnosis line suggests, or null when its topic decides. */
export function diagnosisMacroId(kind: ChainDiagnosisView['kind']): string | null {
  return DIAGNOSIS_MACRO_IDS[kind] ?? null;
}
