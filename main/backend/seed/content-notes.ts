import type { KnownTopic } from '../wire-types';

// Internal notes are written in English whatever the ticket's language: they are read by
// colleagues and by the security team, not by the customer.

export const NOTES_BY_TOPIC: Readonly<Record<KnownTopic, readonly string[]>> = {
  kyc: [
    'Docs checked: passport OK, selfie liveness failed twice. Asked compliance for a manual review of {userId}.',
    'Customer is on KYC level 1; the withdrawal limit is the real blocker. Moved to the compliance queue.',
  ],
  deposit: [
    'Explorer: {txHash} has enough confirmations, deposit address {address} maps to {userId}. Pinged wallet ops to credit manually.',
    'Sent on {network} — looks like the wrong network for this address. Needs a recovery request; told the customer to wait.',
  ],
  withdrawal: [
    'Withdrawal held by the risk engine (new address + password changed yesterday). Asked risk to review.',
    'Broadcast confirmed: {txHash}. Customer is probably looking at the wrong network in their wallet.',
  ],
  two_factor: [
    '2FA reset flow started, selfie verification pending. Do NOT reset manually.',
    'Failed codes from the usual device and IP {ip}; looks like plain clock drift.',
  ],
  account_compromise: [
    'Withdrawals locked, sessions and API keys revoked. Funds went to {address} — flagged to chain analytics and the receiving exchange.',
    'Login from {ip} does not match the usual country. Possible SIM swap; ask for a police report.',
  ],
  locked_account: [
    'Auto-lock after 10 failed logins from {ip}. Identity confirmed via registered email {email}.',
    'Locked by an AML rule — do not unlock without compliance sign-off.',
  ],
  phishing: [
    'Reported {phishingUrl} to the takedown vendor. Customer entered credentials — sessions revoked.',
    'Same campaign as several tickets today ({phishingUrl}). Tagging for the phishing report.',
  ],
  fees: [
    'Fee charged matches the schedule at that time (network fee raised during congestion). No refund.',
    'VIP tier fee discount not applied on {userId} — raised with billing.',
  ],
  api_keys: [
    'Key {apiKey} is restricted to the IP whitelist; requests come from {ip}. Customer must update the whitelist.',
    "Signature errors: the customer's server clock is ~2 s off (recvWindow).",
  ],
  p2p_dispute: [
    "Order {orderId}: buyer's payment proof looks edited (font mismatch). Escalated to P2P risk.",
    'Order {orderId}: seller confirmed receipt in chat, releasing via the appeal.',
  ],
  market_incident: [
    'Affected by the matching-engine slowdown window; added {userId} to the compensation review list.',
    'Liquidation happened before the incident window — not eligible. Explain politely.',
  ],
  tax_statement: [
    'Statement for {year} requested from the reporting team, ETA 3 business days.',
    'Customer wants a country-specific tax form — we only provide CSV.',
  ],
  account_closure: [
    'Balance not zero ({amount} {coin}); closure on hold until it is withdrawn.',
    'GDPR erasure request — forwarded to the DPO, retention rules apply.',
  ],
};

export const GENERIC_NOTES: readonly string[] = [
  'Customer {userId} wrote about the same issue before; see their earlier tickets.',
  'Verified identity via the registered email {email}.',
  'Escalating to tier 2, customer is very upset.',
  'Checked account history for {userId}: no suspicious logins in the last 30 days.',
];
