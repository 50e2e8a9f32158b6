import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, DeskReport, Message, ReportRequest, Ticket } from '../../../preload/contract';
import { createReportHandlers } from '../../../main/services/app/report-handlers';
import { createTicketHandlers } from '../../../main/services/app/ticket-handlers';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeMessage, makeTicket, T0 } from '../fixtures/make-ticket';

// The same eight-hour desk as tests/unit/domain/agent-reports.test.ts, stored in a real cache and
// read back through the channel handlers; the expected figures are worked out by hand.
const MIN = 60_000;
const at = (minutes: number) => T0 + minutes * MIN;
const agentOf = (id: string): Agent => ({ id, name: id, email: `${id}@desk`, role: 'frontline', languages: ['en'], domains: [] });

const tickets: Ticket[] = [
  makeTicket({ id: 'T1', topic: 'deposit', language: 'en', createdAt: at(0), status: 'solved', assigneeId: 'a1', updatedAt: at(70) }),
  makeTicket({ id: 'T2', topic: 'deposit', language: 'es', createdAt: at(30), status: 'open', assigneeId: 'a2', updatedAt: at(100) }),
  makeTicket({ id: 'T3', topic: 'withdrawal', language: 'en', createdAt: at(-120), status: 'solved', assigneeId: 'a1', updatedAt: at(180) }),
  makeTicket({ id: 'T4', topic: 'withdrawal', language: 'ru', createdAt: at(60), status: 'solved', updatedAt: at(160) }),
  makeTicket({ id: 'T5', topic: 'kyc', language: 'en', createdAt: at(120), status: 'new' }),
  makeTicket({ id: 'T6', topic: 'fees', language: 'en', createdAt: at(470), status: 'open', updatedAt: at(490) }),
  makeTicket({ id: 'T7', topic: 'kyc', language: 'lt', createdAt: at(180), status: 'closed', assigneeId: 'a2', updatedAt: at(240) }),
  // Quiet since the day before: outside every query until someone writes on it.
  makeTicket({ id: 'T8', topic: 'two_factor', language: 'de', createdAt: at(-3000), status: 'pending', assigneeId: 'a2', updatedAt: at(-2000) }),
];
let n = 0;
const msg = (ticketId: string, minute: number, author: string, kind: 'reply' | 'note' = 'reply'): Message =>
  makeMessage({ id: `M-${++n}`, ticketId, createdAt: at(minute), kind, authorType: author === 'customer' ? 'customer' : 'agent', authorId: author === 'customer' ? 'C-1' : author, body: 'words the report never reads' });
const messages: Message[] = [
  msg('T1', 0, 'customer'),
  msg('T1', 10, 'a1'),
  msg('T2', 30, 'customer'),
  msg('T2', 50, 'a2'),
  msg('T2', 100, 'a1'),
  msg('T3', -120, 'customer'),
  msg('T3', -60, 'a1'),
  msg('T4', 60, 'customer'),
  msg('T4', 65, 'a2', 'note'),
  msg('T4', 100, 'a2'),
  msg('T5', 120, 'customer'),
  msg('T6', 470, 'customer'),
  msg('T6', 490, 'a1'),
  msg('T7', 180, 'customer'),
  msg('T7', 210, 'a1'),
  msg('T8', -3000, 'customer'),
  msg('T8', -2990, 'a2'),
];

const EIGHT_HOURS: ReportRequest = { from: at(0), to: at(8 * 60), scope: 'team', bucketMinutes: 60 };
const figures = (handled: number, fr: [number, number | null, number | null], ht: [number, number | null, number | null]) => ({
  handled,
  firstResponse: { count: fr[0], medianMs: fr[1] === null ? null : fr[1] * MIN, p90Ms: fr[2] === null ? null : fr[2] * MIN },
  handleTime: { count: ht[0], medianMs: ht[1] === null ? null : ht[1] * MIN, p90Ms: ht[2] === null ? null : ht[2] * MIN },
});

