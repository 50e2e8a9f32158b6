import { describe, expect, it } from 'vitest';
import { slicePage } from '../../../main/services/sync/page-slices';
import type { Customer, Message, Ticket } from '../../../preload/contract';

const ticket = (n: number, customer: number) => ({ id: `T-${n}`, customerId: `C-${customer}` }) as Ticket;
const customer = (n: number) => ({ id: `C-${n}` }) as Customer;
const message = (id: string, ticketId: string) => ({ id, ticketId }) as Message;

describe('slicePage', () => {
  it('keeps a small page whole', () => {
    const page = { tickets: [ticket(1, 1)], customers: [customer(1)], messages: [message('M-1', 'T-1')] };
    expect(slicePage(page, 100)).toEqual([page]);
  });

  it('puts every ticket with its first customer and its messages, and the rest in the last slice', () => {
    const tickets = Array.from({ length: 250 }, (_, i) => ticket(i, i % 120));
    const customers = [...Array.from({ length: 120 }, (_, i) => customer(i)), customer(999)];
    const messages = [...tickets.map((t) => message(`M-${t.id}`, t.id)), message('M-orphan', 'T-elsewhere')];
    const slices = slicePage({ tickets, customers, messages }, 100);
    expect(slices.map((s) => s.tickets.length)).toEqual([100, 100, 50]);
    // Nothing lost, nothing twice.
    expect(slices.flatMap((s) => s.tickets)).toEqual(tickets);
    expect(slices.flatMap((s) => s.customers).map((c) => c.id).sort()).toEqual(customers.map((c) => c.id).sort());
    expect(slices.flatMap((s) => s.messages)).toHaveLength(messages.length);
    for (const slice of slices.slice(0, 2)) {
      const ids = new Set(slice.tickets.map((t) => t.id));
      expect(slice.messages.every((m) => ids.has(m.ticketId))).toBe(true);
    }
    // A customer arrives no later than the first of their tickets.
    slices.forEach((slice, i) => {
      for (const t of slice.tickets) expect(slices.slice(0, i + 1).some((s) => s.customers.some((c) => c.id === t.customerId))).toBe(true);
    });
    expect(slices[2]!.messages.map((m) => m.id)).toContain('M-orphan');
    expect(slices[2]!.customers.map((c) => c.id)).toContain('C-999');
  });
});
