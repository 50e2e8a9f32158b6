import type { ProtectiveAction, UndoKind } from '../../../preload/contract/protection-types';
import type { MessageId } from '../i18n';

// Message ids for the protective actions and undo kinds, written out (literal ids, typed against
// the value lists: a new action does not compile until it has its words).

/** The action, as a button or a key's title says it ("Freeze withdrawals"). */
export const PROTECTIVE_ACTION_LABEL = {
  freeze_withdrawals: 'protection.action.freeze_withdrawals',
  lock_account: 'protection.action.lock_account',
  sign_out_sessions: 'protection.action.sign_out_sessions',
  reset_two_factor: 'protection.action.reset_two_factor',
} as const satisfies Record<ProtectiveAction, MessageId>;

/** What holds once it is done ("Withdrawals frozen"). */
export const PROTECTION_STATE_LABEL = {
  freeze_withdrawals: 'protection.state.freeze_withdrawals',
  lock_account: 'protection.state.lock_account',
  sign_out_sessions: 'protection.state.sign_out_sessions',
  reset_two_factor: 'protection.state.reset_two_factor',
} as const satisfies Record<ProtectiveAction, MessageId>;

export const UNDO_LABEL = {
  unfreeze_withdrawals: 'protection.undo.unfreeze_withdrawals',
  unlock_account: 'protection.undo.unlock_account',
  deescalate: 'protection.undo.deescalate',
} as const satisfies Record<UndoKind, MessageId>;

/** The keymap action of each protective action (keyboard/keymap.ts). */
export const PROTECTIVE_ACTION_KEY = {
  freeze_withdrawals: 'security.freezeWithdrawals',
  lock_account: 'security.lockAccount',
  sign_out_sessions: 'security.signOutSessions',
  reset_two_factor: 'security.resetTwoFactor',
} as const satisfies Record<ProtectiveAction, string>;
