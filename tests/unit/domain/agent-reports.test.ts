import { describe, expect, it } from 'vitest';
import type { Language, Message, Ticket, TicketStatus, Topic } from '../../../preload/contract/domain-types';
import { agentReport, agentReportToCsv, percentile, topicFrequency, topicFrequencyToCsv } from '../../../main/services/domain/agent-reports';

const T0 = Date.UTC(2025, 0, 6, 8, 0, 0);
const MIN = 60_000;
const at = (minutes: number) => T0 + minutes * MIN;
const WINDOW = { from: T0, to: at(8 * 60) };

function ticket(id: string, fields: { topic: Topic; language: Language; createdAt: number; status: TicketStatus; assigneeId?: string | null; updatedAt?: number; firstResponseAt?: number | null }): Ticket {
  return {
    id,
    subject: `subject of ${id}`,
    status: fields.status,
    priority: 'normal',
    topic: fields.topic,
    language: fields.language,
    customerId: `C-${id}`,
    assigneeId: fields.assigneeId ?? null,
    tags: [],
    security: false,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt ?? fields.createdAt,
    firstResponseAt: fields.firstResponseAt ?? null,
    lastCustomerMessageAt: fields.createdAt,
    snoozedUntil: null,
    escalatedAt: null,
    acknowledgedAt: null,
    version: 1,
  };
}

let messageNumber = 0;
function message(ticketId: string, createdAt: number, author: string, kind: 'reply' | 'note' = 'reply'): Message {
  messageNumber += 1;
  const fromCustomer = author === 'customer';
  return { id: `M-${messageNumber}`, ticketId, authorType: fromCustomer ? 'customer' : 'agent', authorId: fromCustomer ? `C-${ticketId}` : author, kind, body: '…', createdAt, clientKey: null };
}

// Seven tickets over an eight-hour window, with two agents; the expected figures are worked out by hand.
const tickets: Ticket[] = [
  // Answered by a1 after 10 min, solved by a1 an hour later: first response 10, handle time 60.
  ticket('T1', { topic: 'deposit', language: 'en', createdAt: at(0), status: 'solved', assigneeId: 'a1', updatedAt: at(70) }),
  // a2 answers after 20 min; a1 chimes in later; still open.
  ticket('T2', { topic: 'deposit', language: 'es', createdAt: at(30), status: 'open', assigneeId: 'a2', updatedAt: at(100) }),
  // Created and first answered before the window (assigned even earlier), solved inside it: handle time 270.
  ticket('T3', { topic: 'withdrawal', language: 'en', createdAt: at(-120), status: 'solved', assigneeId: 'a1', updatedAt: at(180) }),
  // A note, then a2's reply after 40 min, solved an hour later with nobody assigned: a2 is the solver.
  ticket('T4', { topic: 'withdrawal', language: 'ru', createdAt: at(60), status: 'solved', updatedAt: at(160) }),
  // Nobody answered: not handled.
  ticket('T5', { topic: 'kyc', language: 'en', createdAt: at(120), status: 'new' }),
  // Answered only after the window closed.
  ticket('T6', { topic: 'fees', language: 'en', createdAt: at(470), status: 'open', updatedAt: at(490) }),
  // a1 answers after 30 min, then the ticket is reassigned to a2, who closes it: handle time 30, credited to a2.
  ticket('T7', { topic: 'kyc', language: 'lt', createdAt: at(180), status: 'closed', assigneeId: 'a2', updatedAt: at(240) }),
];
const messages: Message[] = [
  message('T1', at(0), 'customer'),
  message('T1', at(10), 'a1'),
  message('T2', at(30), 'customer'),
  message('T2', at(50), 'a2'),
  message('T2', at(100), 'a1'),
  message('T3', at(-120), 'customer'),
  message('T3', at(-60), 'a1'),
  message('T4', at(60), 'customer'),
  message('T4', at(65), 'a2', 'note'),
  message('T4', at(100), 'a2'),
  message('T5', at(120), 'customer'),
  message('T6', at(470), 'customer'),
  message('T6', at(490), 'a1'),
  message('T7', at(180), 'customer'),
  message('T7', at(210), 'a1'),
];
const assignedAt = new Map([['T3', at(-90)]]);
// Shuffled: the report must not depend on message order.
const shuffled = [...messages].reverse();