describe('report handlers', () => {
  let cache: CacheStore;
  let clock: number;
  let me: Agent;
  let reports: ReturnType<typeof createReportHandlers>;
  let desk: ReturnType<typeof createTicketHandlers>;
  const get = async (request: Partial<ReportRequest> = {}): Promise<DeskReport> => reports['reports.get']({ ...EIGHT_HOURS, ...request });

  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-reports-')), 'cache.sqlite'));
    cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: [], messages }));
    clock = at(8 * 60);
    me = agentOf('a1');
    const deps = { cache, agent: () => me, now: () => clock, sendingIds: () => new Set<number>(), onQueued: () => {} };
    reports = createReportHandlers(deps);
    desk = createTicketHandlers(deps);
  });
  afterEach(() => cache.close());

  it('measures the team: handled, first response and handle time, by topic and by language', async () => {
    const report = await get();
    expect(report.agentId).toBeNull();
    expect(report.generatedAt).toBe(clock);
    expect(report.request).toEqual(EIGHT_HOURS);
    // First responses 10, 20, 30, 40 min; handle times 30, 60, 60 and T3's 240 (from its first reply: no assignment time known).
    expect(report.overall).toEqual(figures(5, [4, 25, 37], [4, 60, 186]));
    // Busiest first; deposit before withdrawal on a tie, as the desk lists topics.
    expect(report.byTopic).toEqual([
      { key: 'deposit', ...figures(2, [2, 15, 19], [1, 60, 60]) },
      { key: 'withdrawal', ...figures(2, [1, 40, 40], [2, 150, 222]) },
      { key: 'kyc', ...figures(1, [1, 30, 30], [1, 30, 30]) },
    ]);
    expect(report.byLanguage.map((row) => [row.key, row.handled])).toEqual([
      ['en', 2],
      ['es', 1],
      ['lt', 1],
      ['ru', 1],
    ]);
  });

  it('measures the signed-in agent only, and counts the topics of what they handled', async () => {
    const mine = await get({ scope: 'me' });
    expect(mine.agentId).toBe('a1');
    // T1 (reply, solve), T2 (reply), T3 (solve), T7 (reply); first replies T1 10 and T7 30; solves T1 60 and T3 240.
    expect(mine.overall).toEqual(figures(4, [2, 20, 28], [2, 150, 222]));
    expect(mine.byTopic.map((row) => [row.key, row.handled])).toEqual([
      ['deposit', 2],
      ['kyc', 1],
      ['withdrawal', 1],
    ]);
    // Created in the window and handled by a1: T1, T2 (first hour), T7 (fourth hour); T3 came before the window.
    expect(mine.topicFrequency.map((b) => b.total)).toEqual([2, 0, 0, 1, 0, 0, 0, 0]);
    expect(mine.topicFrequency[0]!.counts).toEqual({ deposit: 2 });

    me = agentOf('a2');
    expect((await get({ scope: 'me' })).overall).toEqual(figures(3, [2, 30, 38], [2, 45, 57]));
  });

  it('counts what came in per bucket for the team, every bucket listed', async () => {
    const report = await get();
    expect(report.topicFrequency).toHaveLength(8);
    expect(report.topicFrequency.map((b) => b.total)).toEqual([2, 1, 1, 1, 0, 0, 0, 1]);
    expect(report.topicFrequency[0]).toEqual({ start: at(0), end: at(60), total: 2, counts: { deposit: 2 } });
    expect(report.topicFrequency[3]!.counts).toEqual({ kyc: 1 });
    const byDay = await get({ bucketMinutes: 24 * 60 });
    expect(byDay.topicFrequency).toEqual([{ start: at(0), end: at(8 * 60), total: 6, counts: { deposit: 2, withdrawal: 1, kyc: 2, fees: 1 } }]);
  });

  it('counts the agent’s replies at once, before the backend echoes them, then at the backend’s time', async () => {
    clock = at(200);
    // T5 waited since minute 120; T8 had been quiet since the day before the window.
    const first = await desk['ticket.reply']({ ticketId: 'T5', kind: 'reply', body: 'We are checking your documents.' });
    await desk['ticket.reply']({ ticketId: 'T8', kind: 'reply', body: 'Your 2FA reset is done.' });
    await desk['ticket.reply']({ ticketId: 'T6', kind: 'note', body: 'Notes are not replies.' });
    const mine = await get({ scope: 'me' });
    expect(mine.overall.handled).toBe(6);
    expect(mine.byTopic.find((row) => row.key === 'two_factor')?.handled).toBe(1);
    // T5's first response (80 min) is a1's; T8's was a2's, long before the window.
    expect(mine.overall.firstResponse).toEqual({ count: 3, medianMs: 30 * MIN, p90Ms: 70 * MIN });

    // The backend's copy of the T5 reply arrives, with the outbox key as its client key, stamped
    // when the backend got it (the desk was offline for half an hour): from then on its time counts,
    // and the queued copy no longer does. First the message alone (the entry is delivered, its
    // ticket not pulled back yet), then the ticket too.
    const delivered = cache.outbox.forTicket('T5')[0]!;
    expect(delivered.key).toBe(first.entry!.key);
    cache.outbox.markDelivered(delivered.id, 2, at(230));
    const echo = makeMessage({ id: 'M-echo', ticketId: 'T5', authorType: 'agent', authorId: 'a1', createdAt: at(230), clientKey: delivered.key });
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [], customers: [], messages: [echo] }));
    const echoed = { ...mine.overall, firstResponse: { count: 3, medianMs: 30 * MIN, p90Ms: 94 * MIN } };
    expect((await get({ scope: 'me' })).overall).toEqual(echoed);
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [{ ...tickets[4]!, status: 'open', updatedAt: at(230), firstResponseAt: at(230), version: 2 }], customers: [], messages: [] }));
    expect((await get({ scope: 'me' })).overall).toEqual(echoed);
  });

  it('starts the handle time at this desk’s own assignment when that came before the first reply', async () => {
    clock = at(-90);
    await desk['ticket.update']({ ticketId: 'T3', changes: { assigneeId: 'a2' } });
    await desk['ticket.update']({ ticketId: 'T3', changes: { assigneeId: 'a1' } });
    clock = at(8 * 60);
    // T3 now runs 270 min from the assignment: 30, 60, 60, 270.
    expect((await get()).overall.handleTime).toEqual({ count: 4, medianMs: 60 * MIN, p90Ms: 207 * MIN });
    // An assignment to someone else says nothing about the current assignee's work.
    await desk['ticket.update']({ ticketId: 'T1', changes: { assigneeId: 'a2' } });
    await desk['ticket.update']({ ticketId: 'T1', changes: { assigneeId: 'a1' } });
    expect((await get()).byTopic.find((row) => row.key === 'deposit')?.handleTime).toEqual({ count: 1, medianMs: 60 * MIN, p90Ms: 60 * MIN });
  });

  it('is empty, with every bucket listed, for a window with no work', async () => {
    const report = await get({ from: at(-10 * 24 * 60), to: at(-9 * 24 * 60), bucketMinutes: 6 * 60 });
    expect(report.overall).toEqual(figures(0, [0, null, null], [0, null, null]));
    expect(report.byTopic).toEqual([]);
    expect(report.byLanguage).toEqual([]);
    expect(report.topicFrequency.map((b) => b.total)).toEqual([0, 0, 0, 0]);
  });

  it('refuses a period that ends before it starts, or buckets too small for it', async () => {
    await expect(async () => get({ from: at(60), to: at(60) })).rejects.toThrow(/must end after it starts/);
    await expect(async () => get({ from: at(0), to: at(30 * 24 * 60), bucketMinutes: 1 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('exports the figures and the topic frequency as CSV with the dates in the file name', async () => {
    const figuresCsv = await reports['reports.csv']({ report: EIGHT_HOURS, part: 'figures' });
    const lines = figuresCsv.content.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '"window_from","window_to","agent","group","key","handled","first_response_count","first_response_median_min","first_response_p90_min","handle_time_count","handle_time_median_min","handle_time_p90_min"',
    );
    expect(lines[1]).toBe(`"${new Date(at(0)).toISOString()}","${new Date(at(480)).toISOString()}","all agents","total","all",5,4,25,37,4,60,186`);
    expect(lines.filter((l) => l.includes('"topic"'))).toHaveLength(3);
    expect(lines.filter((l) => l.includes('"language"'))).toHaveLength(4);
    const day = (ms: number) => new Date(ms).toLocaleDateString('sv-SE');
    expect(figuresCsv.filename).toBe(day(at(0)) === day(at(480) - 1) ? `agentdesk-report-team-${day(at(0))}.csv` : `agentdesk-report-team-${day(at(0))}-to-${day(at(480) - 1)}.csv`);

    const week: ReportRequest = { from: at(-6 * 24 * 60), to: at(8 * 60), scope: 'me', bucketMinutes: 24 * 60 };
    const topics = await reports['reports.csv']({ report: week, part: 'topic-frequency' });
    expect(topics.filename).toBe(`agentdesk-topics-me-${day(week.from)}-to-${day(week.to - 1)}.csv`);
    const rows = topics.content.trimEnd().split('\n');
    expect(rows[0]!.startsWith('"bucket_start","bucket_end","total","kyc","deposit","withdrawal"')).toBe(true);
    expect(rows).toHaveLength(1 + 7);
    // The last day holds a1's T1, T2 and T7 (T3 was created two hours before the day began, in the one before).
    expect(rows[7]).toBe(`"${new Date(at(0)).toISOString()}","${new Date(at(480)).toISOString()}",3,1,2,0,0,0,0,0,0,0,0,0,0,0,0`);
    expect(rows[6]).toBe(`"${new Date(at(-24 * 60)).toISOString()}","${new Date(at(0)).toISOString()}",1,0,0,1,0,0,0,0,0,0,0,0,0,0,0`);
  });

  it('never hands a spreadsheet a formula, whatever the backend called the agent', async () => {
    me = agentOf('=HYPERLINK("http://evil.example","x")');
    const csv = await reports['reports.csv']({ report: { ...EIGHT_HOURS, scope: 'me' }, part: 'figures' });
    const total = csv.content.split('\n')[1]!;
    expect(total).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(total).not.toMatch(/(^|,)"?=/);
  });
});
