import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS, type Message, type Ticket } from '../../../preload/contract/domain-types';
import { BackendStore } from '../../../main/backend/backend-store';
import { generateSeed } from '../../../main/backend/seed/generate-seed';
import { INCIDENT_PROFILES } from '../../../main/backend/seed/incident-topic-mixes';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { TICK_MS, TrafficSimulator } from '../../../main/backend/traffic-simulator';
import { parseBackendOptions, UsageError } from '../../../main/cli/cli-options';

const NOW = Date.UTC(2025, 10, 24, 12, 0, 0);
const MINUTE = 60_000;

/** A seeded in-memory backend store and a simulator on a clock the test moves by hand. */
function simulation(perMinute: number) {
  const store = new BackendStore(':memory:');
  store.seed(generateSeed({ ticketCount: 300, seed: 11, now: NOW }));
  let clock = NOW;
  let notifications = 0;
  const simulator = new TrafficSimulator({ store, seed: 12, perMinute, now: () => clock, onChange: () => (notifications += 1) });
  return {
    store,
    simulator,
    notifications: () => notifications,
    /** Ticks every TICK_MS for `ms` of simulated time; returns how many ticks ran. */
    advance(ms: number): number {
      let ticks = 0;
      for (const end = clock + ms; clock < end; ticks++) {
        clock += TICK_MS;
        simulator.tick();
      }
      return ticks;
    },
  };
}

const ticketsAfter = (store: BackendStore, number: number): Ticket[] =>
  (store.db.prepare('SELECT json FROM tickets WHERE number > ? ORDER BY number').all(number) as Array<{ json: string }>).map((row) => JSON.parse(row.json) as Ticket);

