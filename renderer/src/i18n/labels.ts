import type { AgentRole, EscalationReason, Language, Priority, TicketStatus, Topic } from '../../../preload/contract/domain-types';
import type { RevealableField, RevealReason } from '../../../preload/contract/privacy-types';
import type { OutboxKind, OutboxState } from '../../../preload/contract/queue-types';
import type { MessageId } from './catalogs';

/**
 * The message id for each value the desk shows by name (a ticket's status, a topic, a customer's
 * language, …), written out: ids stay literal, so every id in the code is one that FormatJS and
 * the catalog test can find, and a new value does not compile until it has its id here.
 */

export const STATUS_LABEL = {
  new: 'status.new',
  open: 'status.open',
  pending: 'status.pending',
  solved: 'status.solved',
  closed: 'status.closed',
} as const satisfies Record<TicketStatus, MessageId>;

export const PRIORITY_LABEL = {
  low: 'priority.low',
  normal: 'priority.normal',
  high: 'priority.high',
  urgent: 'priority.urgent',
} as const satisfies Record<Priority, MessageId>;

export const TOPIC_LABEL = {
  account_closure: 'topic.account_closure',
  account_compromise: 'topic.account_compromise',
  api_keys: 'topic.api_keys',
  deposit: 'topic.deposit',
  fees: 'topic.fees',
  kyc: 'topic.kyc',
  locked_account: 'topic.locked_account',
  market_incident: 'topic.market_incident',
  other: 'topic.other',
  p2p_dispute: 'topic.p2p_dispute',
  phishing: 'topic.phishing',
  tax_statement: 'topic.tax_statement',
  two_factor: 'topic.two_factor',
  withdrawal: 'topic.withdrawal',
} as const satisfies Record<Topic, MessageId>;

/** A customer's language by its name in the interface language. */
export const LANGUAGE_LABEL = {
  ar: 'language.ar',
  de: 'language.de',
  en: 'language.en',
  es: 'language.es',
  fr: 'language.fr',
  id: 'language.id',
  it: 'language.it',
  ja: 'language.ja',
  ko: 'language.ko',
  lt: 'language.lt',
  pl: 'language.pl',
  pt: 'language.pt',
  ru: 'language.ru',
  tr: 'language.tr',
  uk: 'language.uk',
  vi: 'language.vi',
  zh: 'language.zh',
} as const satisfies Record<Language, MessageId>;

export const ROLE_LABEL = {
  frontline: 'app.role.frontline',
  security: 'app.role.security',
  executive: 'app.role.executive',
} as const satisfies Record<AgentRole, MessageId>;

/** Why a ticket is escalated, as the security desk's pick-list words it. */
export const SECURITY_REASON_LABEL = {
  account_takeover: 'security.reason.account_takeover',
  unauthorized_withdrawal: 'security.reason.unauthorized_withdrawal',
  phishing_victim: 'security.reason.phishing_victim',
  sim_swap: 'security.reason.sim_swap',
  suspicious_login: 'security.reason.suspicious_login',
  other: 'security.reason.other',
} as const satisfies Record<EscalationReason, MessageId>;

/** The same reasons as the executive desk words them (plainer). */
export const EXECUTIVE_REASON_LABEL = {
  account_takeover: 'executive.reason.account_takeover',
  unauthorized_withdrawal: 'executive.reason.unauthorized_withdrawal',
  phishing_victim: 'executive.reason.phishing_victim',
  sim_swap: 'executive.reason.sim_swap',
  suspicious_login: 'executive.reason.suspicious_login',
  other: 'executive.reason.other',
} as const satisfies Record<EscalationReason, MessageId>;

export const OUTBOX_KIND_LABEL = {
  reply: 'app.outbox.kind.reply',
  note: 'app.outbox.kind.note',
  update: 'app.outbox.kind.update',
  escalate: 'app.outbox.kind.escalate',
  acknowledge: 'app.outbox.kind.acknowledge',
  deescalate: 'app.outbox.kind.deescalate',
  protect: 'app.outbox.kind.protect',
  request_undo: 'app.outbox.kind.request_undo',
  approve_undo: 'app.outbox.kind.approve_undo',
} as const satisfies Record<OutboxKind, MessageId>;

export const REVEAL_FIELD_LABEL = {
  email: 'privacy.field.email',
  phone: 'privacy.field.phone',
  address: 'privacy.field.address',
  ip: 'privacy.field.ip',
  document: 'privacy.field.document',
  balance: 'privacy.field.balance',
} as const satisfies Record<RevealableField, MessageId>;

export const REVEAL_REASON_LABEL = {
  verify_identity: 'privacy.reason.verify_identity',
  customer_request: 'privacy.reason.customer_request',
  payment_check: 'privacy.reason.payment_check',
  security_review: 'privacy.reason.security_review',
  other: 'privacy.reason.other',
} as const satisfies Record<RevealReason, MessageId>;

export const OUTBOX_STATE_LABEL = {
  pending: 'app.outbox.state.pending',
  sending: 'app.outbox.state.sending',
  delivered: 'app.outbox.state.delivered',
  failed: 'app.outbox.state.failed',
  discarded: 'app.outbox.state.discarded',
} as const satisfies Record<OutboxState, MessageId>;
