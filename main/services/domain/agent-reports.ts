// Local reports for a support desk: what was handled, how fast, about what and in which language,
// computed from the tickets and messages the desk already holds. Pure: no I/O, no clock.
//
// Definitions (times are epoch ms; a window is [from, to)):
// - Handled: a ticket on which the agent sent a public reply inside the window, or that was solved
//   inside the window with the agent as its solver. Without an agent, any agent counts.
// - First response time: ticket created → its first public agent reply (notes do not count). It is
//   counted in the window where that reply was sent and, for one agent, only if the reply was theirs.
// - Handle time: start of work → solved, for tickets solved inside the window. Work starts at the
//   first public agent reply or at the assignment, whichever came first (assignment times only where
//   the caller knows them: tickets keep no history). A solved or closed ticket's last update stands
//   for the moment it was solved. It is credited to the solver: the assignee, or else the last agent
//   who replied.
// Medians and 90th percentiles interpolate between neighbouring values (as spreadsheets' PERCENTILE.INC).

import { TOPICS, type Language, type Message, type Ticket, type Topic } from '../../../preload/contract/domain-types';
import { csvRow } from './csv-cell';

export interface ReportWindow {
  from: number;
  to: number;
}

/** What a report reads of a ticket: never its subject or tags. */
export type ReportTicket = Pick<Ticket, 'id' | 'status' | 'topic' | 'language' | 'assigneeId' | 'createdAt' | 'updatedAt' | 'firstResponseAt'>;
/** What a report reads of a message: who wrote what kind of message when, never its body. */
export type ReportMessage = Pick<Message, 'ticketId' | 'authorType' | 'authorId' | 'kind' | 'createdAt'>;

export interface ReportInput {
  tickets: readonly ReportTicket[];
  messages: readonly ReportMessage[];
  window: ReportWindow;
  /** One agent's report; without it, the whole team's. */
  agentId?: string;
  /** When each ticket was assigned, where known (ticket id → epoch ms). */
  assignedAt?: ReadonlyMap<string, number>;
}

export interface DurationStats {
  count: number;
  /** Milliseconds; null when there is nothing to measure. */
  median: number | null;
  p90: number | null;
}

export interface ReportFigures {
  handled: number;
  firstResponse: DurationStats;
  handleTime: DurationStats;
}

export interface AgentReport extends ReportFigures {
  window: ReportWindow;
  agentId: string | null;
  byTopic: Partial<Record<Topic, ReportFigures>>;
  byLanguage: Partial<Record<Language, ReportFigures>>;
  /** The tickets counted as handled, in input order (to narrow other views to this work). */
  handledTicketIds: string[];
}

export interface TopicBucket {
  start: number;
  end: number;
  total: number;
  counts: Partial<Record<Topic, number>>;
}

/** More buckets than this is a mistake in the inputs (a year in one-minute buckets), not a report. */
export const MAX_BUCKETS = 10_000;
const MINUTE = 60_000;

/** What the report needs from a ticket's conversation, gathered in one pass over the messages. */
interface Conversation {
  firstReplyAt: number | null;
  firstReplyBy: string | null;
  lastReplyAt: number;
  lastReplyBy: string | null;
  /** Whether the report's agent (any agent, for the team) replied inside the window. */
  repliedInWindow: boolean;
}

interface Samples {
  handled: number;
  firstResponse: number[];
  handleTime: number[];
}

export function agentReport(input: ReportInput): AgentReport {
  const { window } = input;
  const agentId = input.agentId ?? null;
  const conversations = summarizeConversations(input.messages, window, agentId);
  const total = emptySamples();
  const byTopic = new Map<Topic, Samples>();
  const byLanguage = new Map<Language, Samples>();
  const handledTicketIds: string[] = [];

  for (const ticket of input.tickets) {
    const conversation = conversations.get(ticket.id) ?? null;
    const firstResponse = firstResponseTime(ticket, conversation, window, agentId);
    const handleTime = handleTimeOf(ticket, conversation, window, agentId, input.assignedAt?.get(ticket.id) ?? null);
    const handled = firstResponse !== null || conversation?.repliedInWindow === true || solvedInWindowBy(ticket, conversation, window, agentId);
    if (!handled) continue;
    handledTicketIds.push(ticket.id);
    addSample(total, firstResponse, handleTime);
    addSample(samplesFor(byTopic, ticket.topic), firstResponse, handleTime);
    addSample(samplesFor(byLanguage, ticket.language), firstResponse, handleTime);
  }

  return {
    window: { ...window },
    agentId,
    ...figures(total),
    byTopic: Object.fromEntries([...byTopic].map(([topic, samples]) => [topic, figures(samples)])),
    byLanguage: Object.fromEntries([...byLanguage].map(([language, samples]) => [language, figures(samples)])),
    handledTicketIds,
  };
}

