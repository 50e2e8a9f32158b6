import type { StoreApi } from 'zustand';
import type { EventPayloads } from '../../../preload/contract/channels';
import { isolatedPlainText } from '../../../preload/contract/customer-text';
import { call, subscribe } from '../bridge';
import { translate } from '../i18n';
import { debounce } from '../lib/debounce';
import { awaitsAnswer, canTakeNext } from '../lib/executive-rules';
import { announce } from './announce-store';
import { reportError } from './error-store';
import { FRESH_TICKET, type ExecutiveState } from './executive-state';
import type { ExecutiveTools } from './executive-store';

type Set = StoreApi<ExecutiveState>['setState'];
type Get = StoreApi<ExecutiveState>['getState'];
type TicketActions = Pick<ExecutiveState, 'resume' | 'takeNext' | 'refresh' | 'requestFocus' | 'listen'>;

/** How many of the executive's own tickets are looked at for one to resume. */
const RESUME_LOOKUP = 20;

/** The ticket on the executive desk: taken (or resumed), opened, kept fresh, and where focus goes. */
export function executiveTicketActions(set: Set, get: Get, { mergeEntries }: ExecutiveTools): TicketActions {
  let focusSeq = 0;
  // Newest request wins: an answer for an older ticket, or an older detail, is dropped.
  let openToken = 0;
  let detailToken = 0;

  const refreshSoon = debounce(() => void get().refresh(), 100, 500);

  async function open(ticketId: string): Promise<void> {
    const token = ++openToken;
    try {
      const [detail, suggestion] = await Promise.all([
        call('ticket.get', { ticketId }),
        call('ticket.suggestedReply', { ticketId }).catch((err: unknown) => {
          reportError(translate('executive.error.suggestion'), err);
          return null;
        }),
      ]);
      if (token !== openToken || get().ticketId !== ticketId) return;
      if (!detail) throw new Error(`ticket ${ticketId} is not in the cache`);
      const renderedText = suggestion?.preview.text ?? '';
      // A draft left by a crash or a reload wins over the suggestion: it is what the executive wrote.
      const text = detail.draft ? detail.draft : renderedText;
      set({ detail, suggestion, renderedText, text, missing: suggestion?.preview.missing ?? [] });
      announce(translate('executive.announce.taken', { id: isolatedPlainText(detail.ticket.id), customer: detail.customer ? isolatedPlainText(detail.customer.name) : translate('executive.ticket.unknownCustomer'), subject: isolatedPlainText(detail.ticket.subject) }));
      // The conversation, not the reply: a key from the cheat sheet (n, g r) must never type into
      // what the customer will read. The reply takes focus on r or a click.
      get().requestFocus('conversation');
    } catch (err) {
      if (token !== openToken) return;
      // Nothing half-open stays on screen: the executive starts again from "Take next".
      set({ phase: 'idle', ticketId: null, ...FRESH_TICKET });
      reportError(translate('executive.error.open'), err);
      get().requestFocus('takeNext');
    }
  }

  return {
    async resume() {
      try {
        const { rows } = await call('queue.page', { view: 'mine', offset: 0, limit: RESUME_LOOKUP });
        for (const row of rows) {
          if (get().phase !== 'idle') return;
          if (row.security || (row.status !== 'new' && row.status !== 'open')) continue;
          const detail = await call('ticket.get', { ticketId: row.id });
          if (!detail || !awaitsAnswer(detail) || get().phase !== 'idle') continue;
          set({ phase: 'working', ticketId: row.id, ...FRESH_TICKET });
          await open(row.id);
          return;
        }
      } catch {
        // Nothing to resume is the ordinary case; "Take next" works either way.
      }
    },

    async takeNext() {
      const before = get().phase;
      if (!canTakeNext(get())) return;
      set({ phase: 'taking' });
      try {
        const { ticketId } = await call('ticket.takeNext', {});
        if (ticketId === null) {
          set({ phase: 'empty', ticketId: null, ...FRESH_TICKET });
          announce(translate('executive.announce.empty'));
          get().requestFocus('takeNext');
          return;
        }
        set({ phase: 'working', ticketId, ...FRESH_TICKET });
        await open(ticketId);
      } catch (err) {
        // Back to where it was: the previous ticket (or none) stays on screen.
        set({ phase: before });
        reportError(translate('executive.error.takeNext'), err);
        get().requestFocus('takeNext');
      }
    },

    async refresh() {
      const { ticketId, suggestion } = get();
      // Still opening: that first load is fresh already.
      if (!ticketId || suggestion === undefined) return;
      const token = ++detailToken;
      try {
        const detail = await call('ticket.get', { ticketId });
        if (token === detailToken && get().ticketId === ticketId) set({ detail });
      } catch (err) {
        if (token === detailToken) reportError(translate('executive.error.open'), err);
      }
    },

    requestFocus(target) {
      set({ focus: { target, seq: ++focusSeq } });
    },

    listen() {
      const concerns = (ids: readonly string[]): boolean => {
        const id = get().ticketId;
        return id !== null && ids.includes(id);
      };
      const offOutbox = subscribe('outbox.changed', ({ entries }: EventPayloads['outbox.changed']) => {
        mergeEntries(entries);
        if (concerns(entries.map((e) => e.ticketId))) refreshSoon();
      });
      const offTickets = subscribe('tickets.changed', ({ ticketIds }: EventPayloads['tickets.changed']) => {
        if (concerns(ticketIds)) refreshSoon();
      });
      return () => {
        offOutbox();
        offTickets();
        refreshSoon.cancel();
      };
    },
  };
}
