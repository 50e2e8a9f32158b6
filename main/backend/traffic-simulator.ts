// Simulated incoming traffic for the running embedded backend, and the surge knob on top of it.
// Everyday traffic is new tickets and nudges at --traffic a minute. A surge multiplies the
// arrival of new tickets for a while, switches their topics to an incident's mix, has waiting
// customers write again, and lets simulated colleagues work the queue.
//
// Work is paced by the clock, not by timer counts: each tick creates what came due since the
// previous one, in one transaction, followed by one change notification. That keeps thousands
// of tickets a minute cheap (a few small transactions a second) and lets tests drive the
// simulator tick by tick with their own clock.

import type { Agent, Customer, Ticket, Topic } from './wire-types';
import type { BackendStore } from './backend-store';
import { SimulatedColleagues, type ColleagueCounts } from './simulated-colleagues';
import { DEFAULT_INCIDENT, INCIDENT_PROFILES, type IncidentKind, type IncidentProfile } from './seed/incident-topic-mixes';
import { createTrafficGenerator, type TrafficGenerator } from './seed/live-traffic';
import { deriveSeed, Random, WeightedTable } from './seed/random';
import type { SurgeRequest } from './surge-request';

export const TICK_MS = 250;
/** Everyday traffic: one message in four is a customer nudging an open ticket (as before surges existed). */
const EVERYDAY_FOLLOW_UP_SHARE = 0.25;
/** New tickets a minute that a surge multiplies when the backend otherwise runs quiet. */
export const QUIET_BASELINE_PER_MINUTE = 12;
/** Beyond this the per-tick transactions would start to crowd out the HTTP API. */
export const MAX_SURGE_TICKETS_PER_MINUTE = 30_000;
/** Simulated colleagues keep up with this share of the incoming tickets: the queue still grows, as in a real surge. */
const TEAM_CAPACITY_SHARE = 0.6;
/** After a stall (a laptop asleep, a debugger), traffic resumes rather than arriving as one flood. */
const MAX_CATCH_UP_MS = 5_000;
const MAX_EVENTS_PER_TICK = 5_000;
/** Tickets recent enough for their customers to chase them. */
const RECENT_TICKETS = 5_000;
const FOLLOW_UP_ATTEMPTS = 4;
const STREAM_SIMULATION = 202;
const MINUTE = 60_000;

export interface SurgeState {
  active: boolean;
  incident: IncidentKind | null;
  factor: number | null;
  /** New tickets a minute while the surge lasts. */
  ticketsPerMinute: number;
  followUpsPerMinute: number;
  startedAt: number | null;
  until: number | null;
  /** What this surge has added so far. */
  created: { tickets: number; followUps: number; byTopic: Partial<Record<Topic, number>> };
  simulatedAgents: ColleagueCounts & { waiting: number };
}

export interface TrafficSimulatorOptions {
  store: BackendStore;
  seed: number;
  /** Everyday incoming customer messages a minute (0 = quiet). */
  perMinute: number;
  /** Called once after every tick that wrote something. */
  onChange: () => void;
  now?: () => number;
}

interface ActiveSurge {
  readonly incident: IncidentKind;
  readonly profile: IncidentProfile;
  readonly topicMix: WeightedTable<Topic>;
  readonly factor: number;
  readonly ticketsPerMinute: number;
  readonly startedAt: number;
  readonly until: number;
  readonly colleaguesAtStart: ColleagueCounts;
  active: boolean;
  tickets: number;
  followUps: number;
  byTopic: Partial<Record<Topic, number>>;
}

interface Due {
  tickets: number;
  followUps: number;
  colleagueActions: number;
}

export class TrafficSimulator {
  private readonly store: BackendStore;
  private readonly now: () => number;
  private readonly onChange: () => void;
  private readonly perMinute: number;
  private readonly generator: TrafficGenerator;
  private readonly rng: Random;
  private readonly due: Due = { tickets: 0, followUps: 0, colleagueActions: 0 };
  private readonly recent: string[] = [];
  private recentNext = 0;
  private customers: Customer[] | null = null;
  private agents: Agent[] | null = null;
  private colleagues: SimulatedColleagues | null = null;
  private surge: ActiveSurge | null = null;
  private lastTickAt: number;
  private running = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(options: TrafficSimulatorOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.onChange = options.onChange;
    this.perMinute = Math.max(0, options.perMinute);
    this.generator = createTrafficGenerator(options.seed);
    this.rng = new Random(deriveSeed(options.seed, STREAM_SIMULATION));
    this.lastTickAt = this.now();
  }

