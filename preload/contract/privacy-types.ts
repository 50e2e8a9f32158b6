/**
 * Customer data masked by default: which fields, why one is revealed, how long, and what the
 * cross-customer check and the security desk's alarms say. Main masks before anything crosses
 * to the renderer; these are the shapes both sides name.
 */

/** What a frontline agent or executive sees masked until revealed (name and user id only in screen-share mode). */
export const PERSONAL_FIELDS = ['email', 'phone', 'address', 'ip', 'document', 'balance', 'name', 'user_id'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** The fields a reveal may ask for: those masked by default. */
export const REVEALABLE_FIELDS = ['email', 'phone', 'address', 'ip', 'document', 'balance'] as const satisfies readonly PersonalField[];
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

/** The short pick-list of a reveal; free text goes beside it (and is required for "other"). */
export const REVEAL_REASONS = ['verify_identity', 'customer_request', 'payment_check', 'security_review', 'other'] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

/** A reveal lasts this long for that field of that customer, then the value is masked again. */
export const REVEAL_DURATION_MS = 10 * 60_000;

/** What the ticket pane needs to offer a reveal: the masked fields on screen and the reveals in force. */
export interface TicketPrivacy {
  masked: RevealableField[];
  revealed: Array<{ field: RevealableField; until: number }>;
  /** Every identifier is masked, names included, until the agent turns it off. */
  screenShare: boolean;
}

/** Why a reveal was not granted; the interface words it. */
export type RevealRefusal =
  /** Too many reveals in the last hour, or across too many customers: a security agent must clear it. */
  | { kind: 'reveals_paused'; since: number }
  /** Screen-share mode is on: nothing is revealed while the screen is shown to others. */
  | { kind: 'screen_share_on' };

export interface RevealResult {
  /** Until when the field is shown; null when refused. */
  until: number | null;
  refusal: RevealRefusal | null;
}

/** An identifier of another customer found in a reply before it was queued. `shown` is masked as this agent sees it. */
export interface CrossCustomerLeak {
  identifier: 'email' | 'user_id' | 'wallet_address' | 'tx_hash';
  shown: string;
}

/** An alarm on the security desk, until a security agent clears it. */
export type SecurityAlarm =
  | { id: string; kind: 'reveals_paused'; agentId: string; reveals: number; customers: number; since: number }
  /** The backend's audit chain is shorter than, or different from, the highest head this desk has seen. */
  | { id: string; kind: 'audit_chain_cut'; how: 'shorter' | 'different' | 'broken'; anchorCount: number; seenCount: number; since: number };

export interface AuditHead {
  count: number;
  hash: string;
}
