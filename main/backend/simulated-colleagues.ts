// The rest of the support team during a simulated surge: colleagues who take tickets from the
// shared queue, answer them and later solve them, so the queue a desk watches moves like a
// real one instead of only growing. They write straight to the store, inside the caller's
// transaction, and never touch a ticket someone else has taken.

import type { Agent, Priority, Ticket } from './wire-types';
import type { BackendStore } from './backend-store';
import { AgentRouter } from './seed/agents';
import { agentReplyBody, chooseScenario, ticketOnlyFacts } from './seed/conversation';
import { seedLanguageOf } from './seed/customers';
import type { Random } from './seed/random';
import { messageIdFor } from './seed/ticket-ids';

export type ColleagueAction = 'taken' | 'answered' | 'solved';

export interface ColleagueCounts {
  taken: number;
  answered: number;
  solved: number;
}

/** Most takes come with a first answer at once; the rest are claimed and answered a little later. */
const ANSWER_ON_TAKE = 0.75;
/** Shares of the team's work spent finishing earlier tickets rather than taking new ones. */
const SOLVE_SHARE = 0.25;
const ANSWER_LATER_SHARE = 0.15;
/** An answered ticket is solved no sooner than this (the customer reads the answer first). */
const MIN_SOLVE_DELAY_MS = 90_000;
/** Only recent tickets matter to a surge; older backlog is left to the humans. */
const BACKLOG_SCAN = 2000;
/** Bounds memory in day-long surges; the oldest entries are the stalest anyway. */
const MAX_TRACKED = 50_000;
/** Urgent work first, as a team lead would insist during an incident. */
const PRIORITY_ORDER: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];

interface Tracked {
  readonly ticketId: string;
  readonly version: number;
  readonly at: number;
}

