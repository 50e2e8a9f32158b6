// The embedded backend's starting workload: a support team, customers writing in eight
// languages, three days of tickets with a market crash in the middle, and starter macros.
// Pure and deterministic: the same options always give deep-equal data.

import type { Agent, Customer, Macro, Message, Ticket, TicketStatus } from '../wire-types';
import { AgentRouter, createAgents } from './agents';
import {
  agentReplyBody,
  answerBody,
  chooseScenario,
  createFacts,
  nextAgentReplyKind,
  noteBody,
  nudgeBody,
  openingBody,
  subjectLine,
  thanksBody,
} from './conversation';
import { createCustomer, customerIdFor, FIRST_CUSTOMER_NUMBER, IdentityRegistry, seedLanguageOf } from './customers';
import { loadStarterLibrary } from '../../services/domain/starter-library';
import { deriveSeed, Random } from './random';
import { seedEscalation } from './security-lane';
import { FIRST_TICKET_NUMBER, messageIdFor, ticketIdFor } from './ticket-ids';
import { CRASH_ENDS_AGO, CRASH_STARTS_AGO, planTimeline, type PlannedTicket } from './ticket-timeline';
import { chooseTags } from './ticket-traits';

export interface SeedOptions {
  ticketCount: number;
  seed: number;
  /** Epoch ms; every generated timestamp is at or before it. */
  now: number;
}