describe('agentReport for the whole team', () => {
  const report = agentReport({ tickets, messages: shuffled, window: WINDOW, assignedAt });

  it('counts handled tickets and measures first response and handle time', () => {
    expect(report.agentId).toBeNull();
    expect(report.handled).toBe(5);
    expect(report.handledTicketIds).toEqual(['T1', 'T2', 'T3', 'T4', 'T7']);
    // First responses 10, 20, 30, 40 minutes.
    expect(report.firstResponse).toEqual({ count: 4, median: 25 * MIN, p90: 37 * MIN });
    // Handle times 30, 60, 60, 270 minutes (T3 from its assignment, earlier than its first reply).
    expect(report.handleTime).toEqual({ count: 4, median: 60 * MIN, p90: 207 * MIN });
  });

  it('breaks the figures down by topic and by language', () => {
    expect(report.byTopic.deposit).toEqual({ handled: 2, firstResponse: { count: 2, median: 15 * MIN, p90: 19 * MIN }, handleTime: { count: 1, median: 60 * MIN, p90: 60 * MIN } });
    expect(report.byTopic.withdrawal).toEqual({ handled: 2, firstResponse: { count: 1, median: 40 * MIN, p90: 40 * MIN }, handleTime: { count: 2, median: 165 * MIN, p90: 249 * MIN } });
    expect(report.byTopic.kyc).toEqual({ handled: 1, firstResponse: { count: 1, median: 30 * MIN, p90: 30 * MIN }, handleTime: { count: 1, median: 30 * MIN, p90: 30 * MIN } });
    expect(report.byTopic.fees).toBeUndefined();
    expect(Object.fromEntries(Object.entries(report.byLanguage).map(([language, f]) => [language, f.handled]))).toEqual({ en: 2, es: 1, ru: 1, lt: 1 });
  });

  it('uses the ticket’s own first-response stamp when its messages are not at hand', () => {
    const bare = ticket('T9', { topic: 'fees', language: 'de', createdAt: at(10), status: 'pending', firstResponseAt: at(22) });
    const withBare = agentReport({ tickets: [bare], messages: [], window: WINDOW });
    expect(withBare.firstResponse).toEqual({ count: 1, median: 12 * MIN, p90: 12 * MIN });
    expect(withBare.handled).toBe(1);
    // Not for one agent: the stamp does not say who answered.
    expect(agentReport({ tickets: [bare], messages: [], window: WINDOW, agentId: 'a1' }).handled).toBe(0);
  });
});

describe('agentReport for one agent', () => {
  it('credits a1 with the replies and solves that were theirs', () => {
    const report = agentReport({ tickets, messages: shuffled, window: WINDOW, agentId: 'a1', assignedAt });
    // T1 (reply, solve), T2 (reply), T3 (solve), T7 (reply).
    expect(report.handled).toBe(4);
    expect(report.handledTicketIds).toEqual(['T1', 'T2', 'T3', 'T7']);
    // Only first replies that were a1's: T1 10 and T7 30.
    expect(report.firstResponse).toEqual({ count: 2, median: 20 * MIN, p90: 28 * MIN });
    // Solved by a1: T1 60 and T3 270.
    expect(report.handleTime).toEqual({ count: 2, median: 165 * MIN, p90: 249 * MIN });
  });

  it('credits a2 with T7 after the reassignment, and with T4 as its last replier', () => {
    const report = agentReport({ tickets, messages: shuffled, window: WINDOW, agentId: 'a2', assignedAt });
    expect(report.handled).toBe(3);
    expect(report.firstResponse).toEqual({ count: 2, median: 30 * MIN, p90: 38 * MIN });
    expect(report.handleTime).toEqual({ count: 2, median: 45 * MIN, p90: 57 * MIN });
  });

  it('is empty for an agent with no work in the window', () => {
    const report = agentReport({ tickets, messages, window: WINDOW, agentId: 'nobody' });
    expect(report).toMatchObject({ handled: 0, firstResponse: { count: 0, median: null, p90: null }, handleTime: { count: 0, median: null, p90: null }, byTopic: {}, byLanguage: {}, handledTicketIds: [] });
  });
});

