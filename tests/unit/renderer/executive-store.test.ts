import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SuggestedReply } from '../../../preload/contract/crisis-types';
import type { TicketDetail } from '../../../preload/contract/queue-types';
import { customerMessage, detail, entry, installFakeBridge, type FakeBridge } from './fake-bridge';

// The executive desk's store against a fake main: take next, the suggestion, what blocks a send,
// collisions, and answers that arrive for a ticket no longer open.

let bridge: FakeBridge;
let held: Map<string, TicketDetail>;
let next: string[];

function suggestion(ticketId: string, text = 'We are looking into it.', missing: string[] = []): SuggestedReply {
  return { macroId: 'starter.withdrawal', title: 'Withdrawal', preview: { macroId: 'starter.withdrawal', ticketId, language: 'en', text, missing, error: null } };
}

async function loadStore() {
  vi.resetModules();
  return (await import('../../../renderer/src/stores/executive-store')).useExecutiveStore;
}

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  held = new Map([
    ['a', detail('a')],
    ['b', detail('b')],
  ]);
  next = ['a', 'b'];
  bridge.handle('ticket.takeNext', () => ({ ticketId: next.shift() ?? null, entry: null }));
  bridge.handle('ticket.get', (input) => held.get(input.ticketId as string) ?? null);
  bridge.handle('ticket.suggestedReply', (input) => suggestion(input.ticketId as string));
  bridge.handle('draft.save', () => ({}));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function working() {
  const store = await loadStore();
  const taking = store.getState().takeNext();
  await bridge.answerAll();
  await taking;
  return store;
}

describe('executive store', () => {
  it('take next opens the ticket with its suggested reply in the text area', async () => {
    const store = await working();
    const s = store.getState();
    expect(s.phase).toBe('working');
    expect(s.ticketId).toBe('a');
    expect(s.detail?.ticket.id).toBe('a');
    expect(s.text).toBe('We are looking into it.');
    expect(s.focus?.target).toBe('conversation');
  });

  it('a draft left by a reload wins over the suggestion', async () => {
    held.set('a', detail('a', { draft: 'My own words' }));
    const store = await working();
    expect(store.getState().text).toBe('My own words');
  });

  it('nobody waiting: empty, focus back on take next', async () => {
    next = [];
    const store = await working();
    expect(store.getState().phase).toBe('empty');
    expect(store.getState().focus?.target).toBe('takeNext');
  });

  it('a failed take next leaves the desk where it was', async () => {
    bridge.handle('ticket.takeNext', () => {
      throw new Error('offline');
    });
    const store = await working();
    expect(store.getState().phase).toBe('idle');
    expect(store.getState().ticketId).toBeNull();
  });

  it('a placeholder the suggestion left open blocks the send; nothing goes to main', async () => {
    bridge.handle('ticket.suggestedReply', (input) => suggestion(input.ticketId as string, 'Your transaction {{ fields.tx }}', ['fields.tx']));
    const store = await working();
    expect(await store.getState().send()).toBe(false);
    expect(bridge.asked.some((c) => c.channel === 'ticket.reply')).toBe(false);
  });

  it('a reply that collides queues nothing and shows the new messages', async () => {
    const store = await working();
    bridge.handle('ticket.reply', () => ({ entry: null, collision: [customerMessage('a', 'a-m2')], actionsEntry: null, notice: null }));
    held.set('a', detail('a', { messages: [customerMessage('a', 'a-m1'), customerMessage('a', 'a-m2', 'Hello?')] }));
    const sending = store.getState().send();
    await bridge.answerAll();
    expect(await sending).toBe(false);
    expect(store.getState().collision).toBe(true);
    expect(store.getState().phase).toBe('working');
    expect(store.getState().detail?.messages).toHaveLength(2);
  });

  it('a sent reply: the entry is shown, focus on take next, and the draft save of the last keystroke never lands after it', async () => {
    const store = await working();
    store.getState().setText('Thanks, it is on its way.');
    bridge.handle('ticket.reply', () => ({ entry: entry(7, 'a', { kind: 'reply' }), collision: [], actionsEntry: null, notice: null }));
    const sending = store.getState().send();
    await bridge.answerAll();
    expect(await sending).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bridge.asked.some((c) => c.channel === 'draft.save')).toBe(false);
    const s = store.getState();
    expect(s.phase).toBe('sent');
    expect(s.replyEntryId).toBe(7);
    expect(s.focus?.target).toBe('takeNext');
    expect(bridge.asked.find((c) => c.channel === 'ticket.reply')?.input).toMatchObject({ ticketId: 'a', body: 'Thanks, it is on its way.', lastSeenMessageId: 'a-m1', macroIds: ['starter.withdrawal'] });
  });

  it('an answer for a ticket no longer open is dropped', async () => {
    const store = await working();
    store.getState().setText('done');
    bridge.handle('ticket.reply', () => ({ entry: entry(7, 'a', { kind: 'reply' }), collision: [], actionsEntry: null, notice: null }));
    const sending = store.getState().send();
    await bridge.answer('ticket.reply');
    await sending;
    // a's refresh (asked after the send) is still on its way when b is taken; it answers last.
    const refreshOfA = bridge.pending.find((c) => c.channel === 'ticket.get' && c.input.ticketId === 'a');
    expect(refreshOfA).toBeDefined();
    const taking = store.getState().takeNext();
    await bridge.answer('ticket.takeNext');
    await bridge.answer((c) => c.input.ticketId === 'b' && c.channel === 'ticket.get');
    await bridge.answer('ticket.suggestedReply');
    await taking;
    await bridge.answerAll();
    expect(store.getState().ticketId).toBe('b');
    expect(store.getState().detail?.ticket.id).toBe('b');
  });
});