  /** Ticks on a timer from now on, whenever there is traffic to make. */
  start(): void {
    this.running = true;
    this.lastTickAt = this.now();
    this.ensureTimer();
  }

  stop(): void {
    this.running = false;
    this.clearTimer();
  }

  startSurge(request: SurgeRequest): SurgeState {
    const baseline = this.perMinute > 0 ? this.perMinute : QUIET_BASELINE_PER_MINUTE;
    const ticketsPerMinute = request.factor * baseline;
    if (ticketsPerMinute > MAX_SURGE_TICKETS_PER_MINUTE) {
      throw new RangeError(`a surge of ${ticketsPerMinute} new tickets a minute is above the simulator's limit of ${MAX_SURGE_TICKETS_PER_MINUTE}`);
    }
    // Whatever came due before the surge arrives at the old rate.
    this.tick();
    const incident = request.incident ?? DEFAULT_INCIDENT;
    const profile = INCIDENT_PROFILES[incident];
    const startedAt = this.now();
    this.surge = {
      incident,
      profile,
      topicMix: new WeightedTable<Topic>(Object.entries(profile.topicWeights) as Array<[Topic, number]>),
      factor: request.factor,
      ticketsPerMinute,
      startedAt,
      until: startedAt + request.minutes * MINUTE,
      colleaguesAtStart: { ...this.team().counts },
      active: true,
      tickets: 0,
      followUps: 0,
      byTopic: {},
    };
    this.ensureTimer();
    return this.surgeState();
  }

  endSurge(): SurgeState {
    this.tick();
    if (this.surge) this.surge.active = false;
    return this.surgeState();
  }

  surgeState(): SurgeState {
    const surge = this.surge;
    const colleagues = this.colleagues;
    const counts = colleagues?.counts ?? { taken: 0, answered: 0, solved: 0 };
    const atStart = surge?.colleaguesAtStart ?? counts;
    return {
      active: surge?.active ?? false,
      incident: surge?.incident ?? null,
      factor: surge?.factor ?? null,
      ticketsPerMinute: surge?.ticketsPerMinute ?? 0,
      followUpsPerMinute: surge ? surge.ticketsPerMinute * surge.profile.followUpsPerTicket : 0,
      startedAt: surge?.startedAt ?? null,
      until: surge?.until ?? null,
      created: { tickets: surge?.tickets ?? 0, followUps: surge?.followUps ?? 0, byTopic: { ...(surge?.byTopic ?? {}) } },
      simulatedAgents: {
        taken: counts.taken - atStart.taken,
        answered: counts.answered - atStart.answered,
        solved: counts.solved - atStart.solved,
        waiting: colleagues?.waitingCount() ?? 0,
      },
    };
  }

  /** Creates everything that came due since the previous tick: one transaction, one notification. */
  tick(): void {
    const at = this.now();
    const from = Math.max(this.lastTickAt, at - MAX_CATCH_UP_MS);
    if (at <= this.lastTickAt) return;
    this.lastTickAt = at;
    const surge = this.surge?.active ? this.surge : null;
    const surgeMs = surge ? Math.max(0, Math.min(at, surge.until) - Math.max(from, surge.startedAt)) : 0;
    const everydayMs = at - from - surgeMs;
    this.accrue(surge, surgeMs, everydayMs);
    if (surge && at >= surge.until) surge.active = false;

    const tickets = this.take('tickets');
    const followUps = this.take('followUps');
    const colleagueActions = this.take('colleagueActions');
    if (tickets + followUps + colleagueActions > 0) {
      this.store.db.transaction(() => {
        for (let i = 0; i < followUps; i++) this.followUp(at, surge);
        for (let i = 0; i < colleagueActions; i++) if (this.team().act(at) === null) break;
        this.newTickets(tickets, from, at, surge);
      })();
      this.onChange();
    }
    if (!this.hasWork()) this.clearTimer();
  }