/**
 * How many tickets of each topic were created in each bucket of `bucketMinutes`, from the start
 * of the window; every bucket is listed, empty ones too, so a chart has no gaps. `topicOf` lets
 * a caller count by another topic than the ticket's own (the topic rules' guess, for instance).
 */
export function topicFrequency<T extends Pick<Ticket, 'createdAt' | 'topic'>>(
  tickets: readonly T[],
  options: ReportWindow & { bucketMinutes: number; topicOf?: (ticket: T) => Topic | null },
): TopicBucket[] {
  const { from, to, bucketMinutes } = options;
  if (!(bucketMinutes > 0)) throw new RangeError(`bucketMinutes must be positive, got ${bucketMinutes}`);
  const size = bucketMinutes * MINUTE;
  const count = Math.max(0, Math.ceil((to - from) / size));
  if (count > MAX_BUCKETS) throw new RangeError(`${count} buckets is more than ${MAX_BUCKETS}; choose larger buckets or a shorter window`);
  const buckets: TopicBucket[] = Array.from({ length: count }, (_, i) => ({ start: from + i * size, end: Math.min(to, from + (i + 1) * size), total: 0, counts: {} }));
  const topicOf = options.topicOf ?? ((ticket: T) => ticket.topic);
  for (const ticket of tickets) {
    if (ticket.createdAt < from || ticket.createdAt >= to) continue;
    const topic = topicOf(ticket);
    if (topic === null) continue;
    const bucket = buckets[Math.floor((ticket.createdAt - from) / size)] as TopicBucket;
    bucket.total += 1;
    bucket.counts[topic] = (bucket.counts[topic] ?? 0) + 1;
  }
  return buckets;
}

const REPORT_HEADER = [
  'window_from',
  'window_to',
  'agent',
  'group',
  'key',
  'handled',
  'first_response_count',
  'first_response_median_min',
  'first_response_p90_min',
  'handle_time_count',
  'handle_time_median_min',
  'handle_time_p90_min',
];

/** One row for the whole window, then one per topic and per language; durations in minutes. */
export function agentReportToCsv(report: AgentReport): string {
  const from = new Date(report.window.from).toISOString();
  const to = new Date(report.window.to).toISOString();
  const row = (group: string, key: string, f: ReportFigures) =>
    csvRow([
      from,
      to,
      report.agentId ?? 'all agents',
      group,
      key,
      f.handled,
      f.firstResponse.count,
      minutes(f.firstResponse.median),
      minutes(f.firstResponse.p90),
      f.handleTime.count,
      minutes(f.handleTime.median),
      minutes(f.handleTime.p90),
    ]);
  const rows = [csvRow(REPORT_HEADER), row('total', 'all', report)];
  for (const topic of TOPICS) {
    const f = report.byTopic[topic];
    if (f) rows.push(row('topic', topic, f));
  }
  for (const [language, f] of Object.entries(report.byLanguage).sort(([a], [b]) => (a < b ? -1 : 1))) rows.push(row('language', language, f));
  return rows.join('\n') + '\n';
}

/** One row per bucket, one column per topic. */
export function topicFrequencyToCsv(buckets: readonly TopicBucket[]): string {
  const rows = [csvRow(['bucket_start', 'bucket_end', 'total', ...TOPICS])];
  for (const bucket of buckets) {
    rows.push(csvRow([new Date(bucket.start).toISOString(), new Date(bucket.end).toISOString(), bucket.total, ...TOPICS.map((topic) => bucket.counts[topic] ?? 0)]));
  }
  return rows.join('\n') + '\n';
}

/** PERCENTILE.INC: linear between the two closest ranks. `sorted` must be ascending. */
export function percentile(sorted: ArrayLike<number>, fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (position - below);
}

