import type { Topic } from '../../../../preload/contract/domain-types';

/**
 * Placeholders the content may use, written `{name}` in the texts. They are filled per ticket,
 * so every message of a conversation talks about the same coin, hash and address.
 */
export const FACT_KEYS = [
  'firstName',
  'agentName',
  'userId',
  'email',
  'ticketId',
  'coin',
  'network',
  'amount',
  'txHash',
  'address',
  'orderId',
  'ip',
  'apiKey',
  'phishingUrl',
  'year',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];
export type Facts = Record<FactKey, string>;

export interface TopicTexts {
  /** Subject lines as customers type them. */
  readonly subjects: readonly string[];
  /** A customer's first message on the topic. */
  readonly openings: readonly string[];
  /**
   * Agent replies (without greeting and sign-off). The first one may use no placeholder but
   * {ticketId}: it doubles as the body of the topic's starter macro.
   */
  readonly replies: readonly string[];
}

export interface LanguageContent {
  readonly topics: Readonly<Record<Topic, TopicTexts>>;
  /** "Any update?" — may use no placeholder but {ticketId}, so live traffic can send them for any ticket. */
  readonly nudges: readonly string[];
  /** A customer answering an agent. */
  readonly answers: readonly string[];
  /** A customer answering an agent about a transfer (hash, address, amount). */
  readonly transferAnswers: readonly string[];
  readonly thanks: readonly string[];
  /** Agent replies that fit any topic. */
  readonly agentFollowUps: readonly string[];
  /** Appended to a first message that does not already name the account. */
  readonly accountLines: readonly string[];
  /** Opens every agent reply; may use {firstName} only. */
  readonly greeting: string;
  /** Closes every agent reply; may use {agentName} only. */
  readonly signoff: string;
}
