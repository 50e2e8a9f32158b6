// What customers write about when something goes wrong at scale. A surge replays one of these
// incidents: the topic weights decide what the new tickets are about, the follow-up ratio how
// often waiting customers write again ("any update??"), and the tag marks the tickets the
// incident caused so one incident reply can go to the whole group.
// Kept as data so an incident can be tuned or added without touching the simulator.

import type { Topic } from '../wire-types';

export const INCIDENT_KINDS = ['market_crash', 'network_congestion', 'platform_outage', 'phishing_campaign', 'kyc_refresh'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const DEFAULT_INCIDENT: IncidentKind = 'market_crash';

export interface IncidentProfile {
  readonly description: string;
  /** Relative weights; topics left out never come up during the incident. */
  readonly topicWeights: Readonly<Partial<Record<Topic, number>>>;
  /** Customer follow-ups on existing tickets per new ticket. */
  readonly followUpsPerTicket: number;
  readonly tag: string;
  /** Topics whose tickets are caused by the incident and carry its tag. */
  readonly taggedTopics: readonly Topic[];
}

export const INCIDENT_PROFILES: Readonly<Record<IncidentKind, IncidentProfile>> = {
  market_crash: {
    description:
      'Prices fall by a fifth within the hour: withdrawals queue up, deposits wait on congested chains, positions are liquidated and stop-losses slip, fees spike, and people who cannot log in fear they were hacked.',
    topicWeights: {
      market_incident: 26,
      withdrawal: 22,
      deposit: 16,
      fees: 9,
      locked_account: 7,
      account_compromise: 5,
      two_factor: 5,
      phishing: 3,
      kyc: 3,
      p2p_dispute: 2,
      api_keys: 1,
      tax_statement: 0.5,
      account_closure: 0.5,
    },
    // Money is at stake and prices keep moving: people write again within minutes.
    followUpsPerTicket: 0.4,
    tag: 'crypto-crash',
    taggedTopics: ['market_incident', 'withdrawal', 'deposit', 'fees', 'locked_account', 'account_compromise'],
  },
  network_congestion: {
    description: 'A congested chain or a hot-wallet top-up: deposits wait for confirmations, withdrawals sit in processing, and network fees jump.',
    topicWeights: {
      withdrawal: 38,
      deposit: 34,
      fees: 14,
      market_incident: 3,
      kyc: 3,
      two_factor: 2,
      locked_account: 2,
      account_compromise: 2,
      p2p_dispute: 1,
      phishing: 1,
    },
    followUpsPerTicket: 0.3,
    tag: 'network-congestion',
    taggedTopics: ['withdrawal', 'deposit', 'fees'],
  },
  platform_outage: {
    description: 'The app and the trading API are down for a while: logins and 2FA fail, bots stop, orders do not fill, and traders want compensation.',
    topicWeights: {
      market_incident: 30,
      locked_account: 15,
      two_factor: 14,
      api_keys: 14,
      withdrawal: 10,
      deposit: 6,
      account_compromise: 4,
      fees: 3,
      p2p_dispute: 2,
      kyc: 2,
    },
    followUpsPerTicket: 0.45,
    tag: 'platform-outage',
    taggedTopics: ['market_incident', 'locked_account', 'two_factor', 'api_keys'],
  },
  phishing_campaign: {
    description: 'A wave of fake e-mails, SMS and "support" accounts: customers ask whether a message is real, some entered their password, and a few lose funds.',
    topicWeights: {
      phishing: 40,
      account_compromise: 25,
      locked_account: 10,
      two_factor: 10,
      withdrawal: 6,
      deposit: 3,
      kyc: 3,
      account_closure: 3,
    },
    followUpsPerTicket: 0.35,
    tag: 'phishing-campaign',
    taggedTopics: ['phishing', 'account_compromise', 'locked_account', 'two_factor'],
  },
  kyc_refresh: {
    description: 'A regulatory deadline makes everyone re-verify: documents pile up in review, withdrawals are limited until it is done, and some customers leave.',
    topicWeights: {
      kyc: 55,
      withdrawal: 12,
      locked_account: 10,
      account_closure: 8,
      deposit: 5,
      two_factor: 4,
      phishing: 3,
      tax_statement: 3,
    },
    followUpsPerTicket: 0.25,
    tag: 'kyc-refresh',
    taggedTopics: ['kyc', 'withdrawal', 'locked_account', 'account_closure'],
  },
};

export function isIncidentKind(value: string): value is IncidentKind {
  return (INCIDENT_KINDS as readonly string[]).includes(value);
}
