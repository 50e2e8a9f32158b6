// How often each kind of ticket occurs and how urgent it is. Shared by the seed and by live
// traffic so that both look like the same exchange.

import type { Priority, Topic } from '../wire-types';
import { WeightedTable, type Random } from './random';

/** Everyday mix: money movements and onboarding dominate, account takeovers are rare but loud. */
export const TOPIC_MIX = new WeightedTable<Topic>([
  ['deposit', 20],
  ['withdrawal', 18],
  ['kyc', 16],
  ['two_factor', 8],
  ['locked_account', 6],
  ['fees', 6],
  ['p2p_dispute', 5],
  ['market_incident', 4],
  ['account_compromise', 4],
  ['phishing', 3.5],
  ['api_keys', 3.5],
  ['tax_statement', 3],
  ['account_closure', 3],
]);

/** During a market crash the queue fills with incident, withdrawal and lock-out tickets. */
export const SURGE_TOPIC_MIX = new WeightedTable<Topic>([
  ['market_incident', 28],
  ['withdrawal', 20],
  ['deposit', 14],
  ['locked_account', 8],
  ['kyc', 6],
  ['two_factor', 5],
  ['fees', 5],
  ['account_compromise', 4],
  ['phishing', 3],
  ['p2p_dispute', 3],
  ['api_keys', 2],
  ['tax_statement', 1],
  ['account_closure', 1],
]);

/** Topics whose tickets get the transfer's network as a tag (trc20, erc20, …). */
export const NETWORK_TAGGED_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['deposit', 'withdrawal', 'fees', 'account_compromise']);

const CRASH_RELATED_TOPICS: ReadonlySet<Topic> = new Set<Topic>([
  'market_incident',
  'withdrawal',
  'deposit',
  'locked_account',
  'fees',
  'account_compromise',
]);

const SECURITY_CHANCE: Partial<Record<Topic, number>> = {
  account_compromise: 0.75,
  phishing: 0.65,
  locked_account: 0.1,
};

export function isSecurityCase(rng: Random, topic: Topic): boolean {
  const chance = SECURITY_CHANCE[topic];
  return chance !== undefined && rng.chance(chance);
}

type PriorityWeights = readonly [low: number, normal: number, high: number, urgent: number];

const priorityTable = ([low, normal, high, urgent]: PriorityWeights): WeightedTable<Priority> =>
  new WeightedTable<Priority>([
    ['low', low],
    ['normal', normal],
    ['high', high],
    ['urgent', urgent],
  ]);

const SECURITY_PRIORITIES = priorityTable([0, 0, 40, 60]);
const DEFAULT_PRIORITIES = priorityTable([30, 55, 13, 2]);
const PRIORITIES_BY_TOPIC: Partial<Record<Topic, WeightedTable<Priority>>> = {
  account_compromise: priorityTable([0, 5, 40, 55]),
  phishing: priorityTable([0, 25, 55, 20]),
  locked_account: priorityTable([5, 45, 40, 10]),
  deposit: priorityTable([10, 50, 32, 8]),
  withdrawal: priorityTable([10, 50, 32, 8]),
  market_incident: priorityTable([5, 40, 40, 15]),
  p2p_dispute: priorityTable([5, 45, 40, 10]),
};

export function choosePriority(rng: Random, topic: Topic, security: boolean): Priority {
  if (security) return SECURITY_PRIORITIES.pick(rng);
  return (PRIORITIES_BY_TOPIC[topic] ?? DEFAULT_PRIORITIES).pick(rng);
}

export interface TagInput {
  readonly topic: Topic;
  readonly security: boolean;
  readonly networkTag: string;
  readonly duringCrash: boolean;
  readonly kycLevel: number;
  /** Escalation is something an agent does, so brand-new tickets never carry it. */
  readonly handled: boolean;
}

export function chooseTags(rng: Random, input: TagInput): string[] {
  const tags: string[] = [input.topic];
  if (NETWORK_TAGGED_TOPICS.has(input.topic) && input.networkTag !== '') tags.push(input.networkTag);
  if (input.security) tags.push('security');
  if ((input.kycLevel === 3 && rng.chance(0.3)) || rng.chance(0.02)) tags.push('vip');
  if (input.topic === 'market_incident' || (input.duringCrash && CRASH_RELATED_TOPICS.has(input.topic))) {
    tags.push('crypto-crash');
  }
  if (input.topic === 'phishing' && rng.chance(0.5)) tags.push('phishing-campaign');
  if (rng.chance(0.15)) tags.push('chatbot-handoff');
  if (input.handled && rng.chance(0.06)) tags.push('escalated');
  return tags;
}
