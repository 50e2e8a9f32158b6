// Simulated incoming traffic for the running embedded backend: new tickets (from new or
// returning customers) and customers nudging tickets they already have.

import type { Agent, Customer, Message, Ticket, Topic } from '../wire-types';
import { chooseScenario, createFacts, nudgeBody, openingBody, subjectLine, ticketOnlyFacts } from './conversation';
import { createCustomer, customerIdFor, customerNumberOf, FIRST_CUSTOMER_NUMBER, IdentityRegistry, seedLanguageOf } from './customers';
import { deriveSeed, Random, type WeightedTable } from './random';
import { messageIdFor, ticketIdFor } from './ticket-ids';
import { choosePriority, chooseTags, isSecurityCase, SURGE_TOPIC_MIX, TOPIC_MIX } from './ticket-traits';

export interface TrafficContext {
  customers: Customer[];
  agents: Agent[];
  nextTicketNumber: number;
  now: number;
  /** During a simulated market crash the topic mix shifts to incidents, withdrawals and lock-outs. */
  surge?: boolean;
  /** A simulated incident's own topic mix; wins over `surge`. */
  topicMix?: WeightedTable<Topic>;
}

export interface NewTicketEvent {
  ticket: Ticket;
  /** A customer created for this ticket, or null when an existing customer writes again. */
  customer: Customer | null;
  message: Message;
}

export interface TrafficGenerator {
  newTicket(ctx: TrafficContext): NewTicketEvent;
  customerFollowUp(ticket: Ticket, ctx: { now: number; messageNumber: number }): Message;
}

const STREAM_LIVE = 101;
const RETURNING_CUSTOMER_SHARE = 0.3;

export function createTrafficGenerator(seed: number): TrafficGenerator {
  const rng = new Random(deriveSeed(seed, STREAM_LIVE));
  const identities = new IdentityRegistry();
  let nextCustomerNumber = FIRST_CUSTOMER_NUMBER;
  let knownCustomers: readonly Customer[] | null = null;
  let knownCount = 0;

  // New customers must not reuse an id, user id or e-mail already in the context. The list is
  // usually the same growing array, so only its new tail is read on each call.
  function learnCustomers(customers: readonly Customer[]): void {
    if (customers !== knownCustomers || customers.length < knownCount) {
      knownCustomers = customers;
      knownCount = 0;
    }
    for (let i = knownCount; i < customers.length; i++) {
      const customer = customers[i] as Customer;
      identities.remember(customer);
      const number = customerNumberOf(customer.id);
      if (number >= nextCustomerNumber) nextCustomerNumber = number + 1;
    }
    knownCount = customers.length;
  }

  return {
    newTicket(ctx: TrafficContext): NewTicketEvent {
      learnCustomers(ctx.customers);
      const now = ctx.now;
      let customer: Customer;
      let createdCustomer: Customer | null = null;
      if (ctx.customers.length > 0 && rng.chance(RETURNING_CUSTOMER_SHARE)) {
        customer = rng.pick(ctx.customers);
      } else {
        customer = createCustomer(rng, customerIdFor(nextCustomerNumber++), identities);
        createdCustomer = customer;
      }

      const ticketId = ticketIdFor(ctx.nextTicketNumber);
      const topic = (ctx.topicMix ?? (ctx.surge === true ? SURGE_TOPIC_MIX : TOPIC_MIX)).pick(rng);
      const security = isSecurityCase(rng, topic);
      const priority = choosePriority(rng, topic, security);
      const { facts, networkTag } = createFacts(rng, customer, topic, ticketId, now, '');
      const scenario = chooseScenario(rng, seedLanguageOf(customer.language), topic);
      const subject = subjectLine(rng, scenario, facts);
      const message: Message = {
        id: messageIdFor(ticketId, 1),
        ticketId,
        authorType: 'customer',
        authorId: customer.id,
        kind: 'reply',
        body: openingBody(rng, seedLanguageOf(customer.language), scenario, facts),
        createdAt: now,
        clientKey: null,
      };
      const ticket: Ticket = {
        id: ticketId,
        subject,
        status: 'new',
        priority,
        topic,
        language: customer.language,
        customerId: customer.id,
        assigneeId: null,
        tags: chooseTags(rng, {
          topic,
          security,
          networkTag: scenario.mentionsTransfer ? networkTag : '',
          duringCrash: ctx.surge === true,
          kycLevel: customer.kycLevel,
          handled: false,
        }),
        security,
        createdAt: now,
        updatedAt: now,
        firstResponseAt: null,
        lastCustomerMessageAt: now,
        snoozedUntil: null,
        escalatedAt: null,
        acknowledgedAt: null,
        version: 1,
      };
      return { ticket, customer: createdCustomer, message };
    },

    customerFollowUp(ticket: Ticket, ctx: { now: number; messageNumber: number }): Message {
      return {
        id: messageIdFor(ticket.id, ctx.messageNumber),
        ticketId: ticket.id,
        authorType: 'customer',
        authorId: ticket.customerId,
        kind: 'reply',
        // Nudges name nothing but the ticket, so they fit any ticket without its customer at hand.
        body: nudgeBody(rng, seedLanguageOf(ticket.language), ticketOnlyFacts(ticket.id)),
        createdAt: ctx.now,
        clientKey: null,
      };
    },
  };
}
