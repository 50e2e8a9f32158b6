// The embedded backend's starting workload: a support team, customers writing in eight
// languages, three days of tickets with a market crash in the middle, and starter macros.
// Pure and deterministic: the same options always give deep-equal data.

import {
  TICKET_STATUSES,
  type Agent,
  type Customer,
  type Macro,
  type Message,
  type Ticket,
  type TicketStatus,
} from '../wire-types';
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
import { deriveSeed, Random, WeightedTable } from './random';
import { FIRST_TICKET_NUMBER, messageIdFor, ticketIdFor } from './ticket-ids';
import { choosePriority, chooseTags, isSecurityCase, SURGE_TOPIC_MIX, TOPIC_MIX } from './ticket-traits';

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
const SEED_WINDOW = 72 * HOUR;
/** Leaves room for a full conversation between a ticket's creation and `now`. */
const MIN_TICKET_AGE = 10 * MINUTE;
/** The surge: a three-hour market crash that started 21.5 hours before `now`. */
const CRASH_STARTS_AGO = 21.5 * HOUR;
const CRASH_ENDS_AGO = 18.5 * HOUR;
const CRASH_SHARE = 0.15;
const TICKETS_PER_CUSTOMER = 2.5;

// Independent random streams, so that one phase's consumption does not reshuffle the next.
const STREAM_CUSTOMERS = 1;
const STREAM_OWNERS = 2;
const STREAM_TIMELINE = 3;
const STREAM_TICKETS = 4;

const STATUS_MIX = new WeightedTable<number>([
  [TICKET_STATUSES.indexOf('new'), 25],
  [TICKET_STATUSES.indexOf('open'), 35],
  [TICKET_STATUSES.indexOf('pending'), 20],
  [TICKET_STATUSES.indexOf('solved'), 15],
  [TICKET_STATUSES.indexOf('closed'), 5],
]);

/** Share of tickets with an assignee, by status: untouched tickets sit in the shared queue. */
const ASSIGNED_SHARE: Readonly<Record<TicketStatus, number>> = { new: 0, open: 0.4, pending: 0.6, solved: 0.75, closed: 0.8 };
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

function ticketAge(rng: Random, status: TicketStatus): number {
  const crash = (): number => rng.float(CRASH_ENDS_AGO, CRASH_STARTS_AGO);
  const anytime = (): number => rng.float(MIN_TICKET_AGE, SEED_WINDOW);
  if (status === 'closed') return rng.float(24 * HOUR, SEED_WINDOW);
  if (status === 'new') {
    const roll = rng.next();
    if (roll < 0.5) return rng.float(MIN_TICKET_AGE, 6 * HOUR);
    return roll < 0.6 ? crash() : anytime();
  }
  return rng.chance(CRASH_SHARE) ? crash() : anytime();
}

interface Timeline {
  readonly createdAt: Float64Array;
  readonly status: Uint8Array;
}

/**
 * Creation time and status of every ticket, oldest first, so that ticket numbers grow with
 * creation time as in a real help desk. Each pair is packed into one float (time × 8 + status)
 * so a native typed-array sort orders 100k of them in milliseconds.
 */
function planTimeline(rng: Random, count: number, now: number): Timeline {
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const statusIndex = STATUS_MIX.pick(rng);
    const createdAt = Math.floor(now - ticketAge(rng, TICKET_STATUSES[statusIndex] as TicketStatus));
    packed[i] = createdAt * 8 + statusIndex;
  }
  packed.sort();
  const createdAt = new Float64Array(count);
  const status = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const key = packed[i] as number;
    const statusIndex = ((key % 8) + 8) % 8;
    status[i] = statusIndex;
    createdAt[i] = (key - statusIndex) / 8;
  }
  return { createdAt, status };
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

