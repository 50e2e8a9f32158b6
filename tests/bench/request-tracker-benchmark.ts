// The desk side by side with a real, throwaway Request Tracker 5 (run by run-benchmarks.ts):
// (a) bootstrap of RT's tickets into an empty cache through the RT connector and the real SyncEngine,
// (b) showing a ticket from the cache against RT's REST2 returning the same ticket with its history,
// (c) a reply made in RT, from the moment it is sent to its arrival in the desk's cache.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LANGUAGES, TOPICS } from '../../preload/contract';
import { createAppServices, type AppServices } from '../../main/services/app/app-services';
import { silentLogger } from '../../main/services/logging/logger';
import { RT_NOT_INSTALLED, requestTrackerInstalled, startRequestTracker, type RunningRequestTracker } from '../support/request-tracker/rt-instance';
import { percentile, summary, timed } from './stats';

export interface RequestTrackerBenchmarkOptions {
  line: (label: string, value: string) => void;
  /** An empty folder for the desk's cache. */
  workDir: string;
  /** Tickets created in RT (1,000 by default). */
  ticketCount?: number;
  /** --skip-rt: say so and do nothing. */
  skip?: boolean;
}

const TITLE = 'Request Tracker side by side';
/** REST2's bulk create: one request per batch, two batches in flight (RT is CPU-bound on its scrips; more does not help on 2 cores). */
const CREATE_BATCH = 50;
const CREATE_IN_FLIGHT = 2;
/** Every fifth ticket is sampled for (b); every fourth of those carries a reply and a note as well. */
const SAMPLE_EVERY = 5;
const CHANGES = 10;
/** The RT connector's default watch poll; changes are spread over one period so every phase is sampled. */
const WATCH_POLL_MS = 5_000;
const CHANGE_TIMEOUT_MS = 60_000;

const SUBJECTS = [
  'Withdrawal pending for more than 6 hours',
  'Retiro pendiente desde ayer',
  'Вывод средств завис',
  'KYC documents rejected without reason',
  'Einzahlung nicht gutgeschrieben',
  '2FA device lost, cannot log in',
  'Depósito não aparece na conta',
  'Hesabım kilitlendi',
];

export async function runRequestTrackerBenchmark(options: RequestTrackerBenchmarkOptions): Promise<void> {
  const { line } = options;
  const ticketCount = options.ticketCount ?? 1000;
  console.log(`\n${TITLE} — ${ticketCount.toLocaleString('en')} tickets in a throwaway Request Tracker 5`);
  if (options.skip) {
    line(TITLE, 'skipped (--skip-rt)');
    return;
  }
  if (!requestTrackerInstalled()) {
    line(TITLE, `skipped: ${RT_NOT_INSTALLED}`);
    return;
  }

  const started = await timed(() => startRequestTracker());
  const rt = started.value;
  line('throwaway Request Tracker 5 started', `${(started.ms / 1000).toFixed(1)} s`);
  let services: AppServices | null = null;
  try {
    const rest = restClient(rt);
    const ids = await seedTickets(rest, ticketCount, line);
    const sampled = ids.filter((_, i) => i % SAMPLE_EVERY === 0);
    await addHistory(rest, sampled.filter((_, i) => i % 4 === 0), line);

    // (a) The whole first sync, as the desk does it on first start against this RT.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const load = await timed(async () => {
      const desk = await createAppServices({ dataDir: join(options.workDir, 'rt-desk'), backend: { kind: 'request-tracker', url: rt.url, token: rt.token }, logger: silentLogger, appVersion: 'bench' });
      await desk.sync.pull();
      return desk;
    });
    loop.disable();
    services = load.value;
    const cached = services.cache.tickets.ticketCount();
    const status = services.sync.getStatus();
    line('RT: initial sync into an empty cache (bootstrap)', `${(load.ms / 1000).toFixed(2)} s for ${cached.toLocaleString('en')} tickets (${((cached / load.ms) * 1000).toFixed(0)} per second)`);
    line('  longest event-loop block during it', `${(loop.max / 1e6).toFixed(1)} ms (p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms)`);
    if (status.connection !== 'online' || cached < ticketCount) line('  WARNING', `sync status ${status.connection}, ${cached} of ${ticketCount} tickets cached${status.problem ? `: ${JSON.stringify(status.problem)}` : ''}`);

    await compareTicketReads(services, rest, sampled, line);
    await measureChangeToCache(services, rest, sampled, line);
  } finally {
    await services?.close();
    await rt.stop();
  }
}

interface RestClient {
  /** As the desk's own agent. */
  agent: (method: string, path: string, body?: unknown) => Promise<unknown>;
  /** As RT's superuser: someone working in RT itself. */
  admin: (method: string, path: string, body?: unknown) => Promise<unknown>;
}

