import { describe, expect, it } from 'vitest';
import { SEED_LANGUAGES, type Customer } from '../../../preload/contract/domain-types';
import { generateSeed } from '../../../main/backend/seed/generate-seed';
import { createTrafficGenerator, type TrafficContext } from '../../../main/backend/seed/live-traffic';

const NOW = Date.UTC(2025, 10, 24, 12, 0, 0);
const seed = generateSeed({ ticketCount: 200, seed: 5, now: NOW });

function context(customers: Customer[], nextTicketNumber: number, now = NOW): TrafficContext {
  return { customers, agents: seed.agents, nextTicketNumber, now };
}

describe('createTrafficGenerator', () => {
  it('creates a new, unassigned ticket with its first customer message', () => {
    const traffic = createTrafficGenerator(1);
    const { ticket, customer, message } = traffic.newTicket(context([...seed.customers], 100201, NOW + 1000));
    expect(ticket).toMatchObject({
      id: 'T-100201',
      status: 'new',
      assigneeId: null,
      version: 1,
      createdAt: NOW + 1000,
      updatedAt: NOW + 1000,
      lastCustomerMessageAt: NOW + 1000,
      firstResponseAt: null,
    });
    expect(SEED_LANGUAGES).toContain(ticket.language);
    expect(ticket.subject.length).toBeGreaterThan(0);
    expect(ticket.tags).toContain(ticket.topic);
    expect(message).toMatchObject({
      id: 'M-100201-1',
      ticketId: 'T-100201',
      authorType: 'customer',
      authorId: ticket.customerId,
      kind: 'reply',
      createdAt: NOW + 1000,
      clientKey: null,
    });
    expect(message.body.length).toBeGreaterThan(20);
    if (customer !== null) {
      expect(customer.id).toBe(ticket.customerId);
      expect(customer.language).toBe(ticket.language);
    }
  });

  it('mixes new and returning customers without reusing identities', () => {
    const traffic = createTrafficGenerator(2);
    const customers = [...seed.customers];
    let created = 0;
    let returning = 0;
    for (let n = 0; n < 200; n++) {
      const { ticket, customer } = traffic.newTicket(context(customers, 100201 + n, NOW + n * 1000));
      if (customer === null) {
        returning++;
        expect(customers.some((c) => c.id === ticket.customerId)).toBe(true);
      } else {
        created++;
        expect(customers.some((c) => c.id === customer.id || c.userId === customer.userId || c.email === customer.email)).toBe(false);
        customers.push(customer);
      }
    }
    expect(created).toBeGreaterThan(100);
    expect(returning).toBeGreaterThan(20);
  });

  it('lets the first ticket of an empty desk come from a new customer', () => {
    const { customer } = createTrafficGenerator(3).newTicket(context([], 1));
    expect(customer).not.toBeNull();
  });

  it('writes follow-ups from the ticket’s customer, in its language', () => {
    const traffic = createTrafficGenerator(4);
    const ticket = seed.tickets.find((t) => t.language === 'ru') ?? seed.tickets[0];
    if (ticket === undefined) throw new Error('seed has no tickets');
    const message = traffic.customerFollowUp(ticket, { now: NOW + 5000, messageNumber: 4 });
    expect(message).toMatchObject({
      id: `M-${ticket.id.slice(2)}-4`,
      ticketId: ticket.id,
      authorType: 'customer',
      authorId: ticket.customerId,
      kind: 'reply',
      createdAt: NOW + 5000,
      clientKey: null,
    });
    expect(message.body).not.toMatch(/\{[a-zA-Z]+\}/);
    if (ticket.language === 'ru') expect(message.body).toMatch(/[а-яё]/i);
  });

  it('is deterministic for a seed', () => {
    const run = (seedValue: number): unknown[] => {
      const traffic = createTrafficGenerator(seedValue);
      const customers = [...seed.customers];
      return Array.from({ length: 20 }, (_, n) => traffic.newTicket(context(customers, 100201 + n)));
    };
    expect(run(8)).toEqual(run(8));
    expect(run(8)).not.toEqual(run(9));
  });
});
