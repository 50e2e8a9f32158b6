import { describe, expect, it } from 'vitest';
import { KNOWN_TOPICS, SEED_LANGUAGES, type Message } from '../../../preload/contract/domain-types';
import { generateSeed } from '../../../main/backend/seed/generate-seed';

const NOW = Date.UTC(2025, 10, 24, 12, 0, 0);
const HOUR = 3_600_000;
const seed = generateSeed({ ticketCount: 2000, seed: 1234, now: NOW });

const messagesByTicket = new Map<string, Message[]>();
for (const message of seed.messages) {
  const list = messagesByTicket.get(message.ticketId) ?? [];
  list.push(message);
  messagesByTicket.set(message.ticketId, list);
}
const allBodies = seed.messages.map((message) => message.body).join('\n');
const share = (count: number): number => count / seed.tickets.length;

describe('generateSeed', () => {
  it('is deterministic for the same options and differs for another seed', () => {
    const options = { ticketCount: 300, seed: 99, now: NOW };
    expect(generateSeed(options)).toEqual(generateSeed(options));
    const other = generateSeed({ ...options, seed: 100 });
    expect(other.tickets.map((t) => t.subject)).not.toEqual(generateSeed(options).tickets.map((t) => t.subject));
  });

  it('creates the requested tickets, about 2.5 per customer, and every customer writes', () => {
    expect(seed.tickets).toHaveLength(2000);
    expect(seed.customers).toHaveLength(800);
    const writers = new Set(seed.tickets.map((ticket) => ticket.customerId));
    expect(writers.size).toBe(seed.customers.length);
  });

  it('handles an empty workload', () => {
    const empty = generateSeed({ ticketCount: 0, seed: 1, now: NOW });
    expect(empty.tickets).toEqual([]);
    expect(empty.messages).toEqual([]);
    expect(empty.agents.length).toBeGreaterThan(0);
    expect(empty.macros).toHaveLength(18);
    expect(() => generateSeed({ ticketCount: -1, seed: 1, now: NOW })).toThrow(RangeError);
  });

  it('spreads tickets over languages and topics with a realistic mix', () => {
    const languages = new Set(seed.tickets.map((ticket) => ticket.language));
    const topics = new Set(seed.tickets.map((ticket) => ticket.topic));
    expect(languages.size).toBeGreaterThanOrEqual(6);
    expect(topics.size).toBeGreaterThanOrEqual(10);
    const count = (predicate: (t: (typeof seed.tickets)[number]) => boolean): number => seed.tickets.filter(predicate).length;
    // English is the largest language, yet far from all: an exchange's customers write in many.
    const english = share(count((t) => t.language === 'en'));
    expect(english).toBeGreaterThan(0.12);
    expect(english).toBeLessThan(0.3);
    for (const language of languages) expect(share(count((t) => t.language === language)), language).toBeLessThanOrEqual(english);
    expect(share(count((t) => t.topic === 'deposit'))).toBeGreaterThan(share(count((t) => t.topic === 'account_compromise')));
    expect(share(count((t) => t.topic === 'account_compromise'))).toBeLessThan(0.1);
    // A day the team keeps up with: first answers come within hours, so few tickets are still new,
    // while about four in five are in the queue (seed-sla.test.ts checks their clocks).
    expect(share(count((t) => t.status === 'new'))).toBeGreaterThan(0.01);
    expect(share(count((t) => t.status === 'new'))).toBeLessThan(0.08);
    expect(share(count((t) => t.status === 'open'))).toBeGreaterThan(0.28);
    expect(share(count((t) => t.status === 'new' || t.status === 'open' || t.status === 'pending'))).toBeGreaterThan(0.7);
    expect(share(count((t) => t.assigneeId !== null))).toBeGreaterThan(0.3);
    expect(share(count((t) => t.assigneeId !== null))).toBeLessThan(0.5);
  });

  it('gives ids in order and without duplicates', () => {
    seed.tickets.forEach((ticket, index) => expect(ticket.id).toBe(`T-${100001 + index}`));
    const messageIds = new Set(seed.messages.map((message) => message.id));
    expect(messageIds.size).toBe(seed.messages.length);
    expect(new Set(seed.customers.map((c) => c.id)).size).toBe(seed.customers.length);
    expect(new Set(seed.customers.map((c) => c.userId)).size).toBe(seed.customers.length);
    expect(new Set(seed.customers.map((c) => c.email)).size).toBe(seed.customers.length);
    for (const customer of seed.customers) expect(customer.userId).toMatch(/^U-\d{7}$/);
  });

  it('links every ticket to an existing customer in that customer’s language', () => {
    const customers = new Map(seed.customers.map((customer) => [customer.id, customer]));
    for (const ticket of seed.tickets) {
      const customer = customers.get(ticket.customerId);
      expect(customer).toBeDefined();
      expect(ticket.language).toBe(customer?.language);
    }
  });

  it('keeps timestamps consistent with the conversation', () => {
    let previousCreatedAt = 0;
    for (const ticket of seed.tickets) {
      const messages = messagesByTicket.get(ticket.id) ?? [];
      expect(messages.length).toBeGreaterThanOrEqual(1);
      expect(messages.length).toBeLessThanOrEqual(6);
      expect(ticket.createdAt).toBeGreaterThanOrEqual(NOW - 72 * HOUR);
      expect(ticket.createdAt).toBeGreaterThanOrEqual(previousCreatedAt);
      previousCreatedAt = ticket.createdAt;
      expect(ticket.updatedAt).toBeGreaterThanOrEqual(ticket.createdAt);
      expect(ticket.updatedAt).toBeLessThanOrEqual(NOW);
      expect(ticket.version).toBe(1 + messages.length);

      const [first] = messages;
      expect(first?.authorType).toBe('customer');
      expect(first?.createdAt).toBe(ticket.createdAt);
      messages.forEach((message, index) => {
        expect(message.id).toBe(`M-${ticket.id.slice(2)}-${index + 1}`);
        expect(message.clientKey).toBeNull();
        if (index > 0) expect(message.createdAt).toBeGreaterThan(messages[index - 1]?.createdAt ?? Infinity);
        expect(message.createdAt).toBeLessThanOrEqual(ticket.updatedAt);
        if (message.kind === 'note') expect(message.authorType).toBe('agent');
      });

      const firstReply = messages.find((m) => m.authorType === 'agent' && m.kind === 'reply');
      expect(ticket.firstResponseAt).toBe(firstReply?.createdAt ?? null);
      const lastCustomer = messages.filter((m) => m.authorType === 'customer').at(-1);
      expect(ticket.lastCustomerMessageAt).toBe(lastCustomer?.createdAt);
      if (ticket.status === 'new') expect(ticket.firstResponseAt).toBeNull();
      if (ticket.status === 'pending') expect(messages.at(-1)?.authorType).toBe('agent');
    }
  });

  it('models the support team: frontline by language and domain, security, one executive', () => {
    const [first] = seed.agents;
    expect(first?.role).toBe('frontline');
    expect(first?.languages).toEqual(expect.arrayContaining(['en', 'es']));
    const frontline = seed.agents.filter((a) => a.role === 'frontline');
    const security = seed.agents.filter((a) => a.role === 'security');
    expect(frontline.length).toBeGreaterThanOrEqual(10);
    // Security covers every customer language, three or more colleagues.
    expect(security.length).toBeGreaterThanOrEqual(3);
    expect(new Set(security.flatMap((a) => a.languages))).toEqual(new Set(SEED_LANGUAGES));
    expect(seed.agents.filter((a) => a.role === 'executive')).toHaveLength(1);
    for (const agent of frontline) {
      expect(agent.languages.length).toBeGreaterThanOrEqual(2);
      expect(agent.languages.length).toBeLessThanOrEqual(3);
      expect(agent.domains.length).toBeGreaterThanOrEqual(3);
      expect(agent.domains.length).toBeLessThanOrEqual(5);
    }
    expect(new Set(frontline.flatMap((a) => a.languages))).toEqual(new Set(SEED_LANGUAGES));
    expect(new Set(frontline.flatMap((a) => a.domains))).toEqual(new Set(KNOWN_TOPICS));
    for (const agent of security) {
      expect(agent.domains).toEqual(expect.arrayContaining(['account_compromise', 'phishing', 'locked_account']));
    }
    expect(new Set(seed.agents.map((a) => a.id)).size).toBe(seed.agents.length);
  });

  it('routes assigned tickets to agents who speak the language, security cases to security', () => {
    const agents = new Map(seed.agents.map((agent) => [agent.id, agent]));
    for (const ticket of seed.tickets) {
      if (ticket.assigneeId === null) continue;
      const agent = agents.get(ticket.assigneeId);
      expect(agent?.languages).toContain(ticket.language);
      expect(agent?.role).toBe(ticket.security ? 'security' : 'frontline');
    }
    const compromised = seed.tickets.filter((t) => t.topic === 'account_compromise' || t.topic === 'phishing');
    expect(compromised.length).toBeGreaterThan(20);
    const securityShare = compromised.filter((t) => t.security).length / compromised.length;
    expect(securityShare).toBeGreaterThan(0.5);
    expect(securityShare).toBeLessThan(0.9);
    const urgentShare = compromised.filter((t) => t.priority === 'high' || t.priority === 'urgent').length / compromised.length;
    expect(urgentShare).toBeGreaterThan(0.6);
    for (const ticket of seed.tickets) {
      expect(ticket.tags).toContain(ticket.topic);
      if (ticket.security) expect(ticket.tags).toContain('security');
    }
  });

  it('puts searchable identifiers into message bodies', () => {
    expect(allBodies).toMatch(/U-\d{7}/);
    expect(allBodies).toMatch(/\b0x[0-9a-f]{64}\b/);
    expect(allBodies).toMatch(/(?<![0-9a-fx])[0-9a-f]{64}\b/);
    expect(allBodies).toMatch(/\bbc1q[02-9ac-hj-np-z]{38}\b/);
    expect(allBodies).toMatch(/\b0x[0-9a-f]{40}\b/);
    expect(allBodies).toMatch(/\bT[1-9A-HJ-NP-Za-km-z]{33}\b/);
    expect(allBodies).toMatch(/[\w.]+@[\w.-]+\.\w+/);
    const withUserId = seed.messages.filter((m) => m.authorType === 'customer' && /U-\d{7}/.test(m.body)).length;
    expect(withUserId / seed.tickets.length).toBeGreaterThan(0.4);
    // A customer quotes their own account id.
    const customers = new Map(seed.customers.map((customer) => [customer.id, customer]));
    const firstMessage = seed.messages.find((m) => m.authorType === 'customer' && /U-\d{7}/.test(m.body));
    const owner = customers.get(firstMessage?.authorId ?? '');
    expect(firstMessage?.body).toContain(owner?.userId);
  });

  it('ships the starter library: every topic covered, in at least en/es/ru/lt, with fallbacks for every placeholder', () => {
    expect(new Set(seed.macros.map((macro) => macro.topic))).toEqual(new Set(KNOWN_TOPICS));
    for (const macro of seed.macros) {
      expect(macro.source).toBe('shared');
      expect(macro.title.length).toBeGreaterThan(0);
      expect(macro.keywords.length).toBeGreaterThan(0);
      expect(macro.bodies.map((body) => body.language)).toEqual(expect.arrayContaining(['en', 'es', 'ru', 'lt']));
      for (const { body } of macro.bodies) {
        expect(body).toMatch(/\{\{ agent\.first_name \| default: /);
        expect(body).not.toMatch(/\{\{\s*(customer|ticket|agent)\.[a-z_]+\s*\}\}/);
      }
    }
  });
});
