import type { Agent, DeskReport, QueueView, ReportCsv, ReportRequest, SearchHit, SurgeSnapshot } from '../../../preload/contract';
import { HandlerError } from '../app/channel-handlers';
import { computeSurgeSnapshot } from '../domain/surge-stats';
import type { SqliteDatabase } from '../sqlite/open-database';
import { OutboxRepository } from '../store/outbox-repository';
import { SearchRepository } from '../store/search-repository';
import { SurgeQueries } from '../store/surge-queries';
import { TicketRepository } from '../store/ticket-repository';
import { TopicGroupQueries, type TopicGroupCounts } from '../store/topic-group-queries';
import { ReportRead } from './report-read';

/**
 * The heavy reads a worker may run: each names everything it needs (the clock, the agent), since a
 * worker knows nothing of the session. Only reads: writes never leave the main process.
 */
export type ReadJob =
  | { kind: 'report'; request: ReportRequest; agentId: string | null; now: number }
  | { kind: 'reportCsv'; request: ReportRequest; agentId: string | null; part: 'figures' | 'topic-frequency' }
  | { kind: 'surge'; now: number; windowMinutes: number }
  | { kind: 'topicGroups'; view: QueueView; agent: Agent; now: number }
  /** `masked`: message snippets are cut from the body with personal data masked (a cut must not split a value from what names it). */
  | { kind: 'search'; text: string; limit: number; masked?: boolean };

export interface ReadResults {
  report: DeskReport;
  reportCsv: ReportCsv;
  surge: SurgeSnapshot;
  topicGroups: TopicGroupCounts[];
  search: { hits: SearchHit[]; tookMs: number };
}

export type ReadResult<J extends ReadJob> = ReadResults[J['kind']];

/** What a failed job sends back: a HandlerError keeps its code and refusal, anything else is internal. */
export interface ReadFailure {
  message: string;
  handler?: { code: HandlerError['code']; refusal?: HandlerError['refusal'] };
}

export function toReadFailure(error: unknown): ReadFailure {
  if (error instanceof HandlerError) return { message: error.message, handler: { code: error.code, ...(error.refusal ? { refusal: error.refusal } : {}) } };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function fromReadFailure(failure: ReadFailure): Error {
  return failure.handler ? new HandlerError(failure.handler.code, failure.message, failure.handler.refusal) : new Error(failure.message);
}

/** The same query classes the handlers used in-process, over one connection (prepared once each). */
export class ReadJobRunner {
  private readonly reports: ReportRead;
  private readonly surge: SurgeQueries;
  private readonly topics: TopicGroupQueries;
  private readonly search: SearchRepository;

  constructor(db: SqliteDatabase) {
    this.reports = new ReportRead(db);
    this.surge = new SurgeQueries(db);
    // Statements are prepared when first used: on a read-only connection only reads ever are.
    this.topics = new TopicGroupQueries(db, new TicketRepository(db, new OutboxRepository(db)));
    this.search = new SearchRepository(db);
  }

  run<J extends ReadJob>(job: J): ReadResult<J> {
    return this.dispatch(job) as ReadResult<J>;
  }

  private dispatch(job: ReadJob): ReadResults[ReadJob['kind']] {
    switch (job.kind) {
      case 'report':
        return this.reports.report(job.request, job.agentId, job.now);
      case 'reportCsv':
        return this.reports.csv(job.request, job.agentId, job.part);
      case 'surge':
        return computeSurgeSnapshot(this.surge.facts(job.now, job.windowMinutes));
      case 'topicGroups':
        return this.topics.groups(job.view, job.agent, job.now);
      case 'search': {
        const started = performance.now();
        const hits = this.search.search(job.text, job.limit, { masked: job.masked ?? false });
        return { hits, tookMs: performance.now() - started };
      }
    }
  }
}
