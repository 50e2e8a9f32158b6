import type { StoreApi } from 'zustand';
import type { QueueRow, TicketDetail } from '../../../preload/contract/queue-types';
import { call, describe } from '../bridge';
import { translate } from '../i18n';
import { reportError } from './error-store';
import type { TicketState } from './ticket-store';

/** The 50 around the selection and the recently viewed: j/k within them only render. */
const MAX_CACHED_DETAILS = 120;
/** A cached detail older than this is shown at once but refetched in the background. */
const REVALIDATE_AFTER_MS = 30_000;

/** Fetching ticket details into the store: newest request wins, least recently viewed go first, stale ones are refetched. */
export interface DetailCache {
  /** Marks the ticket most recently viewed. */
  touch(id: string): void;
  fetchDetail(id: string, force?: boolean): Promise<void>;
  /** The neighbours of the selection in one round trip; a failure leaves them to be fetched when opened. */
  fetchMany(ids: string[]): Promise<void>;
  needsFetch(id: string): boolean;
  /** A request is on its way for the ticket. */
  asked(id: string): boolean;
  /** An answer already on its way no longer lands (it predates a change the agent made). */
  dropAnswer(id: string): void;
  /** Refetched when next shown. */
  markStale(id: string): void;
}

/** The cache's bookkeeping lives in its closure: none of it triggers renders. */
export function createDetailCache(set: StoreApi<TicketState>['setState'], get: StoreApi<TicketState>['getState']): DetailCache {
  let requestSeq = 0;
  const inflight = new Map<string, number>(); // ticket id -> token of the newest request
  const fetchedAt = new Map<string, number>();
  const stale = new Set<string>();
  let recent: string[] = []; // LRU order, most recent last

  function touch(id: string): void {
    recent = recent.filter((x) => x !== id);
    recent.push(id);
  }

  async function fetchDetail(id: string, force = false): Promise<void> {
    if (!force && inflight.has(id)) return;
    const token = ++requestSeq;
    inflight.set(id, token);
    let detail: TicketDetail | null;
    try {
      detail = await call('ticket.get', { ticketId: id });
    } catch (err) {
      if (inflight.get(id) !== token) return;
      inflight.delete(id);
      set((s) => ({ loadErrors: { ...s.loadErrors, [id]: describe(err) } }));
      if (id === get().currentId) reportError(translate('ticket.action.open'), err);
      return;
    }
    land([[id, detail]], token);
  }

  async function fetchMany(ids: string[]): Promise<void> {
    const token = ++requestSeq;
    for (const id of ids) inflight.set(id, token);
    let answers: Array<TicketDetail | null>;
    try {
      answers = await call('ticket.getMany', { ticketIds: ids });
    } catch {
      for (const id of ids) if (inflight.get(id) === token) inflight.delete(id);
      return;
    }
    land(ids.map((id, i) => [id, answers[i] ?? null]), token);
  }

  /** Stores fetched details in one update; out-of-order answers: only the newest request for a ticket may land. */
  function land(fetched: ReadonlyArray<readonly [string, TicketDetail | null]>, token: number): void {
    const landing = fetched.filter(([id]) => inflight.get(id) === token);
    if (landing.length === 0) return;
    const at = Date.now();
    for (const [id] of landing) {
      inflight.delete(id);
      fetchedAt.set(id, at);
      stale.delete(id);
      touch(id);
    }
    set((s) => {
      const details: Record<string, TicketDetail | null> = { ...s.details, ...Object.fromEntries(landing) };
      const rows: Record<string, QueueRow> = { ...s.rows };
      const loadErrors: Record<string, string> = { ...s.loadErrors };
      for (const [id] of landing) delete loadErrors[id];
      while (recent.length > MAX_CACHED_DETAILS) {
        const victim = recent.find((x) => x !== s.currentId);
        if (victim === undefined) break;
        recent = recent.filter((x) => x !== victim);
        delete details[victim];
        delete rows[victim];
        fetchedAt.delete(victim);
      }
      return { details, rows, loadErrors };
    });
  }

  function needsFetch(id: string): boolean {
    if (get().details[id] === undefined) return true;
    const at = fetchedAt.get(id) ?? 0;
    return stale.has(id) || Date.now() - at > REVALIDATE_AFTER_MS;
  }

  return {
    touch,
    fetchDetail,
    fetchMany,
    needsFetch,
    asked: (id) => inflight.has(id),
    dropAnswer: (id) => {
      inflight.delete(id);
    },
    markStale: (id) => {
      stale.add(id);
    },
  };
}
