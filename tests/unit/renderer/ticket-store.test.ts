import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TicketDetail } from '../../../preload/contract/queue-types';
import { detail, entry, installFakeBridge, type FakeBridge } from './fake-bridge';

// The ticket pane's cache against a fake main: newest answer wins, optimistic changes, outbox merges.

let bridge: FakeBridge;
/** What main holds per ticket; tests change it between answers. */
let held: Map<string, TicketDetail>;

async function loadStore() {
  vi.resetModules();
  return (await import('../../../renderer/src/stores/ticket-store')).useTicketStore;
}

const gets = (id: string) => bridge.asked.filter((c) => c.channel === 'ticket.get' && c.input.ticketId === id).length;

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  held = new Map();
  bridge.handle('ticket.get', (input) => held.get(input.ticketId as string) ?? null);
  bridge.handle('ticket.getMany', (input) => (input.ticketIds as string[]).map((id) => held.get(id) ?? null));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ticket store', () => {
  it('shows a ticket once fetched and serves it from the cache when shown again soon', async () => {
    held.set('a', detail('a'));
    held.set('b', detail('b'));
    const store = await loadStore();
    store.getState().show('a');
    await bridge.answerAll();
    expect(store.getState().currentId).toBe('a');
    expect(store.getState().details.a?.ticket.id).toBe('a');
    store.getState().show('b');
    await bridge.answerAll();
    store.getState().show('a');
    expect(bridge.pending).toHaveLength(0);
    expect(gets('a')).toBe(1);
    // Older than 30 s: shown at once, fetched again behind it.
    await vi.advanceTimersByTimeAsync(31_000);
    store.getState().show('b');
    expect(gets('b')).toBe(2);
  });

  it('only the newest request for a ticket lands', async () => {
    held.set('a', detail('a', {}, { subject: 'old' }));
    const store = await loadStore();
    store.getState().show('a');
    held.set('a', detail('a', {}, { subject: 'new' }));
    store.getState().invalidate(['a']);
    expect(bridge.pending).toHaveLength(2);
    // The newer answer arrives first; the older one must not replace it.
    await bridge.answer((c) => c === bridge.pending[1]);
    held.set('a', detail('a', {}, { subject: 'stale' }));
    await bridge.answerAll();
    expect(store.getState().details.a?.ticket.subject).toBe('new');
  });

  it('shows a change at once and goes back to what main holds when main refuses it', async () => {
    held.set('a', detail('a'));
    const store = await loadStore();
    store.getState().show('a');
    await bridge.answerAll();
    bridge.handle('ticket.update', () => {
      throw new Error('not allowed');
    });
    const done = store.getState().update('a', { status: 'solved' });
    expect(store.getState().details.a?.ticket.status).toBe('solved');
    await bridge.answerAll();
    expect(await done).toBe(false);
    expect(store.getState().details.a?.ticket.status).toBe('open');
  });

  it('merges outbox entries: the shown ticket is fetched again, another one is marked stale', async () => {
    held.set('a', detail('a'));
    held.set('b', detail('b'));
    const store = await loadStore();
    store.getState().show('b');
    await bridge.answerAll();
    store.getState().show('a');
    await bridge.answerAll();
    store.getState().applyOutbox([entry(1, 'a'), entry(2, 'b')]);
    expect(store.getState().details.a?.outbox.map((e) => e.id)).toEqual([1]);
    expect(store.getState().details.b?.outbox.map((e) => e.id)).toEqual([2]);
    expect(gets('a')).toBe(2);
    expect(gets('b')).toBe(1);
    store.getState().applyOutbox([entry(1, 'a', { state: 'delivered' })]);
    expect(store.getState().details.a?.outbox).toEqual([entry(1, 'a', { state: 'delivered' })]);
    await bridge.answerAll();
    store.getState().show('b');
    expect(gets('b')).toBe(2);
  });

  it('keeps 120 details at most, never dropping the one shown', async () => {
    const store = await loadStore();
    for (let i = 0; i < 130; i++) held.set(`t${i}`, detail(`t${i}`));
    store.getState().show('t0');
    await bridge.answerAll();
    for (let from = 1; from < 130; from += 43) store.getState().prefetch(Array.from({ length: 43 }, (_, i) => `t${from + i}`).filter((id) => held.has(id)));
    await bridge.answerAll();
    const cached = Object.keys(store.getState().details);
    expect(cached).toHaveLength(120);
    expect(cached).toContain('t0');
  });

  it('warms the neighbours of the selection in one round trip, and opening one asks main nothing', async () => {
    const store = await loadStore();
    for (let i = 0; i < 51; i++) held.set(`t${i}`, detail(`t${i}`));
    store.getState().show('t0');
    await bridge.answerAll();
    store.getState().prefetch(Array.from({ length: 50 }, (_, i) => `t${i + 1}`));
    await bridge.answerAll();
    expect(bridge.asked.filter((c) => c.channel === 'ticket.getMany')).toHaveLength(1);
    const asked = bridge.asked.length;
    for (const id of ['t1', 't25', 't50']) store.getState().show(id);
    expect(bridge.asked.length).toBe(asked);
    expect(store.getState().details.t50?.ticket.id).toBe('t50');
  });

  it('lets a newer single fetch win over an older prefetch of the same ticket', async () => {
    const store = await loadStore();
    held.set('a', detail('a'));
    held.set('b', { ...detail('b'), ticket: { ...detail('b').ticket, subject: 'old' } });
    store.getState().prefetch(['a', 'b']);
    store.getState().invalidate(['b']);
    held.set('b', { ...detail('b'), ticket: { ...detail('b').ticket, subject: 'new' } });
    store.getState().show('b');
    await bridge.answerAll();
    expect(store.getState().details.b?.ticket.subject).toBe('new');
  });
});