describe('topicFrequency', () => {
  it('counts new tickets per topic in buckets, listing empty buckets too', () => {
    const buckets = topicFrequency(tickets, { ...WINDOW, bucketMinutes: 60 });
    expect(buckets).toHaveLength(8);
    expect(buckets.map((b) => b.total)).toEqual([2, 1, 1, 1, 0, 0, 0, 1]);
    expect(buckets[0]).toEqual({ start: at(0), end: at(60), total: 2, counts: { deposit: 2 } });
    expect(buckets[3]!.counts).toEqual({ kyc: 1 });
    expect(buckets[7]!.counts).toEqual({ fees: 1 });
  });

  it('cuts the last bucket at the end of the window and can count by another topic', () => {
    const buckets = topicFrequency(tickets, { from: at(0), to: at(150), bucketMinutes: 60, topicOf: (t) => (t.language === 'en' ? 'market_incident' : null) });
    expect(buckets.map((b) => [b.start, b.end])).toEqual([
      [at(0), at(60)],
      [at(60), at(120)],
      [at(120), at(150)],
    ]);
    expect(buckets.map((b) => b.counts)).toEqual([{ market_incident: 1 }, {}, { market_incident: 1 }]);
  });

  it('refuses buckets that make no sense', () => {
    expect(() => topicFrequency(tickets, { ...WINDOW, bucketMinutes: 0 })).toThrow(RangeError);
    expect(() => topicFrequency(tickets, { from: 0, to: 365 * 24 * 60 * MIN, bucketMinutes: 1 })).toThrow(RangeError);
  });
});

describe('CSV export', () => {
  it('writes one row for the total, one per topic and one per language, durations in minutes', () => {
    const csv = agentReportToCsv(agentReport({ tickets, messages, window: WINDOW, assignedAt }));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '"window_from","window_to","agent","group","key","handled","first_response_count","first_response_median_min","first_response_p90_min","handle_time_count","handle_time_median_min","handle_time_p90_min"',
    );
    expect(lines[1]).toBe('"2025-01-06T08:00:00.000Z","2025-01-06T16:00:00.000Z","all agents","total","all",5,4,25,37,4,60,207');
    expect(lines.filter((l) => l.includes('"topic"')).map((l) => l.split(',')[4])).toEqual(['"kyc"', '"deposit"', '"withdrawal"']);
    expect(lines.filter((l) => l.includes('"language"')).map((l) => l.split(',')[4])).toEqual(['"en"', '"es"', '"lt"', '"ru"']);
    // Nothing to measure is an empty cell, not a zero.
    const kycOnly = agentReportToCsv(agentReport({ tickets: [tickets[4]!], messages, window: WINDOW }));
    expect(kycOnly.split('\n')[1]).toBe('"2025-01-06T08:00:00.000Z","2025-01-06T16:00:00.000Z","all agents","total","all",0,0,,,0,,');
  });

  it('never lets a spreadsheet evaluate a cell', () => {
    const hostile = '=HYPERLINK("http://evil.example","click")';
    const csv = agentReportToCsv(agentReport({ tickets, messages, window: WINDOW, agentId: hostile }));
    const cell = csv.split('\n')[1]!.split(',"')[2]!;
    expect(cell.startsWith(`'=HYPERLINK(""http`)).toBe(true);
    for (const lead of ['+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(agentReportToCsv(agentReport({ tickets: [], messages: [], window: WINDOW, agentId: lead }))).toContain(`"'${lead}"`);
  });

  it('writes topic frequency with one column per topic', () => {
    const csv = topicFrequencyToCsv(topicFrequency(tickets, { ...WINDOW, bucketMinutes: 240 }));
    const [header, first, second] = csv.trimEnd().split('\n');
    expect(header).toBe('"bucket_start","bucket_end","total","kyc","deposit","withdrawal","two_factor","account_compromise","locked_account","phishing","fees","api_keys","p2p_dispute","market_incident","tax_statement","account_closure","other"');
    expect(first).toBe('"2025-01-06T08:00:00.000Z","2025-01-06T12:00:00.000Z",5,2,2,1,0,0,0,0,0,0,0,0,0,0,0');
    expect(second).toBe('"2025-01-06T12:00:00.000Z","2025-01-06T16:00:00.000Z",1,0,0,0,0,0,0,0,1,0,0,0,0,0,0');
  });
});

describe('percentile', () => {
  it('interpolates between neighbouring values', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
  });
});