/** First in, first out, with the consumed head trimmed now and then instead of shifting. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  push(item: T): void {
    this.items.push(item);
    if (this.size() > MAX_TRACKED) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  peek(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  shift(): T | undefined {
    const item = this.peek();
    if (item !== undefined) this.head += 1;
    return item;
  }

  size(): number {
    return this.items.length - this.head;
  }
}

export class SimulatedColleagues {
  readonly counts: ColleagueCounts = { taken: 0, answered: 0, solved: 0 };
  private readonly router: AgentRouter;
  private readonly agentIds: ReadonlySet<string>;
  private readonly waiting = new Map<Priority, Fifo<string>>(PRIORITY_ORDER.map((priority) => [priority, new Fifo<string>()]));
  private readonly assigned = new Fifo<Tracked>();
  private readonly answered = new Fifo<Tracked>();

  constructor(
    private readonly store: BackendStore,
    private readonly rng: Random,
    agents: readonly Agent[],
  ) {
    // The first frontline agent is the desk's default sign-in: a real person, never simulated.
    // Executives only jump in by hand.
    const firstFrontline = agents.find((agent) => agent.role === 'frontline');
    const team = agents.filter((agent) => agent.role !== 'executive' && agent !== firstFrontline);
    this.router = new AgentRouter(team.length > 0 ? team : agents);
    this.agentIds = new Set(team.map((agent) => agent.id));
  }

  /** A ticket that has just arrived in the shared queue. */
  noteWaiting(ticket: Ticket): void {
    this.waiting.get(ticket.priority)?.push(ticket.id);
  }

  /** Picks up the unassigned new tickets among the most recent ones, oldest first. */
  loadBacklog(): void {
    const rows = this.store.db.prepare('SELECT json FROM tickets ORDER BY number DESC LIMIT ?').all(BACKLOG_SCAN) as Array<{ json: string }>;
    for (let i = rows.length - 1; i >= 0; i--) {
      const ticket = JSON.parse((rows[i] as { json: string }).json) as Ticket;
      if (isUnclaimed(ticket)) this.noteWaiting(ticket);
    }
  }

  waitingCount(): number {
    let total = 0;
    for (const queue of this.waiting.values()) total += queue.size();
    return total;
  }

  /** One unit of a colleague's work at `at`; null when there is nothing to do. */
  act(at: number): ColleagueAction | null {
    const roll = this.rng.next();
    if (roll < SOLVE_SHARE && this.solveOne(at)) return 'solved';
    if (roll < SOLVE_SHARE + ANSWER_LATER_SHARE && this.answerAssigned(at)) return 'answered';
    const taken = this.takeOne(at);
    if (taken !== null) return taken;
    if (this.answerAssigned(at)) return 'answered';
    return this.solveOne(at) ? 'solved' : null;
  }

  private nextWaiting(): Ticket | null {
    for (const priority of PRIORITY_ORDER) {
      const queue = this.waiting.get(priority) as Fifo<string>;
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        // The desk may have taken or answered it since it arrived.
        const ticket = this.store.ticket(id);
        if (ticket && isUnclaimed(ticket)) return ticket;
      }
    }
    return null;
  }

  private takeOne(at: number): ColleagueAction | null {
    const ticket = this.nextWaiting();
    if (!ticket) return null;
    const agent = this.router.pick(this.rng, seedLanguageOf(ticket.language), ticket.topic, ticket.security);
    this.counts.taken += 1;
    if (this.rng.chance(ANSWER_ON_TAKE)) {
      this.reply({ ...ticket, assigneeId: agent.id }, agent, at);
      return 'taken';
    }
    const claimed: Ticket = { ...ticket, assigneeId: agent.id, version: ticket.version + 1, updatedAt: Math.max(at, ticket.updatedAt) };
    this.store.writeTicket(claimed, null);
    this.assigned.push({ ticketId: claimed.id, version: claimed.version, at });
    return 'taken';
  }

  private answerAssigned(at: number): boolean {
    for (let entry = this.assigned.shift(); entry !== undefined; entry = this.assigned.shift()) {
      const ticket = this.store.ticket(entry.ticketId);
      const agent = ticket?.assigneeId ? this.store.agent(ticket.assigneeId) : null;
      // Reassigned, solved or closed by someone else meanwhile: no longer ours to answer.
      if (!ticket || !agent || !this.agentIds.has(agent.id) || ticket.status === 'solved' || ticket.status === 'closed') continue;
      this.reply(ticket, agent, at);
      return true;
    }
    return false;
  }

  private solveOne(at: number): boolean {
    const head = this.answered.peek();
    if (!head || head.at + MIN_SOLVE_DELAY_MS > at) return false;
    this.answered.shift();
    const ticket = this.store.ticket(head.ticketId);
    if (!ticket) return false;
    if (ticket.version !== head.version) {
      // The customer wrote back (or a desk moved the ticket): it needs another answer, not a close.
      if (ticket.status === 'open' && ticket.assigneeId !== null && this.agentIds.has(ticket.assigneeId)) {
        this.assigned.push({ ticketId: ticket.id, version: ticket.version, at });
      }
      return false;
    }
    this.store.writeTicket({ ...ticket, status: 'solved', version: ticket.version + 1, updatedAt: Math.max(at, ticket.updatedAt) }, null);
    this.counts.solved += 1;
    return true;
  }

  /** The topic's standard first answer in the customer's language; the ticket then waits on them. */
  private reply(ticket: Ticket, agent: Agent, at: number): void {
    const language = seedLanguageOf(ticket.language);
    const customer = this.store.customer(ticket.customerId);
    const facts = { ...ticketOnlyFacts(ticket.id), firstName: customer?.firstName ?? '', agentName: agent.name };
    const scenario = chooseScenario(this.rng, language, ticket.topic);
    const sentAt = Math.max(at, ticket.updatedAt);
    const message = {
      id: messageIdFor(ticket.id, this.store.nextMessageNumber(ticket.id)),
      ticketId: ticket.id,
      authorType: 'agent' as const,
      authorId: agent.id,
      kind: 'reply' as const,
      body: agentReplyBody(this.rng, language, ticket.topic, scenario, facts, 'standard'),
      createdAt: sentAt,
      clientKey: null,
    };
    const next: Ticket = {
      ...ticket,
      status: 'pending',
      firstResponseAt: ticket.firstResponseAt ?? sentAt,
      version: ticket.version + 1,
      updatedAt: sentAt,
    };
    this.store.insertMessage(message);
    this.store.writeTicket(next, message.id);
    this.answered.push({ ticketId: next.id, version: next.version, at: sentAt });
    this.counts.answered += 1;
  }
}

function isUnclaimed(ticket: Ticket): boolean {
  return ticket.status === 'new' && ticket.assigneeId === null;
}