function summarizeConversations(messages: readonly ReportMessage[], window: ReportWindow, agentId: string | null): Map<string, Conversation> {
  const conversations = new Map<string, Conversation>();
  // Message order is not promised by callers; times decide what came first and last.
  for (const message of messages) {
    if (message.authorType !== 'agent' || message.kind !== 'reply') continue;
    let conversation = conversations.get(message.ticketId);
    if (!conversation) {
      conversation = { firstReplyAt: null, firstReplyBy: null, lastReplyAt: -Infinity, lastReplyBy: null, repliedInWindow: false };
      conversations.set(message.ticketId, conversation);
    }
    if (conversation.firstReplyAt === null || message.createdAt < conversation.firstReplyAt) {
      conversation.firstReplyAt = message.createdAt;
      conversation.firstReplyBy = message.authorId;
    }
    if (message.createdAt >= conversation.lastReplyAt) {
      conversation.lastReplyAt = message.createdAt;
      conversation.lastReplyBy = message.authorId;
    }
    if (inWindow(message.createdAt, window) && (agentId === null || message.authorId === agentId)) conversation.repliedInWindow = true;
  }
  return conversations;
}

function firstResponseTime(ticket: ReportTicket, conversation: Conversation | null, window: ReportWindow, agentId: string | null): number | null {
  // Without the messages at hand, the ticket's own stamp still answers for the team (not for one agent).
  const at = conversation?.firstReplyAt ?? (agentId === null ? ticket.firstResponseAt : null);
  if (at === null || !inWindow(at, window)) return null;
  if (agentId !== null && conversation?.firstReplyBy !== agentId) return null;
  return Math.max(0, at - ticket.createdAt);
}

function solvedAt(ticket: ReportTicket): number | null {
  return ticket.status === 'solved' || ticket.status === 'closed' ? ticket.updatedAt : null;
}

function solverOf(ticket: ReportTicket, conversation: Conversation | null): string | null {
  return ticket.assigneeId ?? conversation?.lastReplyBy ?? null;
}

function solvedInWindowBy(ticket: ReportTicket, conversation: Conversation | null, window: ReportWindow, agentId: string | null): boolean {
  const at = solvedAt(ticket);
  if (at === null || !inWindow(at, window)) return false;
  const solver = solverOf(ticket, conversation);
  return agentId === null ? solver !== null : solver === agentId;
}

function handleTimeOf(ticket: ReportTicket, conversation: Conversation | null, window: ReportWindow, agentId: string | null, assignedAt: number | null): number | null {
  if (!solvedInWindowBy(ticket, conversation, window, agentId)) return null;
  const replied = conversation?.firstReplyAt ?? null;
  const start = replied === null ? assignedAt : assignedAt === null ? replied : Math.min(replied, assignedAt);
  if (start === null) return null;
  const duration = (solvedAt(ticket) as number) - start;
  return duration >= 0 ? duration : null;
}

function inWindow(at: number, window: ReportWindow): boolean {
  return at >= window.from && at < window.to;
}

function emptySamples(): Samples {
  return { handled: 0, firstResponse: [], handleTime: [] };
}

function addSample(samples: Samples, firstResponse: number | null, handleTime: number | null): void {
  samples.handled += 1;
  if (firstResponse !== null) samples.firstResponse.push(firstResponse);
  if (handleTime !== null) samples.handleTime.push(handleTime);
}

function samplesFor<K>(map: Map<K, Samples>, key: K): Samples {
  let samples = map.get(key);
  if (!samples) {
    samples = emptySamples();
    map.set(key, samples);
  }
  return samples;
}

function figures(samples: Samples): ReportFigures {
  return { handled: samples.handled, firstResponse: durationStats(samples.firstResponse), handleTime: durationStats(samples.handleTime) };
}

function durationStats(values: number[]): DurationStats {
  // A typed array sorts numerically without a comparator call per pair: tens of thousands of samples for a team week.
  const sorted = Float64Array.from(values).sort();
  // Whole milliseconds, the resolution of the inputs; interpolation would add float noise.
  const rounded = (value: number | null) => (value === null ? null : Math.round(value));
  return { count: sorted.length, median: rounded(percentile(sorted, 0.5)), p90: rounded(percentile(sorted, 0.9)) };
}

function minutes(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / MINUTE) * 10) / 10;
}