/** The shape of a conversation, consistent with its status: pending waits on the customer, etc. */
function planConversation(rng: Random, status: TicketStatus, assigned: boolean, security: boolean): Step[] {
  let steps: Step[];
  switch (status) {
    case 'new':
      return rng.chance(0.2) ? ['opening', 'nudge'] : ['opening'];
    case 'open':
      if (rng.chance(0.2)) return assigned && rng.chance(0.5) ? ['opening', 'note'] : ['opening'];
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

export function generateSeed(options: SeedOptions): SeedData {
  validate(options);
  const { ticketCount, seed, now } = options;

  const agents = createAgents();
  const router = new AgentRouter(agents);

  const customerRng = new Random(deriveSeed(seed, STREAM_CUSTOMERS));
  const identities = new IdentityRegistry();
  const customerCount = ticketCount === 0 ? 0 : Math.max(1, Math.round(ticketCount / TICKETS_PER_CUSTOMER));
  const customers: Customer[] = new Array<Customer>(customerCount);
  for (let i = 0; i < customerCount; i++) {
    customers[i] = createCustomer(customerRng, customerIdFor(FIRST_CUSTOMER_NUMBER + i), identities);
  }

  const owners = assignOwners(new Random(deriveSeed(seed, STREAM_OWNERS)), ticketCount, customerCount);
  const timeline = planTimeline(new Random(deriveSeed(seed, STREAM_TIMELINE)), ticketCount, now);
  const rng = new Random(deriveSeed(seed, STREAM_TICKETS));
  const crashStart = now - CRASH_STARTS_AGO;
  const crashEnd = now - CRASH_ENDS_AGO;

  const tickets: Ticket[] = new Array<Ticket>(ticketCount);
  const messages: Message[] = [];
  const gaps: number[] = [];

  for (let i = 0; i < ticketCount; i++) {
    const ticketId = ticketIdFor(FIRST_TICKET_NUMBER + i);
    const createdAt = timeline.createdAt[i] as number;
    const status = TICKET_STATUSES[timeline.status[i] as number] as TicketStatus;
    const customer = customers[owners[i] as number] as Customer;
    const language = seedLanguageOf(customer.language);
    const duringCrash = createdAt >= crashStart && createdAt <= crashEnd;

    const topic = (duringCrash ? SURGE_TOPIC_MIX : TOPIC_MIX).pick(rng);
    const security = isSecurityCase(rng, topic);
    const priority = choosePriority(rng, topic, security);
    const assigned = rng.chance((security ? SECURITY_ASSIGNED_SHARE : ASSIGNED_SHARE)[status]);
    // Replies on unassigned tickets come from an agent who answered and released the ticket.
    const responder = router.pick(rng, language, topic, security);
    const { facts, networkTag } = createFacts(rng, customer, topic, ticketId, now, responder.name);
    const scenario = chooseScenario(rng, language, topic);
    const subject = subjectLine(rng, scenario, facts);
    const steps = planConversation(rng, status, assigned, security);

    // Real waiting times, squeezed proportionally when the ticket is too young to fit them.
    gaps.length = 0;
    let totalGap = 0;
    let repliesPlanned = 0;
    for (const step of steps) {
      const gap = gapBefore(rng, step, step === 'reply' && repliesPlanned === 0, security);
      if (step === 'reply') repliesPlanned++;
      gaps.push(gap);
      totalGap += gap;
    }
    const available = now - createdAt;
    const squeeze = totalGap > available * 0.9 ? (available * 0.9) / totalGap : 1;

    let at = createdAt;
    let firstResponseAt: number | null = null;
    let lastCustomerMessageAt = createdAt;
    let repliesSent = 0;
    let resolutionSent = false;
    for (let n = 0; n < steps.length; n++) {
      const step = steps[n] as Step;
      // At least a second apart, so messages stay strictly ordered after squeezing.
      if (n > 0) at += Math.max(1000, Math.floor((gaps[n] as number) * squeeze));
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
      messages.push({
        id: messageIdFor(ticketId, n + 1),
        ticketId,
        authorType: fromCustomer ? 'customer' : 'agent',
        authorId: fromCustomer ? customer.id : responder.id,
        kind: step === 'note' ? 'note' : 'reply',
        body,
        createdAt: at,
        clientKey: null,
      });
    }

    // Solving or closing is a change of its own, a little after the last message.
    const updatedAt =
      status === 'solved' || status === 'closed' ? Math.min(now, at + Math.floor(rng.logUniform(MINUTE, 30 * MINUTE))) : at;

    tickets[i] = {
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
  }

  return { agents, customers, tickets, messages, macros: loadStarterLibrary() };
}
