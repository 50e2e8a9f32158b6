import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Macro } from '../../../preload/contract';
import { createTicketHandlers, writtenSince } from '../../../main/services/app/ticket-handlers';
import type { ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { createDispatch } from '../../../main/services/app/dispatch';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeMessage, makeTicket, T0 } from '../fixtures/make-ticket';

const me: Agent = { id: 'agent-1', name: 'Ana', email: 'ana@desk', role: 'frontline', languages: ['en'], domains: [] };

describe('collision detection', () => {
  const messages = [
    makeMessage({ id: 'M-1', ticketId: 'T-1' }),
    makeMessage({ id: 'M-2', ticketId: 'T-1', authorType: 'agent', authorId: 'agent-1' }),
    makeMessage({ id: 'M-3', ticketId: 'T-1', authorType: 'agent', authorId: 'agent-2', kind: 'note' }),
    makeMessage({ id: 'M-4', ticketId: 'T-1', body: 'any update?' }),
  ];

  it('lists what others wrote after the last message the agent saw, not their own', () => {
    expect(writtenSince(messages, 'M-1', 'agent-1').map((m) => m.id)).toEqual(['M-3', 'M-4']);
    expect(writtenSince(messages, 'M-4', 'agent-1')).toEqual([]);
    expect(writtenSince(messages, null, 'agent-1').map((m) => m.id)).toEqual(['M-1', 'M-3', 'M-4']);
  });

  it('warns of nothing when it cannot place the message the agent saw', () => {
    expect(writtenSince(messages, 'M-unknown', 'agent-1')).toEqual([]);
  });
});

describe('ticket handlers', () => {
  let cache: CacheStore;
  let queued: string[];
  let handlers: ReturnType<typeof createTicketHandlers>;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-handlers-')), 'cache.sqlite'));
    cache.transaction(() =>
      cache.tickets.applyServerData({
        tickets: [makeTicket({ id: 'T-1', version: 3 }), makeTicket({ id: 'T-2', security: true })],
        customers: [makeCustomer({ id: 'C-1' })],
        messages: [makeMessage({ id: 'M-1', ticketId: 'T-1' }), makeMessage({ id: 'M-2', ticketId: 'T-1', body: 'still waiting', createdAt: T0 + 1000 })],
      }),
    );
    queued = [];
    handlers = createTicketHandlers({ cache, agent: () => me, now: () => T0 + 60_000, sendingIds: () => new Set(), onQueued: (ids) => queued.push(...ids) });
  });
  afterEach(() => cache.close());

  it('does not queue a reply that collides; queues it once the agent chooses to send anyway', async () => {
    const collided = await handlers['ticket.reply']({ ticketId: 'T-1', kind: 'reply', body: 'Credited now', lastSeenMessageId: 'M-1' });
    expect(collided.entry).toBeNull();
    expect(collided.collision.map((m) => m.body)).toEqual(['still waiting']);
    expect(cache.outbox.forTicket('T-1')).toHaveLength(0);
    const sent = await handlers['ticket.reply']({ ticketId: 'T-1', kind: 'reply', body: 'Credited now', lastSeenMessageId: 'M-1', ignoreCollision: true });
    expect(sent.entry?.state).toBe('pending');
    expect(sent.entry?.summary).toMatch(/^reply: “Credited now”/);
    expect(queued).toEqual(['T-1']);
  });

  it('queues the actions of the macros in a reply with it, leaving out a status this agent may not set', async () => {
    const macro = (id: string, actions: Macro['actions']): Macro => ({ id, title: id, topic: null, keywords: [], bodies: [{ language: 'en', body: 'x' }], requiredFields: [], actions, source: 'shared' });
    cache.reference.replaceBackendMacros([macro('m-phishing', { status: 'solved', addTags: ['phishing'] }), macro('m-p2p', { priority: 'high', assignToSelf: true })]);
    const receipt = await handlers['ticket.reply']({ ticketId: 'T-2', kind: 'reply', body: 'Never share your codes.', macroIds: ['m-phishing', 'm-p2p', 'm-unknown'] });
    expect(receipt.entry?.kind).toBe('reply');
    expect(receipt.actionsEntry?.summary).toBe('priority → high, assignee → agent-1, tags → phishing');
    expect(receipt.notice).toEqual({ kind: 'status_left_unchanged', status: 'solved', ticketId: 'T-2' });
    expect(cache.tickets.get('T-2')).toMatchObject({ priority: 'high', assigneeId: 'agent-1', tags: ['phishing'], status: 'open' });
  });

  it('refuses, through dispatch, a reply or note that still holds template markup, with a kind, and queues nothing', async () => {
    const dispatch = createDispatch(handlers as unknown as ChannelHandlers, silentLogger);
    for (const body of ['Hi {{ customer.first_name }}, it is credited', 'Credited {% if vip %}today{% endif %}', 'Hello {{}}']) {
      for (const kind of ['reply', 'note'] as const) {
        const result = await dispatch('ticket.reply', { ticketId: 'T-1', kind, body, lastSeenMessageId: 'M-2' });
        expect(result, `${kind}: ${body}`).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.any(String), refusal: { kind: 'unfilled_placeholder' } } });
      }
    }
    expect(cache.outbox.forTicket('T-1')).toHaveLength(0);
    expect(queued).toEqual([]);
    // Single braces are the customer's or the agent's own words, not a template: they go.
    const sent = await dispatch('ticket.reply', { ticketId: 'T-1', kind: 'reply', body: 'Your order {A-17} is credited', lastSeenMessageId: 'M-2' });
    expect(sent.ok).toBe(true);
  });

  it('takes a new ticket as open (the shared rule)', async () => {
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'T-1', version: 4, status: 'new' }), makeTicket({ id: 'T-2', version: 2, status: 'new', security: true })], customers: [], messages: [] }));
    const first = await handlers['ticket.takeNext']({});
    expect(first.ticketId).not.toBeNull();
    const taken = cache.tickets.get(first.ticketId!)!;
    expect(taken.assigneeId).toBe('agent-1');
    expect(taken.status).toBe('open');
  });

  it('builds a change on the version the agent’s own delivered reply produced, before any pull', async () => {
    const sent = await handlers['ticket.reply']({ ticketId: 'T-1', kind: 'reply', body: 'Checking now', lastSeenMessageId: 'M-2' });
    cache.outbox.markDelivered(sent.entry!.id, 4, T0 + 61_000);
    const update = await handlers['ticket.update']({ ticketId: 'T-1', changes: { status: 'pending' } });
    expect(cache.outbox.get(update.entry.id)?.baseVersion).toBe(4);
  });

  it('shows the agent’s reply at once, marked pending, and clears the draft', async () => {
    cache.drafts.save('T-1', 'Credited', T0);
    await handlers['ticket.reply']({ ticketId: 'T-1', kind: 'reply', body: 'Credited now', lastSeenMessageId: 'M-2' });
    const detail = (await handlers['ticket.get']({ ticketId: 'T-1' }))!;
    expect(detail.messages.at(-1)).toMatchObject({ body: 'Credited now', pending: true, authorType: 'agent' });
    expect(detail.draft).toBe('');
    expect(detail.ticket.firstResponseAt).not.toBeNull();
  });

  it('applies tags and snooze at once; a snoozed ticket leaves the working views but never the security one', async () => {
    await handlers['ticket.update']({ ticketId: 'T-1', changes: { tags: ['vip', 'trc20'], snoozedUntil: T0 + 3_600_000 } });
    expect(cache.tickets.get('T-1')).toMatchObject({ tags: ['vip', 'trc20'], snoozedUntil: T0 + 3_600_000 });
    expect((await handlers['queue.page']({ view: 'all', offset: 0, limit: 10 })).rows.map((r) => r.id)).toEqual(['T-2']);
    await handlers['ticket.update']({ ticketId: 'T-2', changes: { snoozedUntil: T0 + 3_600_000 } });
    expect((await handlers['queue.page']({ view: 'security', offset: 0, limit: 10 })).rows.map((r) => r.id)).toEqual(['T-2']);
  });

  it('lets the agent discard a failed change, which then stops showing', async () => {
    const { entry } = await handlers['ticket.update']({ ticketId: 'T-1', changes: { status: 'solved' } });
    expect(cache.tickets.get('T-1')?.status).toBe('solved');
    cache.outbox.markFailed(entry.id, 'conflict: the ticket was changed elsewhere');
    cache.tickets.refreshEffective('T-1');
    const discarded = await handlers['outbox.discard']({ entryId: entry.id });
    expect(discarded.entry.state).toBe('discarded');
    expect(cache.tickets.get('T-1')?.status).toBe('open');
    await expect(async () => handlers['outbox.discard']({ entryId: entry.id })).rejects.toThrow(/only failed entries/);
  });

  it('re-bases a failed change onto the current version when the agent applies it anyway', async () => {
    const { entry } = await handlers['ticket.update']({ ticketId: 'T-1', changes: { priority: 'urgent' } });
    cache.outbox.markFailed(entry.id, 'conflict');
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'T-1', version: 7 })], customers: [], messages: [] }));
    await handlers['outbox.retry']({ entryId: entry.id });
    expect(cache.outbox.get(entry.id)).toMatchObject({ state: 'pending', baseVersion: 7 });
  });
});