describe('surge simulator (simulated clock)', () => {
  it('brings factor × the everyday rate of new tickets for the surge, then falls back', () => {
    const sim = simulation(100);
    const everydayTicks = sim.advance(MINUTE);
    const everyday = sim.store.maxTicketNumber();
    // Everyday traffic: 100 messages a minute, three in four of them new tickets.
    expect(everyday - 100300).toBeGreaterThanOrEqual(70);
    expect(everyday - 100300).toBeLessThanOrEqual(80);

    const started = sim.simulator.startSurge({ factor: 10, minutes: 2 });
    expect(started).toMatchObject({ active: true, factor: 10, incident: 'market_crash', ticketsPerMinute: 1000, until: started.startedAt! + 2 * MINUTE });
    const ticks = sim.advance(2 * MINUTE);
    const state = sim.simulator.surgeState();
    expect(state.active).toBe(false);
    // 1,000 a minute for two minutes, within 2 %.
    expect(state.created.tickets).toBeGreaterThanOrEqual(1960);
    expect(state.created.tickets).toBeLessThanOrEqual(2040);
    expect(sim.store.maxTicketNumber() - everyday).toBe(state.created.tickets);
    // Batched: never more than one change notification per tick.
    expect(sim.notifications()).toBeLessThanOrEqual(everydayTicks + ticks);

    const afterSurge = sim.store.maxTicketNumber();
    sim.advance(MINUTE);
    expect(sim.store.maxTicketNumber() - afterSurge).toBeLessThanOrEqual(80);
    expect(sim.simulator.surgeState().created.tickets).toBe(state.created.tickets);
  });

  it('spreads arrivals over the tick instead of stamping a batch with one time', () => {
    const sim = simulation(0);
    const before = sim.store.maxTicketNumber();
    sim.simulator.startSurge({ factor: 100, minutes: 1 });
    sim.advance(TICK_MS * 4);
    const created = ticketsAfter(sim.store, before).map((t) => t.createdAt);
    expect(new Set(created).size).toBe(created.length);
    expect([...created].sort((a, b) => a - b)).toEqual(created);
  });

  it('follows the incident topic mix and tags the tickets the incident caused', () => {
    for (const incident of ['market_crash', 'phishing_campaign'] as const) {
      const sim = simulation(100);
      const before = sim.store.maxTicketNumber();
      sim.simulator.startSurge({ factor: 10, minutes: 3, incident });
      sim.advance(3 * MINUTE);
      const state = sim.simulator.surgeState();
      const profile = INCIDENT_PROFILES[incident];
      const totalWeight = Object.values(profile.topicWeights).reduce((sum, weight) => sum + weight, 0);
      const created = state.created.tickets;
      expect(created).toBeGreaterThan(2900);
      for (const topic of TOPICS) {
        const expected = (profile.topicWeights[topic] ?? 0) / totalWeight;
        const observed = (state.created.byTopic[topic] ?? 0) / created;
        // About four standard errors at 3,000 tickets: deterministic, and no false alarms if the seed changes.
        expect(Math.abs(observed - expected), `${incident} ${topic}`).toBeLessThan(0.035);
        if (expected === 0) expect(observed).toBe(0);
      }
      const tickets = ticketsAfter(sim.store, before);
      const tagged = tickets.filter((t) => t.tags.includes(profile.tag));
      expect(tagged.length).toBeGreaterThan(0);
      for (const ticket of tickets) expect(ticket.tags.includes(profile.tag)).toBe(profile.taggedTopics.includes(ticket.topic) || (incident === 'market_crash' && ticket.topic === 'market_incident'));
    }
  });

  it('has customers chase their tickets and colleagues take, answer and solve a share of the queue', () => {
    const sim = simulation(0);
    const before = sim.store.maxTicketNumber();
    sim.simulator.startSurge({ factor: 50, minutes: 4 });
    sim.advance(4 * MINUTE);
    const state = sim.simulator.surgeState();
    const { created, simulatedAgents } = state;
    // 600 new tickets a minute with 0.4 follow-ups each.
    expect(created.followUps / created.tickets).toBeGreaterThan(0.33);
    expect(created.followUps / created.tickets).toBeLessThan(0.41);
    expect(simulatedAgents.taken).toBeGreaterThan(created.tickets * 0.3);
    expect(simulatedAgents.answered).toBeGreaterThan(simulatedAgents.taken * 0.6);
    expect(simulatedAgents.solved).toBeGreaterThan(0);
    // The queue still grows: colleagues keep up with only part of a surge.
    expect(simulatedAgents.waiting).toBeGreaterThan(created.tickets * 0.2);

    const messages = sim.store.db.prepare("SELECT json FROM messages WHERE created_at > ?").all(NOW) as Array<{ json: string }>;
    const parsed = messages.map((row) => JSON.parse(row.json) as Message);
    const replies = parsed.filter((m) => m.authorType === 'agent' && m.kind === 'reply');
    expect(replies.length).toBe(simulatedAgents.answered);
    const tickets = new Map(ticketsAfter(sim.store, 0).map((t) => [t.id, t]));
    const agents = new Map(sim.store.agents().map((a) => [a.id, a]));
    for (const reply of replies) {
      const ticket = tickets.get(reply.ticketId)!;
      expect(ticket.firstResponseAt).not.toBeNull();
      // Never the desk's default sign-in, never an executive; security cases go to the security team.
      expect(reply.authorId).not.toBe('agent-frontline-1');
      expect(agents.get(reply.authorId)?.role).not.toBe('executive');
      if (ticket.security) expect(agents.get(reply.authorId)?.role).toBe('security');
    }
    const solved = [...tickets.values()].filter((t) => t.status === 'solved' && t.updatedAt > NOW);
    expect(solved.length).toBe(simulatedAgents.solved);
    // Follow-ups are customers writing again on tickets that already existed.
    const followUps = parsed.filter((m) => m.authorType === 'customer' && !m.id.endsWith('-1'));
    expect(followUps.length).toBe(created.followUps);
    for (const message of followUps) expect(message.createdAt).toBeGreaterThan(tickets.get(message.ticketId)!.createdAt);
    expect(sim.store.maxTicketNumber() - before).toBe(created.tickets);
  });

  it('leaves the surge state as it was once ended early', () => {
    const sim = simulation(0);
    sim.simulator.startSurge({ factor: 10, minutes: 30, incident: 'network_congestion' });
    sim.advance(MINUTE);
    const ended = sim.simulator.endSurge();
    expect(ended).toMatchObject({ active: false, incident: 'network_congestion', factor: 10 });
    const before = sim.store.maxTicketNumber();
    sim.advance(MINUTE);
    expect(sim.store.maxTicketNumber()).toBe(before);
  });

  it('refuses a surge beyond what it can sustain', () => {
    const sim = simulation(1000);
    expect(() => sim.simulator.startSurge({ factor: 1000, minutes: 1 })).toThrow(RangeError);
  });
});

