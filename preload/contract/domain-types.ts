// Data shapes shared by main and renderer. Timestamps are epoch milliseconds.
// The shapes the embedded backend also speaks (tickets, messages, customers, agents, macros and
// their value lists) are declared once in preload/rules/domain-shapes.ts; what only the desk uses
// is declared here.
import type { EscalationReason, Language, Topic } from '../rules/domain-shapes';

export * from '../rules/domain-shapes';

/** The languages the interface itself is translated into (renderer/src/i18n). */
export const INTERFACE_LANGUAGES = ['en', 'es', 'ru', 'lt'] as const satisfies readonly Language[];
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Domain areas agents specialise in; every topic belongs to one. */
export const TOPIC_DOMAINS = ['funds', 'account', 'security', 'trading'] as const;
export type TopicDomain = (typeof TOPIC_DOMAINS)[number];
export const DOMAIN_OF_TOPIC: Readonly<Record<Topic, TopicDomain>> = {
  deposit: 'funds',
  withdrawal: 'funds',
  fees: 'funds',
  tax_statement: 'funds',
  kyc: 'account',
  locked_account: 'account',
  account_closure: 'account',
  two_factor: 'security',
  account_compromise: 'security',
  phishing: 'security',
  api_keys: 'security',
  p2p_dispute: 'trading',
  market_incident: 'trading',
  // Unclassified tickets belong to the general account desk, where every agent looks.
  other: 'account',
};

/** How a reason reads in the desk and in the note the escalation leaves on the case. */
export const ESCALATION_REASON_LABELS: Readonly<Record<EscalationReason, string>> = {
  account_takeover: 'Account takeover',
  unauthorized_withdrawal: 'Unauthorised withdrawal',
  phishing_victim: 'Phishing victim',
  sim_swap: 'SIM swap',
  suspicious_login: 'Suspicious login',
  other: 'Other',
};
