import type { KnownTopic } from '../wire-types';

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

/** One kind of request within a topic, so that subject, first message and answer agree. */
export interface Scenario {
  /** Subject lines a customer might give this first message. */
  readonly subjects: readonly string[];
  readonly opening: string;
  /** The agent's answer that settles this case, beyond the topic's standard reply. */
  readonly resolution?: string;
}

export interface TopicTexts {
  /**
   * The first answer an agent sends on the topic, fitting every scenario (without greeting and
   * sign-off). It may use no placeholder but {ticketId}: it doubles as the topic's starter macro.
   */
  readonly standardReply: string;
  readonly scenarios: readonly Scenario[];
}

export interface LanguageContent {
  readonly topics: Readonly<Record<KnownTopic, TopicTexts>>;
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