describe('surge admin routes on a running backend', () => {
  let backend: EmbeddedBackend;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(backend.url + path, { ...init, headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' } });

  beforeAll(async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 2000, seed: 3, devRoutes: true });
  });
  afterAll(() => backend.close());

  it('reports no surge, validates the request, starts, reports and ends one', async () => {
    expect(await (await call('/api/v1/admin/surge')).json()).toMatchObject({ active: false, factor: null, created: { tickets: 0, followUps: 0 } });
    expect((await call('/api/v1/admin/surge', { method: 'POST', body: JSON.stringify({ factor: 0.5, minutes: 5 }) })).status).toBe(422);
    expect((await call('/api/v1/admin/surge', { method: 'POST', body: JSON.stringify({ factor: 10, minutes: 5, incident: 'alien_invasion' }) })).status).toBe(422);
    expect((await fetch(`${backend.url}/api/v1/admin/surge`)).status).toBe(401);

    const started = (await (await call('/api/v1/admin/surge', { method: 'POST', body: JSON.stringify({ factor: 10, minutes: 5, incident: 'platform_outage' }) })).json()) as { active: boolean; startedAt: number; until: number; incident: string };
    expect(started).toMatchObject({ active: true, incident: 'platform_outage' });
    expect(started.until - started.startedAt).toBe(5 * MINUTE);
    const ended = (await (await call('/api/v1/admin/surge', { method: 'DELETE' })).json()) as { active: boolean };
    expect(ended.active).toBe(false);
  });

  it('keeps answering within a generous bound while 1,000+ tickets a minute arrive', async () => {
    const before = backend.store.maxTicketNumber();
    // 100 × the quiet baseline of 12 = 1,200 new tickets a minute, plus follow-ups and colleagues.
    const start = await call('/api/v1/admin/surge', { method: 'POST', body: JSON.stringify({ factor: 100, minutes: 5 }) });
    expect(start.status).toBe(200);
    const startedAt = Date.now();
    const latencies: number[] = [];
    let cursor = 0;
    while (Date.now() - startedAt < 3_000) {
      const t0 = performance.now();
      const page = (await (await call(`/api/v1/changes?since=${cursor}&limit=500`)).json()) as { cursor: number };
      latencies.push(performance.now() - t0);
      cursor = page.cursor;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const elapsedMinutes = (Date.now() - startedAt) / MINUTE;
    const created = backend.store.maxTicketNumber() - before;
    const perMinute = created / elapsedMinutes;
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    const worst = latencies[latencies.length - 1]!;
    console.log(`surge: ${Math.round(perMinute)} new tickets/min over ${(elapsedMinutes * 60).toFixed(1)} s; API latency median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${latencies.length} requests`);
    expect(perMinute).toBeGreaterThan(1000);
    // Generous on purpose: a loaded CI machine must not fail this; a stalled API would.
    expect(worst).toBeLessThan(1_000);
    await call('/api/v1/admin/surge', { method: 'DELETE' });
  });
});

describe('backend command line: --surge', () => {
  it('reads <factor>x<minutes> and an optional incident', () => {
    expect(parseBackendOptions(['--memory', '--surge', '10x30']).surge).toEqual({ factor: 10, minutes: 30 });
    expect(parseBackendOptions(['--memory', '--surge', '2.5x0.5', '--surge-incident', 'phishing_campaign']).surge).toEqual({ factor: 2.5, minutes: 0.5, incident: 'phishing_campaign' });
    expect(parseBackendOptions(['--memory']).surge).toBeUndefined();
  });

  it('refuses malformed surges with a usage error', () => {
    for (const argv of [['--surge', '10'], ['--surge', 'x30'], ['--surge', '10x0'], ['--surge', '0.5x10'], ['--surge-incident', 'market_crash'], ['--surge', '10x30', '--surge-incident', 'meteor']]) {
      expect(() => parseBackendOptions(['--memory', ...argv]), argv.join(' ')).toThrow(UsageError);
    }
  });
});
