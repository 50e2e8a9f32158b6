// When each seeded ticket arrived, what it is about, and how long it has waited for an agent.
// Tickets arrive evenly over three days (plus a market crash); each is answered after a delay
// drawn against the SLA budget of its own priority (the desk's rule, sla-policy.ts), most within
// it and a few late. A ticket is still new when its first answer has not come yet, so the queue
// at `now` looks like a day the team mostly keeps up with: a few breaches, some close to one.

import type { Priority, TicketStatus, Topic } from '../wire-types';
import { responseBudgetMs } from '../../services/domain/sla-policy';
import { type Random, WeightedTable } from './random';
import { choosePriority, isSecurityCase, SURGE_TOPIC_MIX, TOPIC_MIX } from './ticket-traits';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SEED_WINDOW = 72 * HOUR;
/** The newest seeded ticket is this old: live traffic, not the seed, fills the latest minutes. */
const MIN_TICKET_AGE = 10 * MINUTE;
/** The surge: a three-hour market crash that started 21.5 hours before `now`. */
export const CRASH_STARTS_AGO = 21.5 * HOUR;
export const CRASH_ENDS_AGO = 18.5 * HOUR;
const CRASH_SHARE = 0.16;
/** Closing follows solving after a day or more. */
const CLOSED_MIN_AGE = 24 * HOUR;
/** An answered ticket keeps this much room after its first reply for the rest of its conversation. */
const ROOM_AFTER_FIRST_REPLY = 5 * MINUTE;

/** Shares of responses that come after the SLA budget: the breaches of the day. */
const LATE_FIRST_RESPONSE = 0.06;
const LATE_NEXT_RESPONSE = 0.1;

/** A ticket nobody answered yet is usually new; sometimes an agent took it and is still looking. */
const UNANSWERED_OPEN_SHARE = 0.2;
/** After the first answer: about four in five tickets still in the queue, as in a busy day. */
const ANSWERED_STATUS_MIX = new WeightedTable<TicketStatus>([
  ['open', 50],
  ['pending', 29],
  ['solved', 14],
  ['closed', 7],
]);

export interface PlannedTicket {
  readonly createdAt: number;
  readonly status: TicketStatus;
  readonly topic: Topic;
  readonly security: boolean;
  readonly priority: Priority;
  /** When the first agent reply went out; null while the ticket waits for one. */
  readonly firstReplyAt: number | null;
  /** An open, answered ticket: when the customer wrote last, which started the next-response clock. */
  readonly lastCustomerAt: number | null;
}

/** How long an answer takes: mostly well inside the budget, a few after it. */
function responseDelay(rng: Random, budget: number, lateShare: number): number {
  if (rng.chance(lateShare)) return budget * rng.float(1, 3);
  return Math.max(MINUTE, budget * rng.logUniform(0.03, 0.95));
}

/** Anywhere in the three days outside the crash, which has its own share. */
function ordinaryAge(rng: Random): number {
  const crashLength = CRASH_STARTS_AGO - CRASH_ENDS_AGO;
  const age = rng.float(MIN_TICKET_AGE, SEED_WINDOW - crashLength);
  return age < CRASH_ENDS_AGO ? age : age + crashLength;
}

function planOne(rng: Random, now: number): PlannedTicket {
  const duringCrash = rng.chance(CRASH_SHARE);
  const createdAt = Math.floor(now - (duringCrash ? rng.float(CRASH_ENDS_AGO, CRASH_STARTS_AGO) : ordinaryAge(rng)));
  const topic = (duringCrash ? SURGE_TOPIC_MIX : TOPIC_MIX).pick(rng);
  const security = isSecurityCase(rng, topic);
  const priority = choosePriority(rng, topic, security);
  const traits = { createdAt, topic, security, priority };
  const age = now - createdAt;

  const firstDelay = responseDelay(rng, responseBudgetMs(traits, false), LATE_FIRST_RESPONSE);
  if (firstDelay >= age) {
    return { ...traits, status: rng.chance(UNANSWERED_OPEN_SHARE) ? 'open' : 'new', firstReplyAt: null, lastCustomerAt: null };
  }
  const firstReplyAt = createdAt + Math.floor(Math.min(firstDelay, age - ROOM_AFTER_FIRST_REPLY));
  let status = ANSWERED_STATUS_MIX.pick(rng);
  if (status === 'closed' && age < CLOSED_MIN_AGE) status = 'solved';
  if (status !== 'open') return { ...traits, status, firstReplyAt, lastCustomerAt: null };

  // The customer wrote again; seen at a random moment of the wait for the next answer.
  const waited = responseDelay(rng, responseBudgetMs(traits, true), LATE_NEXT_RESPONSE) * rng.next();
  const latest = now - firstReplyAt - MINUTE;
  const wait = Math.max(MINUTE, waited < latest ? waited : latest * rng.float(0.1, 0.9));
  return { ...traits, status, firstReplyAt, lastCustomerAt: Math.floor(now - wait) };
}

/**
 * Every ticket's plan, oldest first, so that ticket numbers grow with creation time as in a
 * real help desk (the sort is stable: equal times keep their drawing order).
 */
export function planTimeline(rng: Random, count: number, now: number): PlannedTicket[] {
  const plans = new Array<PlannedTicket>(count);
  for (let i = 0; i < count; i++) plans[i] = planOne(rng, now);
  return plans.sort((a, b) => a.createdAt - b.createdAt);
}
