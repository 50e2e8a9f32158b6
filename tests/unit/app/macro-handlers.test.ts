import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../preload/contract';
import { BULK_UNDO_WINDOW_MS, createMacroHandlers } from '../../../main/services/app/macro-handlers';
import { loadStarterLibrary } from '../../../main/services/domain/starter-library';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeTicket, T0 } from '../fixtures/make-ticket';

const me: Agent = { id: 'agent-1', name: 'Rūta Petrauskaitė', email: 'ruta@desk', role: 'frontline', languages: ['en', 'lt'], domains: [] };

describe('macro handlers', () => {
  let cache: CacheStore;
  let clock: number;
  let handlers: ReturnType<typeof createMacroHandlers>;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-macros-')), 'cache.sqlite'));
    cache.transaction(() => {
      cache.reference.replaceBackendMacros(loadStarterLibrary());
      cache.tickets.applyServerData({
        tickets: [
          makeTicket({ id: 'T-1', language: 'es', customerId: 'C-es', tags: ['vip'] }),
          makeTicket({ id: 'T-2', language: 'ru', customerId: 'C-ru' }),
          makeTicket({ id: 'T-3', language: 'lt', customerId: 'C-lt' }),
          makeTicket({ id: 'T-4', language: 'pt', customerId: 'C-pt' }),
          makeTicket({ id: 'T-5', language: 'it', customerId: 'C-it' }),
        ],
        customers: [
          makeCustomer({ id: 'C-es', name: 'Lucía Gómez', firstName: 'Lucía', language: 'es' }),
          makeCustomer({ id: 'C-ru', name: 'Иван Петров', firstName: 'Иван', language: 'ru' }),
          makeCustomer({ id: 'C-lt', name: 'Jonas Jonaitis', firstName: 'Jonas', language: 'lt' }),
          makeCustomer({ id: 'C-pt', name: 'João Silva', firstName: 'João', language: 'pt' }),
          makeCustomer({ id: 'C-it', name: 'Giulia Rossi', firstName: 'Giulia', language: 'it' }),
        ],
        messages: [],
      });
    });
    clock = T0;
    handlers = createMacroHandlers({ cache, agent: () => me, now: () => clock, sendingIds: () => new Set(), onQueued: () => {} });
  });
  afterEach(() => cache.close());

  it('previews a macro in the ticket’s language, falling back to English, and lists what is missing', async () => {
    const es = await handlers['macro.render']({ macroId: 'starter.withdrawal-delayed', ticketId: 'T-1' });
    expect(es).toMatchObject({ language: 'es', missing: [], error: null });
    expect(es.text).toContain('Lucía');
    expect(es.text).toContain('Rūta');
    const pt = await handlers['macro.render']({ macroId: 'starter.kyc-onboarding', ticketId: 'T-4' });
    expect(pt).toMatchObject({ language: 'pt', missing: [], error: null });
    expect(pt.text).toContain('João');
    // A macro a backend serves without a Portuguese body: English it is.
    cache.transaction(() => cache.reference.replaceBackendMacros(loadStarterLibrary().map((m) => ({ ...m, bodies: m.bodies.filter((b) => b.language !== 'pt') }))));
    expect((await handlers['macro.render']({ macroId: 'starter.kyc-onboarding', ticketId: 'T-4' })).language).toBe('en');
    const deposit = await handlers['macro.render']({ macroId: 'starter.deposit-not-credited', ticketId: 'T-3' });
    expect(deposit.missing).toEqual(['fields.tx_hash']);
    const filled = await handlers['macro.render']({ macroId: 'starter.deposit-not-credited', ticketId: 'T-3', fields: { tx_hash: '0xfeed' } });
    expect(filled).toMatchObject({ missing: [], language: 'lt' });
    expect(filled.text).toContain('0xfeed');
  });

  it('refuses to save a personal macro that asks for a secret, unless the agent insists; refuses a broken template', async () => {
    const macro = { title: 'Verify', topic: null, keywords: ['verify'], requiredFields: [], actions: {}, bodies: [{ language: 'en' as const, body: 'Hi {{ customer.first_name | default: "there" }}. Please send us your seed phrase to verify the wallet.' }] };
    const refused = await handlers['macro.save']({ macro });
    expect(refused.macro).toBeNull();
    expect(refused.flagged).toEqual([{ language: 'en', sentence: 'Please send us your seed phrase to verify the wallet.', term: 'seed phrase' }]);
    expect((await handlers['macro.list']({})).macros.some((m) => m.title === 'Verify')).toBe(false);
    const forced = await handlers['macro.save']({ macro, allowSecretWords: true });
    expect(forced.macro?.source).toBe('personal');
    await expect(async () => handlers['macro.save']({ macro: { ...macro, bodies: [{ language: 'en', body: 'Hi {{ customer.name | shout }}' }] } })).rejects.toThrow(/not a valid template/);
    await expect(async () => handlers['macro.save']({ macro: { ...macro, id: 'starter.fees-explained' }, allowSecretWords: true })).rejects.toThrow(/shared library/);
  });

  it('ranks the macros this agent uses most first', async () => {
    await handlers['macro.recordUse']({ macroIds: ['starter.tax-statement'] });
    await handlers['macro.recordUse']({ macroIds: ['starter.tax-statement', 'starter.fees-explained'] });
    const ids = (await handlers['macro.list']({})).macros.map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual(['starter.tax-statement', 'starter.fees-explained']);
  });

  it('applies a macro to many tickets, each in its customer’s language, held back so one undo takes it all back', async () => {
    const result = await handlers['macro.applyBulk']({ macroId: 'starter.withdrawal-delayed', ticketIds: ['T-1', 'T-2', 'T-3', 'T-5', 'T-missing'] });
    expect(result.languages).toEqual({ es: 1, ru: 1, lt: 1, it: 1 });
    expect(result.skipped).toEqual([{ ticketId: 'T-missing', reason: 'not in the cache' }]);
    expect(result.undoUntil).toBe(T0 + BULK_UNDO_WINDOW_MS);
    const replies = result.entries.filter((e) => e.kind === 'reply');
    expect(replies).toHaveLength(4);
    // The macro's actions ride along: tags are added to the ticket's own.
    expect(cache.tickets.get('T-1')?.tags).toEqual(expect.arrayContaining(['vip', 'withdrawal']));
    // Nothing goes before the undo window ends.
    expect(cache.outbox.nextSendable(T0 + BULK_UNDO_WINDOW_MS - 1)).toBeNull();
    expect(cache.outbox.nextSendable(T0 + BULK_UNDO_WINDOW_MS)).not.toBeNull();

    const undo = await handlers['outbox.undo']({ entryIds: result.entries.map((e) => e.id) });
    expect(undo.undone).toHaveLength(result.entries.length);
    expect(cache.outbox.nextSendable(T0 + BULK_UNDO_WINDOW_MS)).toBeNull();
    expect(cache.tickets.get('T-1')?.tags).toEqual(['vip']);
  });

  it('skips the tickets a macro cannot go to yet, and says why', async () => {
    const result = await handlers['macro.applyBulk']({ macroId: 'starter.deposit-not-credited', ticketIds: ['T-1', 'T-2'] });
    expect(result.entries).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['missing fields.tx_hash', 'missing fields.tx_hash']);
  });
});
