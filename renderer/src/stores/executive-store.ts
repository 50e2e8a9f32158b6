import { create } from 'zustand';
import { ESCALATION_UNDO_WINDOW_MS } from '../../../preload/rules/escalation-defaults';
import { useEscalationStore } from './escalation-store';
import type { SuggestedReply } from '../../../preload/contract/crisis-types';
import type { EventPayloads } from '../../../preload/contract/channels';
import type { OutboxEntry, TicketDetail } from '../../../preload/contract/queue-types';
import { call, subscribe } from '../bridge';
import { translate } from '../i18n';
import { debounce } from '../lib/debounce';
import { newestSeenMessageId } from '../lib/message-glance';
import { awaitsAnswer, canEscalate, canTakeNext, escalationDefaults, type ExecutivePhase } from '../lib/executive-rules';
import { replyBlockers, type ReplyBlocker } from '../lib/reply-blockers';
import { announce } from './announce-store';
import { reportError } from './error-store';
import { useMacroStore } from './macro-store';
import { isolatedPlainText } from '../../../preload/contract/customer-text';

/** Where focus should go after an action; seq makes the same request count twice. */
export interface FocusRequest {
  target: 'takeNext' | 'conversation' | 'reply';
  seq: number;
}

interface ExecutiveState {
  phase: ExecutivePhase;
  ticketId: string | null;
  detail: TicketDetail | null;
  /** undefined while it is prepared; null when the library has nothing for the topic. */
  suggestion: SuggestedReply | null | undefined;
  text: string;
  /** The text the last rendering put in the text area; a different text means the executive wrote their own. */
  renderedText: string;
  fields: Readonly<Record<string, string>>;
  /** What the last rendering reported missing. */
  missing: readonly string[];
  sending: boolean;
  escalating: boolean;
  /** The customer wrote again since the conversation was loaded; nothing was sent. */
  collision: boolean;
  replyEntryId: number | null;
  escalationEntryId: number | null;
  note: string;
  focus: FocusRequest | null;

  /** After a reload or a crash: back to the ticket the executive had taken and not answered yet. */
  resume(): Promise<void>;
  takeNext(): Promise<void>;
  setText(text: string): void;
  setField(key: string, value: string): void;
  restoreSuggestion(): void;
  setNote(note: string): void;
  send(): Promise<boolean>;
  escalate(): Promise<boolean>;
  retry(entryId: number): Promise<void>;
  refresh(): Promise<void>;
  requestFocus(target: FocusRequest['target']): void;
  /** Follows main's events for the open ticket; returns the unsubscribe. */
  listen(): () => void;
}

/** The label of a fill-in field of the suggested macro, as the library names it. */
export function fieldLabel(macroId: string | undefined, key: string): string {
  const macro = macroId ? useMacroStore.getState().macros.find((m) => m.id === macroId) : undefined;
  return macro?.requiredFields.find((f) => f.key === key)?.label ?? key;
}

/** The fill-in fields to offer: the macro's own, and any the rendering reports missing. */
export function fieldKeys(macroId: string | undefined, missing: readonly string[]): string[] {
  const macro = macroId ? useMacroStore.getState().macros.find((m) => m.id === macroId) : undefined;
  const keys = macro?.requiredFields.map((f) => f.key) ?? [];
  for (const path of missing) if (path.startsWith('fields.')) keys.push(path.slice('fields.'.length));
  return [...new Set(keys)];
}

export function blockersOf(s: Pick<ExecutiveState, 'text' | 'renderedText' | 'missing' | 'fields' | 'suggestion'>): ReplyBlocker[] {
  const macroId = s.suggestion?.macroId;
  return replyBlockers(s, (key) => fieldLabel(macroId, key));
}

export function canSend(s: ExecutiveState): boolean {
  return s.phase === 'working' && !s.sending && s.detail !== null && s.suggestion !== undefined && blockersOf(s).length === 0;
}

/** How many of the executive's own tickets are looked at for one to resume. */
const RESUME_LOOKUP = 20;

const FRESH_TICKET = {
  detail: null,
  suggestion: undefined,
  text: '',
  renderedText: '',
  fields: {},
  missing: [],
  sending: false,
  escalating: false,
  collision: false,
  replyEntryId: null,
  escalationEntryId: null,
  note: '',
} satisfies Partial<ExecutiveState>;