  private accrue(surge: ActiveSurge | null, surgeMs: number, everydayMs: number): void {
    const everydayPerMs = this.perMinute / MINUTE;
    this.due.tickets += everydayMs * everydayPerMs * (1 - EVERYDAY_FOLLOW_UP_SHARE);
    this.due.followUps += everydayMs * everydayPerMs * EVERYDAY_FOLLOW_UP_SHARE;
    if (surge) {
      const ticketsPerMs = surge.ticketsPerMinute / MINUTE;
      this.due.tickets += surgeMs * ticketsPerMs;
      this.due.followUps += surgeMs * ticketsPerMs * surge.profile.followUpsPerTicket;
      this.due.colleagueActions += surgeMs * ticketsPerMs * TEAM_CAPACITY_SHARE;
    }
  }

  private take(kind: keyof Due): number {
    const count = Math.min(Math.floor(this.due[kind]), MAX_EVENTS_PER_TICK);
    this.due[kind] -= count;
    // What a capped tick could not create is dropped, not hoarded into a later flood.
    if (this.due[kind] >= 1) this.due[kind] = 0;
    return count;
  }

  /** New tickets spread evenly over (start, end], so their times look like arrivals, not a batch. */
  private newTickets(count: number, start: number, end: number, surge: ActiveSurge | null): void {
    if (count === 0) return;
    const customers = this.knownCustomers();
    this.agents ??= this.store.agents();
    const agents = this.agents;
    let nextTicketNumber = this.store.maxTicketNumber() + 1;
    for (let i = 0; i < count; i++) {
      const createdAt = Math.round(start + ((end - start) * (i + 1)) / count);
      const created = this.generator.newTicket({ customers, agents, nextTicketNumber, now: createdAt, ...(surge ? { topicMix: surge.topicMix } : {}) });
      nextTicketNumber += 1;
      const { ticket } = created;
      if (surge && surge.profile.taggedTopics.includes(ticket.topic) && !ticket.tags.includes(surge.profile.tag)) ticket.tags.push(surge.profile.tag);
      if (created.customer) customers.push(created.customer);
      this.store.addCustomerTraffic(created);
      this.remember(ticket.id);
      if (surge) {
        surge.tickets += 1;
        surge.byTopic[ticket.topic] = (surge.byTopic[ticket.topic] ?? 0) + 1;
        this.team().noteWaiting(ticket);
      }
    }
  }

  /** A customer chasing one of the recent tickets still waiting on the desk. */
  private followUp(at: number, surge: ActiveSurge | null): void {
    if (this.recent.length === 0) this.loadRecent();
    for (let attempt = 0; attempt < FOLLOW_UP_ATTEMPTS && this.recent.length > 0; attempt++) {
      const ticket = this.store.ticket(this.rng.pick(this.recent));
      if (!ticket || !isWaiting(ticket)) continue;
      const message = this.generator.customerFollowUp(ticket, { now: Math.max(at, ticket.updatedAt), messageNumber: this.store.nextMessageNumber(ticket.id) });
      this.store.addCustomerTraffic({ ticket, customer: null, message });
      if (surge) surge.followUps += 1;
      return;
    }
  }

  private remember(ticketId: string): void {
    if (this.recent.length < RECENT_TICKETS) this.recent.push(ticketId);
    else this.recent[this.recentNext] = ticketId;
    this.recentNext = (this.recentNext + 1) % RECENT_TICKETS;
  }

  private loadRecent(): void {
    const rows = this.store.db.prepare('SELECT id FROM tickets ORDER BY number DESC LIMIT ?').all(RECENT_TICKETS) as Array<{ id: string }>;
    for (let i = rows.length - 1; i >= 0; i--) this.remember((rows[i] as { id: string }).id);
  }

  private knownCustomers(): Customer[] {
    this.customers ??= this.store.customers();
    return this.customers;
  }

  private team(): SimulatedColleagues {
    if (!this.colleagues) {
      this.colleagues = new SimulatedColleagues(this.store, this.rng, this.store.agents());
      this.colleagues.loadBacklog();
    }
    return this.colleagues;
  }

  private hasWork(): boolean {
    return this.perMinute > 0 || this.surge?.active === true;
  }

  private ensureTimer(): void {
    if (!this.running || this.timer || !this.hasWork()) return;
    this.lastTickAt = Math.max(this.lastTickAt, this.now() - TICK_MS);
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function isWaiting(ticket: Ticket): boolean {
  return ticket.status === 'new' || ticket.status === 'open' || ticket.status === 'pending';
}
