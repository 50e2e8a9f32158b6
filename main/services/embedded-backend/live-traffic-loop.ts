import type { BackendStore } from './backend-store';
import { createTrafficGenerator } from './seed/live-traffic';

/**
 * Simulated customers writing in at a steady rate: new tickets and follow-ups on open ones.
 * It makes the training sandbox feel alive and gives sync tests real traffic.
 */
export function startLiveTraffic(options: { store: BackendStore; perMinute: number; seed: number; onChange: () => void; now?: () => number }): () => void {
  const { store, perMinute } = options;
  if (perMinute <= 0) return () => {};
  const now = options.now ?? Date.now;
  const generator = createTrafficGenerator(options.seed);
  const customers = store.customers();
  const agents = store.agents();
  let nextTicketNumber = store.maxTicketNumber() + 1;
  let tick = 0;
  const timer = setInterval(() => {
    tick += 1;
    const followUp = tick % 4 === 0 ? store.ticket(`T-${Math.max(100001, nextTicketNumber - 1 - (tick % 50))}`) : null;
    if (followUp && (followUp.status === 'open' || followUp.status === 'pending')) {
      const messageNumber = store.messagesOf(followUp.id).length + 1;
      store.addCustomerTraffic({ ticket: followUp, customer: null, message: generator.customerFollowUp(followUp, { now: now(), messageNumber }) });
    } else {
      const created = generator.newTicket({ customers, agents, nextTicketNumber, now: now() });
      nextTicketNumber += 1;
      if (created.customer) customers.push(created.customer);
      store.addCustomerTraffic(created);
    }
    options.onChange();
  }, Math.max(50, Math.round(60_000 / perMinute)));
  timer.unref();
  return () => clearInterval(timer);
}
