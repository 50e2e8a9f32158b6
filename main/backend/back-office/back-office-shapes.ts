// What the embedded backend's back office answers (API.md, "Back office"): the account's shapes
// declared once in the shared rules (preload/rules/account-shapes.ts), which the desk's contract
// re-exports, under the names the back office's code uses. The desk still validates every answer
// against its own schema; tests/unit/embedded-backend/back-office-api.test.ts checks they agree.

export type {
  AccountFacts as BackOfficeAccount,
  AccountDeposit as BackOfficeDeposit,
  AccountWithdrawal as BackOfficeWithdrawal,
  DepositHoldReason,
  DepositState,
  WithdrawalState,
} from '../../../preload/rules/account-shapes';
