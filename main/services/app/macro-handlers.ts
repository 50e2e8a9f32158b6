import type { Agent, Language, Macro, Ticket } from '../../../preload/contract';
import { macroActionChanges } from '../domain/macro-actions';
import { macroContext, renderMacroFor } from '../domain/macro-context';
import { renderMacro } from '../domain/macro-rendering';
import { secretRequests } from '../domain/macro-safety';
import { bulkActionRefusal, ticketChangeRefusal } from '../domain/security-rights';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import { OutboxWriter, type OutboxWriterDeps } from './outbox-writer';
import { crossCustomerLeak } from './privacy-handlers';
import { accountMacroFactsFor } from './account-macro-facts';

/** How long a bulk send waits before it goes, so the agent can take it back. */
export const BULK_UNDO_WINDOW_MS = 10_000;

export interface MacroHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
}

/** Macros: the library with usage, previews per ticket, personal macros, bulk sends with undo. */
export function createMacroHandlers(deps: MacroHandlerDeps): Pick<ChannelHandlers, 'macro.list' | 'macro.render' | 'macro.save' | 'macro.delete' | 'macro.recordUse' | 'macro.applyBulk' | 'outbox.undo'> {
  const { cache, now } = deps;
  const writer = new OutboxWriter(deps);

  const macroOrThrow = (id: string): Macro => {
    const macro = cache.macros.get(id);
    if (!macro) throw new HandlerError('not_found', `no macro ${id}`);
    return macro;
  };

  const render = (macro: Macro, ticket: Ticket, fields: Record<string, string>) => renderMacroFor(macro, ticket, cache.tickets.customer(ticket.customerId), deps.agent(), fields, accountMacroFactsFor(cache, ticket.id));

  return {
    'macro.list': () => ({ macros: cache.macros.list(deps.agent().id) }),

    'macro.render': ({ macroId, ticketId, fields }) => {
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
      return { macroId, ticketId, ...render(macroOrThrow(macroId), ticket, fields ?? {}) };
    },

    'macro.save': ({ macro, allowSecretWords }) => {
      const flagged = macro.bodies.flatMap((b) => secretRequests(b.body).map((r) => ({ language: b.language, ...r })));
      for (const b of macro.bodies) {
        const check = renderMacro(b.body, macroContext({ id: 'T-0', subject: '' }, null, deps.agent()), []);
        if (check.error) throw new HandlerError('invalid_input', `the ${b.language} body is not a valid template: ${check.error}`);
      }
      if (flagged.length > 0 && !allowSecretWords) return { macro: null, flagged };
      const { id, ...rest } = macro;
      try {
        return { macro: cache.durableTransaction(() => cache.macros.savePersonal({ ...rest, ...(id ? { id } : {}) })), flagged };
      } catch (error) {
        throw new HandlerError('forbidden', (error as Error).message);
      }
    },

    'macro.delete': ({ macroId }) => ({ deleted: cache.durableTransaction(() => cache.macros.deletePersonal(macroId)) }),

    'macro.recordUse': ({ macroIds }) => {
      cache.transaction(() => cache.macros.recordUse(macroIds, deps.agent().id, now()));
      return { ok: true };
    },

    'macro.applyBulk': ({ macroId, ticketIds, fields }) => {
      const macro = macroOrThrow(macroId);
      const me = deps.agent();
      const refusal = bulkActionRefusal(me.role);
      if (refusal) throw new HandlerError('forbidden', refusal);
      const undoUntil = now() + BULK_UNDO_WINDOW_MS;
      const skipped: Array<{ ticketId: string; reason: string }> = [];
      const languages: Partial<Record<Language, number>> = {};
      const unique = [...new Set(ticketIds)];
      const queued = cache.durableTransaction(() => {
        const entries = [];
        for (const ticketId of unique) {
          const ticket = cache.tickets.get(ticketId);
          if (!ticket) {
            skipped.push({ ticketId, reason: 'not in the cache' });
            continue;
          }
          const rendered = render(macro, ticket, fields ?? {});
          if (rendered.error || rendered.missing.length > 0 || !rendered.language) {
            skipped.push({ ticketId, reason: rendered.error ?? `missing ${rendered.missing.join(', ')}` });
            continue;
          }
          const changes = macroActionChanges([macro], ticket, me.id);
          const refusal = ticketChangeRefusal(me.role, ticket, changes);
          if (refusal) {
            skipped.push({ ticketId, reason: refusal });
            continue;
          }
          // A fill-in value naming another customer would send their data to every recipient: that ticket is left out.
          const leak = crossCustomerLeak(cache, ticketId, rendered.text);
          if (leak) {
            skipped.push({ ticketId, reason: `names another customer (${leak.identifier.replace('_', ' ')} ${leak.shown})` });
            continue;
          }
          entries.push(writer.enqueueOne(ticketId, { kind: 'reply', body: rendered.text, authorId: me.id }, { notBefore: undoUntil }));
          if (Object.keys(changes).length > 0) entries.push(writer.enqueueOne(ticketId, { kind: 'update', changes, authorId: me.id }, { notBefore: undoUntil }));
          languages[rendered.language] = (languages[rendered.language] ?? 0) + 1;
        }
        if (entries.length > 0) cache.macros.recordUse([macro.id], me.id, now());
        return entries;
      });
      deps.onQueued(unique);
      return { entries: queued.map((e) => writer.toPublic(e)), skipped, languages, undoUntil };
    },

    'outbox.undo': ({ entryIds }) => {
      const result = cache.durableTransaction(() => {
        const touched = new Set<string>();
        const undone = cache.outbox.cancelUnsent(entryIds, deps.sendingIds(), now());
        for (const id of undone) touched.add(cache.outbox.get(id)!.ticketId);
        for (const ticketId of touched) cache.tickets.refreshEffective(ticketId);
        return { undone, alreadySent: entryIds.filter((id) => !undone.includes(id)), touched: [...touched] };
      });
      deps.onQueued(result.touched);
      return { undone: result.undone, alreadySent: result.alreadySent };
    },
  };
}