export const useExecutiveStore = create<ExecutiveState>()((set, get) => {
  let focusSeq = 0;
  // Newest request wins: an answer for an older ticket, or an older rendering, is dropped.
  let openToken = 0;
  let detailToken = 0;
  let renderToken = 0;

  const saveDraft = debounce((ticketId: string, body: string) => {
    // Best effort: the draft only matters after a crash, and the next keystroke tries again.
    void call('draft.save', { ticketId, body }).catch(() => {});
  }, 400);

  const render = debounce(async (ticketId: string, macroId: string, fields: Record<string, string>) => {
    const token = ++renderToken;
    try {
      const preview = await call('macro.render', { macroId, ticketId, fields });
      const s = get();
      if (token !== renderToken || s.ticketId !== ticketId) return;
      // Only an untouched suggestion takes the new values; the executive's own words stay as written.
      const untouched = s.text === s.renderedText;
      set({ renderedText: preview.text, missing: preview.missing, ...(untouched ? { text: preview.text } : {}) });
    } catch (err) {
      reportError(translate('executive.error.suggestion'), err);
    }
  }, 150);

  const refreshSoon = debounce(() => void get().refresh(), 100, 500);

  function mergeEntries(entries: readonly OutboxEntry[]): void {
    const { detail, ticketId } = get();
    if (!detail) return;
    const mine = entries.filter((e) => e.ticketId === ticketId);
    if (mine.length === 0) return;
    const outbox = detail.outbox.filter((e) => !mine.some((m) => m.id === e.id));
    set({ detail: { ...detail, outbox: [...outbox, ...mine].sort((a, b) => a.id - b.id) } });
  }

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
    phase: 'idle',
    ticketId: null,
    ...FRESH_TICKET,
    focus: null,

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

    setText(text) {
      const { ticketId, phase } = get();
      if (!ticketId || phase !== 'working') return;
      set({ text, collision: false });
      saveDraft(ticketId, text);
    },

    setField(key, value) {
      const { ticketId, suggestion, fields } = get();
      if (!ticketId || !suggestion) return;
      const next = { ...fields, [key]: value };
      set({ fields: next });
      render(ticketId, suggestion.macroId, Object.fromEntries(Object.entries(next).filter(([, v]) => v.trim() !== '')));
    },

    restoreSuggestion() {
      const { ticketId, renderedText } = get();
      if (!ticketId) return;
      set({ text: renderedText });
      saveDraft(ticketId, renderedText);
    },

    setNote(note) {
      set({ note });
    },

    async send() {
      const s = get();
      if (!s.ticketId || !s.detail) return false;
      if (!canSend(s)) {
        const blockers = blockersOf(s).length;
        if (blockers > 0) announce(translate('executive.reply.blockedCount', { count: blockers }));
        return false;
      }
      const ticketId = s.ticketId;
      set({ sending: true, collision: false });
      // A keystroke's draft save must not land after the reply cleared the draft.
      saveDraft.cancel();
      try {
        const receipt = await call('ticket.reply', {
          ticketId,
          kind: 'reply',
          body: s.text,
          lastSeenMessageId: newestSeenMessageId(s.detail.messages),
          ...(s.suggestion ? { macroIds: [s.suggestion.macroId] } : {}),
        });
        if (get().ticketId !== ticketId) return false;
        if (receipt.entry === null) {
          // Nothing was queued: the new messages show, and the next send is checked against them.
          set({ sending: false, collision: true });
          await get().refresh();
          return false;
        }
        const entries = receipt.actionsEntry ? [receipt.entry, receipt.actionsEntry] : [receipt.entry];
        set({ sending: false, phase: 'sent', replyEntryId: receipt.entry.id });
        mergeEntries(entries);
        announce(translate('executive.announce.sent'));
        get().requestFocus('takeNext');
        void get().refresh();
        return true;
      } catch (err) {
        set({ sending: false });
        reportError(translate('executive.error.send'), err);
        return false;
      }
    },

    async escalate() {
      const s = get();
      if (!s.ticketId || !canEscalate(s)) return false;
      const ticketId = s.ticketId;
      const { reason, holdWithdrawals } = escalationDefaults(s.detail);
      const note = s.note.trim();
      set({ escalating: true });
      try {
        const { entry } = await call('ticket.escalate', { ticketId, reason, holdWithdrawals, ...(note ? { note } : {}) });
        if (get().ticketId !== ticketId) return false;
        saveDraft.cancel();
        set({ escalating: false, phase: 'escalated', escalationEntryId: entry.id });
        // The same undo window as on the desk: one key takes a mistaken escalation back.
        useEscalationStore.setState({ pending: { ticketId, undoUntil: Date.now() + ESCALATION_UNDO_WINDOW_MS, holdWithdrawals } });
        mergeEntries([entry]);
        announce(translate('executive.announce.escalated'));
        get().requestFocus('takeNext');
        void get().refresh();
        return true;
      } catch (err) {
        set({ escalating: false });
        reportError(translate('executive.error.escalate'), err);
        return false;
      }
    },

    async retry(entryId) {
      try {
        const { entry } = await call('outbox.retry', { entryId });
        mergeEntries([entry]);
      } catch (err) {
        reportError(translate('executive.error.retry'), err);
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
});