describe('bulk changes and settings', () => {
  let cache: CacheStore;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-bulk-')), 'cache.sqlite'));
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'T-1' }), makeTicket({ id: 'T-2' }), makeTicket({ id: 'T-3' })], customers: [], messages: [] }));
  });
  afterEach(() => cache.close());

  it('queues one entry per ticket, all or nothing', async () => {
    const handlers = createTicketHandlers({ cache, agent: () => me, now: () => T0, sendingIds: () => new Set(), onQueued: () => {} });
    const { entries } = await handlers['ticket.bulkUpdate']({ ticketIds: ['T-1', 'T-2', 'T-2'], changes: { status: 'pending' } });
    expect(entries.map((e) => e.ticketId)).toEqual(['T-1', 'T-2']);
    expect(cache.tickets.get('T-2')?.status).toBe('pending');
    await expect(async () => handlers['ticket.bulkUpdate']({ ticketIds: ['T-3', 'T-missing'], changes: { status: 'solved' } })).rejects.toThrow(/no ticket T-missing/);
    expect(cache.tickets.get('T-3')?.status).toBe('open');
    expect(cache.outbox.forTicket('T-3')).toHaveLength(0);
  });

  it('keeps the agent’s key bindings and preferences across restarts', async () => {
    const handlers = createTicketHandlers({ cache, agent: () => me, now: () => T0, sendingIds: () => new Set(), onQueued: () => {} });
    expect(await handlers['settings.get']({})).toEqual({ keybindings: {}, autoAdvance: true, ackTimeoutMinutes: 5, favoriteMacroIds: [], interfaceLanguage: 'en' });
    await handlers['settings.set']({ keybindings: { 'ticket.reply': ['Shift+R'] } });
    await handlers['settings.set']({ autoAdvance: false });
    expect(cache.settings.get()).toEqual({ keybindings: { 'ticket.reply': ['Shift+R'] }, autoAdvance: false, ackTimeoutMinutes: 5, favoriteMacroIds: [], interfaceLanguage: 'en' });
  });
});
