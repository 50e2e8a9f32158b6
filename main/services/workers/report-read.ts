import type { DeskReport, ReportCsv, ReportFiguresRow, ReportRequest } from '../../../preload/contract';
import { TOPICS, type Language, type Topic } from '../../../preload/contract/domain-types';
import {
  agentReport,
  agentReportToCsv,
  topicFrequency,
  topicFrequencyToCsv,
  type AgentReport,
  type ReportFigures,
  type ReportMessage,
  type ReportTicket,
  type ReportWindow,
  type TopicBucket,
} from '../domain/agent-reports';
import { HandlerError } from '../app/channel-handlers';
import type { SqliteDatabase } from '../sqlite/open-database';
import { ReportQueries } from '../store/report-queries';

/**
 * The local reports (`reports.get`, `reports.csv`) computed from one connection to the cache: the
 * rules are domain/agent-reports.ts, fed only the columns they need. It runs on a read worker (its
 * own read-only connection) or, when no worker could start, on the main process's connection.
 */
export class ReportRead {
  private readonly queries: ReportQueries;
  constructor(private readonly db: SqliteDatabase) {
    this.queries = new ReportQueries(db);
  }

  /** agentId: the signed-in agent for scope 'me', null for the team. */
  report(request: ReportRequest, agentId: string | null, generatedAt: number): DeskReport {
    const { report, frequency } = this.compute(request, agentId);
    return {
      request: { ...request },
      agentId: report.agentId,
      generatedAt,
      overall: figuresRow(report),
      byTopic: breakdown(report.byTopic, TOPICS),
      byLanguage: breakdown(report.byLanguage),
      topicFrequency: frequency,
    };
  }

  csv(request: ReportRequest, agentId: string | null, part: 'figures' | 'topic-frequency'): ReportCsv {
    const { report, frequency } = this.compute(request, agentId);
    return {
      filename: csvFilename(part, request),
      content: part === 'figures' ? agentReportToCsv(report) : topicFrequencyToCsv(frequency),
    };
  }

  private compute(request: ReportRequest, agentId: string | null): { report: AgentReport; frequency: TopicBucket[] } {
    if (request.to <= request.from) throw new HandlerError('invalid_input', 'the report period must end after it starts');
    const window: ReportWindow = { from: request.from, to: request.to };
    // Read in one transaction: a sync committing in between cannot split a ticket from its replies.
    const { tickets, messages, assignedAt } = this.db.transaction(() => readInputs(this.queries, window, agentId))();
    const report = agentReport({ tickets, messages, window, assignedAt, ...(agentId === null ? {} : { agentId }) });
    // The team sees what came in; one agent sees the topics of the tickets they handled.
    const handled = agentId === null ? null : new Set(report.handledTicketIds);
    try {
      const frequency = topicFrequency(tickets, { ...window, bucketMinutes: request.bucketMinutes, topicOf: (t) => (handled === null || handled.has(t.id) ? t.topic : null) });
      return { report, frequency };
    } catch (err) {
      if (err instanceof RangeError) throw new HandlerError('invalid_input', err.message);
      throw err;
    }
  }
}

/** The window's tickets and replies, plus the agent's own replies and assignments the backend has not echoed yet. */
function readInputs(queries: ReportQueries, window: ReportWindow, agentId: string | null): { tickets: ReportTicket[]; messages: ReportMessage[]; assignedAt: Map<string, number> } {
  const tickets = queries.tickets(window, agentId);
  const messages = queries.agentReplies(window, agentId);
  const undelivered = queries.undeliveredReplies().filter((r) => agentId === null || r.authorId === agentId);
  // Usually none: the lookups below are only built when the outbox has something to add.
  if (undelivered.length > 0) {
    const known = new Set(tickets.map((t) => t.id));
    const missing = [...new Set(undelivered.map((r) => r.ticketId))].filter((id) => !known.has(id));
    // A reply queued on a ticket quiet for days does not move its updated_at until the backend answers.
    const added = queries.ticketsById(missing).filter((t) => t.createdAt < window.to);
    for (const ticket of added) {
      tickets.push(ticket);
      known.add(ticket.id);
    }
    for (const reply of queries.agentRepliesOf(added.map((t) => t.id))) messages.push(reply);
    for (const reply of undelivered) {
      if (known.has(reply.ticketId)) messages.push({ ticketId: reply.ticketId, authorType: 'agent', authorId: reply.authorId, kind: 'reply', createdAt: reply.createdAt });
    }
  }
  const assignedAt = new Map<string, number>();
  const assignments = queries.assignments(window);
  if (assignments.length > 0) {
    const latest = new Map(assignments.map((a) => [`${a.ticketId}\n${a.assigneeId}`, a.at]));
    // Only an assignment to whoever holds the ticket now starts their work on it.
    for (const ticket of tickets) {
      const at = ticket.assigneeId === null ? undefined : latest.get(`${ticket.id}\n${ticket.assigneeId}`);
      if (at !== undefined) assignedAt.set(ticket.id, at);
    }
  }
  return { tickets, messages, assignedAt };
}

function figuresRow(f: ReportFigures): ReportFiguresRow {
  return {
    handled: f.handled,
    firstResponse: { count: f.firstResponse.count, medianMs: f.firstResponse.median, p90Ms: f.firstResponse.p90 },
    handleTime: { count: f.handleTime.count, medianMs: f.handleTime.median, p90Ms: f.handleTime.p90 },
  };
}

/** Busiest first; ties in the given order (topics as the desk lists them) or by key. */
function breakdown<K extends Topic | Language>(figures: Partial<Record<K, ReportFigures>>, order?: readonly K[]): Array<ReportFiguresRow & { key: K }> {
  const rank = (key: K) => (order ? order.indexOf(key) : 0);
  return (Object.entries(figures) as Array<[K, ReportFigures]>)
    .sort(([a, fa], [b, fb]) => fb.handled - fa.handled || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, f]) => ({ key, ...figuresRow(f) }));
}

/** "agentdesk-report-team-2025-01-06-to-2025-01-13.csv": the period in the desk's local dates (the end is exclusive, so its last moment counts). */
function csvFilename(part: 'figures' | 'topic-frequency', request: ReportRequest): string {
  const kind = part === 'figures' ? 'report' : 'topics';
  const from = localDate(request.from);
  const to = localDate(request.to - 1);
  return `agentdesk-${kind}-${request.scope}-${from === to ? from : `${from}-to-${to}`}.csv`;
}

function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
