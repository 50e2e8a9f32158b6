import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../preload/contract';
import { createExecutiveHandlers } from '../../../main/services/app/executive-handlers';
import { createMacroHandlers } from '../../../main/services/app/macro-handlers';
import { createTicketHandlers } from '../../../main/services/app/ticket-handlers';
import { loadStarterLibrary } from '../../../main/services/domain/starter-library';
import { QUALITY_REVIEW_TAG } from '../../../main/services/domain/quality-review';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeTicket, T0 } from '../fixtures/make-ticket';

const executive: Agent = { id: 'agent-executive-1', name: 'Marius Vaitkus', email: 'marius@desk', role: 'executive', languages: ['en', 'lt', 'ru'], domains: [] };
const frontline: Agent = { id: 'agent-frontline-1', name: 'María González', email: 'maria@desk', role: 'frontline', languages: ['en', 'es'], domains: [] };

describe('executive handlers', () => {
  let cache: CacheStore;
  let agent: Agent;
  const deps = () => ({ cache, agent: () => agent, now: () => T0 + 60_000, sendingIds: () => new Set<number>(), onQueued: () => {} });
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-executive-')), 'cache.sqlite'));
    agent = executive;
    cache.transaction(() => {
      cache.reference.replaceBackendMacros(loadStarterLibrary());
      cache.tickets.applyServerData({
        tickets: [
          makeTicket({ id: 'T-ru', topic: 'withdrawal', language: 'ru', customerId: 'C-ru', tags: ['vip'] }),
          makeTicket({ id: 'T-lt', topic: 'deposit', language: 'lt', customerId: 'C-lt' }),
          makeTicket({ id: 'T-pt', topic: 'fees', language: 'pt', customerId: 'C-pt' }),
          makeTicket({ id: 'T-sec', topic: 'account_compromise', language: 'en', customerId: 'C-lt' }),
        ],
        customers: [
          makeCustomer({ id: 'C-ru', name: 'Иван Петров', firstName: 'Иван', language: 'ru' }),
          makeCustomer({ id: 'C-lt', name: 'Jonas Jonaitis', firstName: 'Jonas', language: 'lt' }),
          makeCustomer({ id: 'C-pt', name: 'João Silva', firstName: 'João', language: 'pt' }),
        ],
        messages: [],
      });
    });
  });
  afterEach(() => cache.close());

  it('proposes the topic’s macro rendered for the customer, in their language', async () => {
    const reply = await createExecutiveHandlers(deps())['ticket.suggestedReply']({ ticketId: 'T-ru' });
    expect(reply).toMatchObject({ macroId: 'starter.withdrawal-delayed', preview: { macroId: 'starter.withdrawal-delayed', ticketId: 'T-ru', language: 'ru', missing: [], error: null } });
    expect(reply?.preview.text).toContain('Иван');
    expect(reply?.preview.text).toContain('Marius');
    const pt = await createExecutiveHandlers(deps())['ticket.suggestedReply']({ ticketId: 'T-pt' });
    expect(pt?.preview).toMatchObject({ language: 'pt', missing: [], error: null });
    expect(pt?.preview.text).toContain('João');
    // A fees macro served without a Portuguese body: English, as in the macro picker.
    cache.transaction(() => cache.reference.replaceBackendMacros(loadStarterLibrary().map((m) => ({ ...m, bodies: m.bodies.filter((b) => b.language !== 'pt') }))));
    expect((await createExecutiveHandlers(deps())['ticket.suggestedReply']({ ticketId: 'T-pt' }))?.preview.language).toBe('en');
  });

  it('lists the fill-in fields still missing, as the macro preview does', async () => {
    const reply = await createExecutiveHandlers(deps())['ticket.suggestedReply']({ ticketId: 'T-lt' });
    expect(reply?.macroId).toBe('starter.deposit-not-credited');
    expect(reply?.preview).toMatchObject({ language: 'lt', missing: ['fields.tx_hash'] });
    const filled = await createMacroHandlers(deps())['macro.render']({ macroId: reply!.macroId, ticketId: 'T-lt', fields: { tx_hash: '0xfeed' } });
    expect(filled.missing).toEqual([]);
  });

  it('proposes the shared macro a newcomer can send as it is, never a personal one', async () => {
    cache.transaction(() => {
      cache.macros.savePersonal({ title: 'My fees', topic: 'fees', keywords: [], bodies: [{ language: 'en', body: 'Fees: see the page.' }], requiredFields: [], actions: {} });
      cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'T-kyc', topic: 'kyc', language: 'lt', customerId: 'C-lt' })], customers: [], messages: [] });
    });
    const handlers = createExecutiveHandlers(deps());
    expect((await handlers['ticket.suggestedReply']({ ticketId: 'T-pt' }))?.macroId).toBe('starter.fees-explained');
    // Two KYC macros: the rejection one needs the reason typed in, the onboarding one does not.
    expect((await handlers['ticket.suggestedReply']({ ticketId: 'T-kyc' }))?.macroId).toBe('starter.kyc-onboarding');
  });

  it('never proposes the security holding reply (it goes with an escalation), and refuses an unknown ticket', async () => {
    const handlers = createExecutiveHandlers(deps());
    expect(await handlers['ticket.suggestedReply']({ ticketId: 'T-sec' })).toBeNull();
    await expect(async () => handlers['ticket.suggestedReply']({ ticketId: 'T-nope' })).rejects.toThrow(/no ticket T-nope/);
  });

  it('marks an executive’s reply for quality review in the same commit, beside the macro’s own actions', async () => {
    const tickets = createTicketHandlers(deps());
    const receipt = await tickets['ticket.reply']({ ticketId: 'T-ru', kind: 'reply', body: 'Проверяем ваш вывод', lastSeenMessageId: null, macroIds: ['starter.withdrawal-delayed'] });
    expect(receipt.entry?.kind).toBe('reply');
    expect(receipt.actionsEntry).toMatchObject({ kind: 'update', ticketId: 'T-ru' });
    expect(receipt.actionsEntry!.id).toBe(receipt.entry!.id + 1);
    expect(cache.tickets.get('T-ru')).toMatchObject({ status: 'pending', tags: ['vip', 'withdrawal', QUALITY_REVIEW_TAG] });
    const queued = cache.outbox.forTicket('T-ru').map((e) => e.payload);
    expect(queued).toEqual([
      { kind: 'reply', body: 'Проверяем ваш вывод', authorId: executive.id },
      { kind: 'update', changes: { status: 'pending', tags: ['vip', 'withdrawal', QUALITY_REVIEW_TAG] }, authorId: executive.id },
    ]);
  });

  it('marks an executive’s note too, once; a frontline agent’s words are not marked', async () => {
    const tickets = createTicketHandlers(deps());
    const note = await tickets['ticket.reply']({ ticketId: 'T-lt', kind: 'note', body: 'Asked the treasury team' });
    expect(note.actionsEntry?.summary).toContain(QUALITY_REVIEW_TAG);
    // Already marked: the next reply carries no second tag change.
    const again = await tickets['ticket.reply']({ ticketId: 'T-lt', kind: 'reply', body: 'Checking it now', lastSeenMessageId: null });
    expect(again.actionsEntry).toBeNull();

    agent = frontline;
    const theirs = await createTicketHandlers(deps())['ticket.reply']({ ticketId: 'T-pt', kind: 'reply', body: 'Our fees are listed here', lastSeenMessageId: null });
    expect(theirs.actionsEntry).toBeNull();
    expect(cache.tickets.get('T-pt')?.tags).toEqual([]);
  });

  it('refuses bulk changes and bulk macros from an executive, even without a button for them; nothing is queued', async () => {
    const tickets = createTicketHandlers(deps());
    const macros = createMacroHandlers(deps());
    expect(() => tickets['ticket.bulkUpdate']({ ticketIds: ['T-ru', 'T-lt'], changes: { status: 'pending' } })).toThrow(/not available in the executive desk/);
    expect(() => macros['macro.applyBulk']({ macroId: 'starter.withdrawal-delayed', ticketIds: ['T-ru', 'T-lt'] })).toThrow(/not available in the executive desk/);
    expect(cache.outbox.forTicket('T-ru')).toEqual([]);
    expect(cache.outbox.forTicket('T-lt')).toEqual([]);

    agent = frontline;
    expect(createTicketHandlers(deps())['ticket.bulkUpdate']({ ticketIds: ['T-ru', 'T-lt'], changes: { status: 'pending' } })).toMatchObject({ entries: [{}, {}] });
  });
});