function restClient(rt: RunningRequestTracker): RestClient {
  const call = (token: string) => async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${rt.url}/REST/2.0${path}`, {
      method,
      headers: { authorization: `token ${token}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`RT answered ${method} ${path} with HTTP ${response.status}: ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
  return { agent: call(rt.token), admin: call(rt.tokens.admin) };
}

async function seedTickets(rest: RestClient, count: number, line: RequestTrackerBenchmarkOptions['line']): Promise<string[]> {
  const ticket = (i: number) => ({
    // One in ten goes to the security desk's queue, as escalations would.
    Queue: i % 10 === 9 ? 'Security' : 'General',
    Subject: `${SUBJECTS[i % SUBJECTS.length]} (#${i + 1})`,
    Requestor: `customer${i % 300}@exchange-customers.test`,
    Content: `Hello, this is about my account (case ${i + 1}). ${SUBJECTS[i % SUBJECTS.length]}. Transaction 0x${(i * 2654435761).toString(16).padStart(12, '0')}.`,
    ContentType: 'text/plain',
    CustomFields: { Topic: TOPICS[i % TOPICS.length], Language: LANGUAGES[i % LANGUAGES.length] },
  });
  const ids: string[] = [];
  let next = 0;
  const created = await timed(() =>
    Promise.all(
      Array.from({ length: CREATE_IN_FLIGHT }, async () => {
        while (next < count) {
          const from = next;
          next = Math.min(count, next + CREATE_BATCH);
          const answers = (await rest.admin('POST', '/tickets/bulk', Array.from({ length: next - from }, (_, k) => ticket(from + k)))) as Array<{ id?: string; message?: string }>;
          for (const answer of answers) {
            if (!answer.id) throw new Error(`RT did not create a ticket: ${answer.message ?? 'no reason given'}`);
            ids.push(String(answer.id));
          }
        }
      }),
    ),
  );
  line(`RT: ${count.toLocaleString('en')} tickets created (REST2 bulk, ${CREATE_BATCH} a request)`, `${(created.ms / 1000).toFixed(1)} s (${(created.ms / count).toFixed(0)} ms per ticket, RT's scrips included)`);
  return ids.sort((a, b) => Number(a) - Number(b));
}

/** A reply and a note on some tickets, so the sampled ones have a history worth showing. */
async function addHistory(rest: RestClient, ids: string[], line: RequestTrackerBenchmarkOptions['line']): Promise<void> {
  const added = await timed(async () => {
    await rest.admin('POST', '/tickets/bulk/correspond', ids.map((id) => ({ id, Content: `We are looking into ticket ${id}; please allow up to 24 hours.`, ContentType: 'text/plain' })));
    await rest.admin('POST', '/tickets/bulk/comment', ids.map((id) => ({ id, Content: `Checked the ledger for ticket ${id}: the transfer is in the hot-wallet queue.`, ContentType: 'text/plain' })));
  });
  line(`RT: reply and note added to ${ids.length} sampled tickets`, `${(added.ms / 1000).toFixed(1)} s`);
}

/** (b) The same tickets, in the same run: from the desk's cache through dispatch, and from RT as a REST2 client would fetch them. */
async function compareTicketReads(services: AppServices, rest: RestClient, sampled: string[], line: RequestTrackerBenchmarkOptions['line']): Promise<void> {
  const fromCache = async (id: string) => {
    const answer = await services.dispatch('ticket.get', { ticketId: id });
    if (!answer.ok) throw new Error(`ticket.get ${id}: ${answer.error.message}`);
  };
  // Everything needed to show the ticket, asked at once: the most favourable way for RT.
  const fromRt = (id: string) =>
    Promise.all([
      rest.agent('GET', `/ticket/${id}?fields[Queue]=Name`),
      rest.agent('GET', `/ticket/${id}/history?per_page=100&fields=Type,Creator,Created,Field,OldValue,NewValue,Data`),
      rest.agent('GET', `/ticket/${id}/attachments?per_page=100&fields=TransactionId,ContentType,Filename,Subject,Created,Content`),
    ]);
  for (const id of sampled.slice(0, 10)) {
    await fromCache(id);
    await fromRt(id);
  }
  const cacheSamples: number[] = [];
  const rtSamples: number[] = [];
  for (const id of sampled) {
    cacheSamples.push((await timed(() => fromCache(id))).ms);
    rtSamples.push((await timed(() => fromRt(id))).ms);
  }
  line('RT: ticket shown from the desk cache (ticket.get)', summary(cacheSamples));
  line('RT: same ticket from REST2 (+ history, attachments)', `${summary(rtSamples)}, 3 requests in parallel`);
  const ratio = (p: number) => percentile(rtSamples, p) / percentile(cacheSamples, p);
  line('  REST2 time / desk cache time', `p50 ${ratio(50).toFixed(0)}×, p95 ${ratio(95).toFixed(0)}×`);
}

/** (c) A reply sent in RT by someone else, until the desk's cache holds it (RT pushes nothing: the connector's watch polls). */
async function measureChangeToCache(services: AppServices, rest: RestClient, sampled: string[], line: RequestTrackerBenchmarkOptions['line']): Promise<void> {
  const arrivals: number[] = [];
  const rtAnswers: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const id = sampled[(i * 7) % sampled.length]!;
    await sleep((i / CHANGES) * WATCH_POLL_MS);
    const marker = `bench-change-${i}-${Date.now()}`;
    const sentAt = performance.now();
    await rest.admin('POST', `/ticket/${id}/correspond`, { Content: `Update from the wallet team (${marker}).`, ContentType: 'text/plain' });
    rtAnswers.push(performance.now() - sentAt);
    for (;;) {
      const answer = await services.dispatch('ticket.get', { ticketId: id });
      if (answer.ok && (answer.value as { messages: Array<{ body: string }> }).messages.some((m) => m.body.includes(marker))) break;
      if (performance.now() - sentAt > CHANGE_TIMEOUT_MS) throw new Error(`the reply on ticket ${id} did not reach the cache within ${CHANGE_TIMEOUT_MS / 1000} s`);
      await sleep(20);
    }
    arrivals.push(performance.now() - sentAt);
  }
  line('RT: reply made in RT until it is in the desk cache', `p50 ${(percentile(arrivals, 50) / 1000).toFixed(2)} s, p95 ${(percentile(arrivals, 95) / 1000).toFixed(2)} s (n=${arrivals.length}, watch polls every ${WATCH_POLL_MS / 1000} s)`);
  line('  of which RT answering the reply request', summary(rtAnswers));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
