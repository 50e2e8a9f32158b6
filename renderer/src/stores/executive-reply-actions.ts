import type { StoreApi } from 'zustand';
import { ESCALATION_UNDO_WINDOW_MS } from '../../../preload/rules/escalation-defaults';
import { call } from '../bridge';
import { translate } from '../i18n';
import { debounce } from '../lib/debounce';
import { canEscalate, escalationDefaults } from '../lib/executive-rules';
import { newestSeenMessageId } from '../lib/message-glance';
import { announce } from './announce-store';
import { reportError } from './error-store';
import { useEscalationStore } from './escalation-store';
import { blockersOf, canSend, type ExecutiveState } from './executive-state';
import type { ExecutiveTools } from './executive-store';

type Set = StoreApi<ExecutiveState>['setState'];
type Get = StoreApi<ExecutiveState>['getState'];
type WritingActions = Pick<ExecutiveState, 'setText' | 'setField' | 'restoreSuggestion' | 'setNote'>;
type DeliveryActions = Pick<ExecutiveState, 'send' | 'escalate' | 'retry'>;

/** The executive's answer to the open ticket as it is written: the suggested reply, its fields, their own words. */
export function executiveWritingActions(set: Set, get: Get, { saveDraft }: ExecutiveTools): WritingActions {
  // Newest rendering wins: an older one is dropped.
  let renderToken = 0;

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

  return {
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
  };
}

/** The answer leaves: sent as a reply or escalated, and a failed entry retried. */
export function executiveDeliveryActions(set: Set, get: Get, { saveDraft, mergeEntries }: ExecutiveTools): DeliveryActions {
  return {
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
  };
}
