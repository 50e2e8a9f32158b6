/**
 * Protective actions on a customer's account and four eyes to undo them: the shapes and the one
 * rule the desk (refuse before queuing, word the refusal), the renderer (offer only what may be
 * done) and the embedded backend (refuse whatever a desk sends) all run.
 */

/** What a security agent does to an account in one key from a security case. */
export const PROTECTIVE_ACTIONS = ['freeze_withdrawals', 'lock_account', 'sign_out_sessions', 'reset_two_factor'] as const;
export type ProtectiveAction = (typeof PROTECTIVE_ACTIONS)[number];

/** What needs a second security agent's approval. */
export const UNDO_KINDS = ['unfreeze_withdrawals', 'unlock_account', 'deescalate'] as const;
export type UndoKind = (typeof UNDO_KINDS)[number];

/** The protection an undo lifts; a de-escalation lifts none (it needs approval while withdrawals are frozen). */
export const UNDO_LIFTS: Readonly<Record<UndoKind, ProtectiveAction | null>> = {
  unfreeze_withdrawals: 'freeze_withdrawals',
  unlock_account: 'lock_account',
  deescalate: null,
};

/** Protections that hold until lifted; signing out and a 2FA reset happen once and are only recorded. */
export const LASTING_PROTECTIONS: readonly ProtectiveAction[] = ['freeze_withdrawals', 'lock_account'];

/** A protective action the back office holds for an account: lasting until lifted, or done once. */
export interface ProtectionInForce {
  action: ProtectiveAction;
  ticketId: string;
  /** The security agent who applied it. */
  by: string;
  at: number;
  reason: string;
}

/** A request to undo, waiting for (or given) a second security agent's approval. */
export interface UndoRequest {
  id: string;
  ticketId: string;
  undo: UndoKind;
  requestedBy: string;
  reason: string;
  /** What shows the account is safe again (a call, a verified selfie, the customer's own device). */
  evidence: string;
  requestedAt: number;
  state: 'pending' | 'approved';
  approvedBy: string | null;
  approvedAt: number | null;
}

/** What the back office holds for one account: protections in force and the undo requests on it. */
export interface AccountProtections {
  inForce: ProtectionInForce[];
  requests: UndoRequest[];
}

/** Why a request of the rules below is refused: forbidden (who asks) or conflict (what the account holds now). */
export interface ProtectionRefusal {
  kind: 'forbidden' | 'conflict';
  message: string;
}

type Role = 'frontline' | 'security' | 'executive' | (string & {});

/** Only security agents apply a protective action. */
export function protectiveActionRefusal(role: Role): ProtectionRefusal | null {
  return role === 'security' ? null : { kind: 'forbidden', message: 'only security agents apply protective actions' };
}

/** Whether a de-escalation must wait for a second security agent: withdrawals are frozen. */
export function deescalationNeedsApproval(inForce: readonly Pick<ProtectionInForce, 'action'>[]): boolean {
  return inForce.some((p) => p.action === 'freeze_withdrawals');
}

/** Only security agents ask, and only to lift what is in force (a de-escalation: only while withdrawals are frozen). */
export function undoRequestRefusal(role: Role, undo: UndoKind, inForce: readonly Pick<ProtectionInForce, 'action'>[]): ProtectionRefusal | null {
  if (role !== 'security') return { kind: 'forbidden', message: 'only security agents ask to lift a protection' };
  const lifts = UNDO_LIFTS[undo];
  if (lifts !== null && !inForce.some((p) => p.action === lifts)) return { kind: 'conflict', message: `nothing to lift: ${lifts.replaceAll('_', ' ')} is not in force` };
  if (undo === 'deescalate' && !deescalationNeedsApproval(inForce)) return { kind: 'conflict', message: 'no freeze is in force: de-escalate the case directly' };
  return null;
}

/**
 * Four eyes: a second security agent approves, never the one who asked, and a request is approved
 * once. The backend runs this on every approval, whatever the desk sends.
 */
export function approvalRefusal(approver: { id: string; role: Role }, request: Pick<UndoRequest, 'requestedBy' | 'state' | 'id'>): ProtectionRefusal | null {
  if (approver.role !== 'security') return { kind: 'forbidden', message: 'only security agents approve lifting a protection' };
  if (approver.id === request.requestedBy) return { kind: 'forbidden', message: `request ${request.id} was made by ${approver.id}: a second security agent must approve it` };
  if (request.state !== 'pending') return { kind: 'conflict', message: `request ${request.id} is already ${request.state}` };
  return null;
}
