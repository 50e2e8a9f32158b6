import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS, type Agent, type DeskSettings } from '../../../preload/contract';
import type { ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { createDispatch } from '../../../main/services/app/dispatch';
import { createTicketHandlers } from '../../../main/services/app/ticket-handlers';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { ACTIONS } from '../../../renderer/src/keyboard/keymap';
import { makeTicket, T0 } from '../fixtures/make-ticket';

// Issue 14: what the desk stores is keyed by ids it knows. A draft for a ticket that does not
// exist, or a key binding for an action that does not exist, is refused with a clear error.
const me: Agent = { id: 'agent-1', name: 'Ana', email: 'ana@desk', role: 'frontline', languages: ['en'], domains: [] };

describe('stored ids must exist', () => {
  let cache: CacheStore;
  let dispatch: ReturnType<typeof createDispatch>;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-ids-')), 'cache.sqlite'));
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'T-1' })], customers: [], messages: [] }));
    const handlers = createTicketHandlers({ cache, agent: () => me, now: () => T0, sendingIds: () => new Set(), onQueued: () => {} });
    const fail = () => {
      throw new Error('not expected in this test');
    };
    dispatch = createDispatch(new Proxy(handlers as ChannelHandlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail }), silentLogger);
  });
  afterEach(() => cache.close());

  it('draft.save refuses a ticket id the desk does not have, and stores nothing for it', async () => {
    const unknown = ['1 OR 1=1', "T-1' --", 'T-1 ', 't-1', 'T-10', '../T-1', '%', 'T-1\u0000', '\u202ET-1', '*', 'T-2'];
    for (const ticketId of unknown) {
      const result = await dispatch('draft.save', { ticketId, body: 'hello' });
      expect(result, ticketId).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining('a draft needs a ticket') } });
      expect(cache.drafts.get(ticketId)).toBe('');
    }
    expect(await dispatch('draft.save', { ticketId: 'T-1', body: 'hello' })).toEqual({ ok: true, value: { savedAt: T0 } });
    expect(cache.drafts.get('T-1')).toBe('hello');
  });

  it('settings.set refuses a binding for an action id the keymap does not have, and stores nothing', async () => {
    const unknown = ['fs.readFile', 'ticket.delete', 'queue.next ', 'QUEUE.NEXT', '__proto__', 'constructor', 'toString', 'view.6', '', 'x'.repeat(61), 'ticket.reply\u202E'];
    for (const id of unknown) {
      const result = await dispatch('settings.set', { keybindings: { 'ticket.reply': ['Shift+R'], [id]: ['Shift+X'] } });
      expect(result.ok, JSON.stringify(id)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        const { issues } = result.error as { issues?: string[] };
        expect(issues?.join('\n'), JSON.stringify(id)).toMatch(/^keybindings\..*unknown action id/m);
      }
    }
    expect(cache.settings.get().keybindings).toEqual({});
    // Every real action may be bound.
    const all = Object.fromEntries(ACTION_IDS.map((id) => [id, ['Shift+F12']]));
    const ok = await dispatch('settings.set', { keybindings: all });
    expect(ok.ok).toBe(true);
    expect(Object.keys((ok as { value: DeskSettings }).value.keybindings).sort()).toEqual([...ACTION_IDS].sort());
  });

  it('a binding stored for an unknown id before this check is not handed back', () => {
    cache.settings.update({ keybindings: { 'ticket.reply': ['Shift+R'], 'gone.action': ['Shift+G'] } });
    expect(cache.settings.get().keybindings).toEqual({ 'ticket.reply': ['Shift+R'] });
  });

  it('the contract’s action ids and the keymap’s are the same list', () => {
    expect(ACTIONS.map((a) => a.id).sort()).toEqual([...ACTION_IDS].sort());
    expect(new Set(ACTION_IDS).size).toBe(ACTION_IDS.length);
    // The keymap module checks it by type as well (a compile error, not only a test failure).
    expect(readFileSync('renderer/src/keyboard/keymap.ts', 'utf8')).toContain('satisfies readonly (ActionDef & { id: KeymapActionId })[]');
  });
});