export interface SeedData {
  agents: Agent[];
  customers: Customer[];
  tickets: Ticket[];
  messages: Message[];
  macros: Macro[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TICKETS_PER_CUSTOMER = 2.5;

// Independent random streams, so that one phase's consumption does not reshuffle the next.
const STREAM_CUSTOMERS = 1;
const STREAM_OWNERS = 2;
const STREAM_TIMELINE = 3;
const STREAM_TICKETS = 4;

/**
 * Share of tickets with an assignee, by status: untouched tickets sit in the shared queue, and so
 * do most answered ones (whoever is free answers next); about a quarter of the queue is someone's.
 */
const ASSIGNED_SHARE: Readonly<Record<TicketStatus, number>> = { new: 0, open: 0.3, pending: 0.5, solved: 0.75, closed: 0.8 };
/** Security cases are picked up quickly by the dedicated team. */
const SECURITY_ASSIGNED_SHARE: Readonly<Record<TicketStatus, number>> = { new: 0.3, open: 0.7, pending: 0.8, solved: 0.9, closed: 0.9 };

type Step = 'opening' | 'nudge' | 'answer' | 'thanks' | 'reply' | 'note';
const MAX_MESSAGES = 6;

function validate(options: SeedOptions): void {
  if (!Number.isInteger(options.ticketCount) || options.ticketCount < 0) {
    throw new RangeError(`ticketCount must be a non-negative integer, got ${options.ticketCount}`);
  }
  if (!Number.isFinite(options.now)) throw new RangeError(`now must be a finite epoch in ms, got ${options.now}`);
  if (!Number.isFinite(options.seed)) throw new RangeError(`seed must be a finite number, got ${options.seed}`);
}

/** Every customer writes at least once; a few write many times. */
function assignOwners(rng: Random, ticketCount: number, customerCount: number): Int32Array {
  const owners = new Int32Array(ticketCount);
  for (let i = 0; i < ticketCount; i++) {
    owners[i] = i < customerCount ? i : Math.floor(customerCount * Math.pow(rng.next(), 2));
  }
  for (let i = ticketCount - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const held = owners[i] as number;
    owners[i] = owners[j] as number;
    owners[j] = held;
  }
  return owners;
}

function customerTurn(rng: Random): Step {
  return rng.chance(0.25) ? 'nudge' : 'answer';
}

/**
 * The shape of a conversation, consistent with its status and whether an agent answered yet:
 * pending waits on the customer, an answered open ticket on us, etc.
 */
function planConversation(rng: Random, status: TicketStatus, answered: boolean, assigned: boolean, security: boolean): Step[] {
  let steps: Step[];
  switch (status) {
    case 'new':
      return rng.chance(0.2) ? ['opening', 'nudge'] : ['opening'];
    case 'open':
      if (!answered) return assigned && rng.chance(0.5) ? ['opening', 'note'] : ['opening'];
      steps = ['opening', 'reply', customerTurn(rng)];
      if (rng.chance(0.3)) steps.push('reply', customerTurn(rng));
      break;
    case 'pending': {
      steps = ['opening', 'reply'];
      const extraRounds = rng.weightedPick([0, 1, 2], [60, 30, 10]);
      for (let round = 0; round < extraRounds; round++) steps.push(customerTurn(rng), 'reply');
      break;
    }
    case 'solved':
    case 'closed':
      steps = ['opening', 'reply'];
      if (rng.chance(0.35)) steps.push(customerTurn(rng), 'reply');
      if (rng.chance(0.3)) steps.push('thanks');
      break;
  }
  if (steps.length < MAX_MESSAGES && rng.chance(security ? 0.5 : 0.15)) {
    steps.splice(rng.int(1, steps.length), 0, 'note');
  }
  return steps;
}

function gapBefore(rng: Random, step: Step, firstReply: boolean, security: boolean): number {
  switch (step) {
    case 'reply':
      if (firstReply) return security ? rng.logUniform(1 * MINUTE, 45 * MINUTE) : rng.logUniform(2 * MINUTE, 6 * HOUR);
      return rng.logUniform(5 * MINUTE, 8 * HOUR);
    case 'answer':
      return rng.logUniform(5 * MINUTE, 12 * HOUR);
    case 'nudge':
      return rng.logUniform(30 * MINUTE, 10 * HOUR);
    case 'thanks':
      return rng.logUniform(2 * MINUTE, 3 * HOUR);
    case 'note':
      return rng.logUniform(1 * MINUTE, 40 * MINUTE);
    case 'opening':
      return 0;
  }
}

/**
 * When each step of a conversation happened. The plan pins the opening, the first reply and, on an
 * answered open ticket, the customer's last message (the SLA clocks run from these); the steps
 * between take real waiting times, squeezed proportionally when their stretch is too short.
 */
function stepTimes(rng: Random, steps: readonly Step[], plan: PlannedTicket, security: boolean, now: number): number[] {
  const gaps: number[] = [];
  let repliesPlanned = 0;
  for (const step of steps) {
    gaps.push(gapBefore(rng, step, step === 'reply' && repliesPlanned === 0, security));
    if (step === 'reply') repliesPlanned++;
  }
  const pinned = new Map<number, number>([[0, plan.createdAt]]);
  if (plan.firstReplyAt !== null) pinned.set(steps.indexOf('reply'), plan.firstReplyAt);
  if (plan.lastCustomerAt !== null) pinned.set(steps.findLastIndex((step) => step === 'answer' || step === 'nudge'), plan.lastCustomerAt);

  const times = new Array<number>(steps.length);
  for (let from = 0; from < steps.length; ) {
    let to = from + 1;
    while (to < steps.length && !pinned.has(to)) to++;
    const start = pinned.get(from) as number;
    const end = to < steps.length ? (pinned.get(to) as number) : now;
    let total = 0;
    for (let n = from + 1; n < to; n++) total += gaps[n] as number;
    const squeeze = total > (end - start) * 0.9 ? ((end - start) * 0.9) / total : 1;
    times[from] = start;
    // At least a second apart, so messages stay strictly ordered after squeezing.
    for (let n = from + 1, at = start; n < to; n++) times[n] = at += Math.max(1000, Math.floor((gaps[n] as number) * squeeze));
    from = to;
  }
  return times;
}

interface TicketContext {
  readonly rng: Random;
  readonly router: AgentRouter;
  readonly now: number;
  /** Every message of the seed, in ticket order; each ticket appends its own. */
  readonly messages: Message[];
}

/** One ticket and its conversation, as the plan has it; its messages go to `ctx.messages`. */
function generateTicket(ctx: TicketContext, ticketId: string, plan: PlannedTicket, customer: Customer): Ticket {
  const { rng, now } = ctx;
  const { createdAt, status, topic, security, priority } = plan;
  const language = seedLanguageOf(customer.language);
  const duringCrash = createdAt >= now - CRASH_STARTS_AGO && createdAt <= now - CRASH_ENDS_AGO;
  const assigned = rng.chance((security ? SECURITY_ASSIGNED_SHARE : ASSIGNED_SHARE)[status]);
  // Replies on unassigned tickets come from an agent who answered and released the ticket.
  const responder = ctx.router.pick(rng, language, topic, security);
  const { facts, networkTag } = createFacts(rng, customer, topic, ticketId, now, responder.name);
  const scenario = chooseScenario(rng, language, topic);
  const subject = subjectLine(rng, scenario, facts);
  const steps = planConversation(rng, status, plan.firstReplyAt !== null, assigned, security);
  const times = stepTimes(rng, steps, plan, security, now);

  let firstResponseAt: number | null = null;
  let firstTouchAt: number | null = null;
  let lastCustomerMessageAt = createdAt;
  let repliesSent = 0;
  let resolutionSent = false;
  steps.forEach((step, n) => {
    const at = times[n] as number;
    let body: string;
    let fromCustomer = true;
    switch (step) {
      case 'opening':
        body = openingBody(rng, language, scenario, facts);
        break;
      case 'nudge':
        body = nudgeBody(rng, language, facts);
        break;
      case 'answer':
        body = answerBody(rng, language, topic, scenario, facts);
        break;
      case 'thanks':
        body = thanksBody(rng, language, facts);
        break;
      case 'reply': {
        const kind = nextAgentReplyKind(rng, scenario, repliesSent, resolutionSent);
        body = agentReplyBody(rng, language, topic, scenario, facts, kind);
        resolutionSent ||= kind === 'resolution';
        repliesSent++;
        firstResponseAt ??= at;
        fromCustomer = false;
        break;
      }
      case 'note':
        body = noteBody(rng, topic, facts);
        fromCustomer = false;
        break;
    }
    if (fromCustomer) lastCustomerMessageAt = at;
    else firstTouchAt ??= at;
    const authorId = fromCustomer ? customer.id : responder.id;
    ctx.messages.push({ id: messageIdFor(ticketId, n + 1), ticketId, authorType: fromCustomer ? 'customer' : 'agent', authorId, kind: step === 'note' ? 'note' : 'reply', body, createdAt: at, clientKey: null });
  });

  // Solving or closing is a change of its own, a little after the last message.
  const lastAt = times[times.length - 1] as number;
  const updatedAt = status === 'solved' || status === 'closed' ? Math.min(now, lastAt + Math.floor(rng.logUniform(MINUTE, 30 * MINUTE))) : lastAt;

  const ticket: Ticket = {
    id: ticketId,
    subject,
    status,
    priority,
    topic,
    language,
    customerId: customer.id,
    assigneeId: assigned ? responder.id : null,
    tags: chooseTags(rng, {
      topic,
      security,
      networkTag: scenario.mentionsTransfer ? networkTag : '',
      duringCrash,
      kycLevel: customer.kycLevel,
      handled: status !== 'new',
    }),
    security,
    createdAt,
    updatedAt,
    firstResponseAt,
    lastCustomerMessageAt,
    snoozedUntil: null,
    escalatedAt: null,
    acknowledgedAt: null,
    version: 1 + steps.length,
  };
  const escalated = seedEscalation(rng, ticket, firstTouchAt ?? now, now, responder.id);
  return { ...escalated, updatedAt: Math.max(updatedAt, escalated.acknowledgedAt ?? escalated.escalatedAt ?? 0) };
}

export function generateSeed(options: SeedOptions): SeedData {
  validate(options);
  const { ticketCount, seed, now } = options;

  const agents = createAgents();
  const customerRng = new Random(deriveSeed(seed, STREAM_CUSTOMERS));
  const identities = new IdentityRegistry();
  const customerCount = ticketCount === 0 ? 0 : Math.max(1, Math.round(ticketCount / TICKETS_PER_CUSTOMER));
  const customers: Customer[] = new Array<Customer>(customerCount);
  for (let i = 0; i < customerCount; i++) {
    customers[i] = createCustomer(customerRng, customerIdFor(FIRST_CUSTOMER_NUMBER + i), identities);
  }

  const owners = assignOwners(new Random(deriveSeed(seed, STREAM_OWNERS)), ticketCount, customerCount);
  const timeline = planTimeline(new Random(deriveSeed(seed, STREAM_TIMELINE)), ticketCount, now);
  const ctx: TicketContext = { rng: new Random(deriveSeed(seed, STREAM_TICKETS)), router: new AgentRouter(agents), now, messages: [] };
  const tickets: Ticket[] = new Array<Ticket>(ticketCount);
  for (let i = 0; i < ticketCount; i++) {
    tickets[i] = generateTicket(ctx, ticketIdFor(FIRST_TICKET_NUMBER + i), timeline[i] as PlannedTicket, customers[owners[i] as number] as Customer);
  }
  return { agents, customers, tickets, messages: ctx.messages, macros: loadStarterLibrary() };
}
