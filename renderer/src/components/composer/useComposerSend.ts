import { useEffect, useRef, useState } from 'react';
import type { Customer, Message, MessageKind } from '../../../../preload/contract/domain-types';
import { hasUnfilledPlaceholder } from '../../../../preload/rules/unfilled-placeholder';
import { translate } from '../../i18n';
import { newestSeenMessageId } from '../../lib/message-glance';
import { replyNoticeText } from '../../lib/kind-wording';
import { leakText } from '../../lib/privacy-wording';
import type { CrossCustomerLeak } from '../../../../preload/contract/privacy-types';
import { announce } from '../../stores/announce-store';
import { reportError } from '../../stores/error-store';
import { useMacroStore } from '../../stores/macro-store';
import { reportStoppedTyping } from '../../stores/presence-reporter';
import { useTicketStore } from '../../stores/ticket-store';
import type { ComposerDraft } from './useComposerDraft';

/** Messages by others that arrived after the last one the agent saw; nothing was sent. */
export interface Collision {
  messages: readonly Message[];
  customer: Customer | null;
  kind: MessageKind;
}

/**
 * Sending what the composer holds: refused while empty or with template markup left in, checked
 * for collisions (messages the agent has not seen; a second send on a shown warning is "send
 * anyway"), the text cleared at once and put back if main refuses it.
 */
export function useComposerSend(ticketId: string, mode: MessageKind, draft: ComposerDraft) {
  const reply = useTicketStore((s) => s.reply);
  const [sending, setSending] = useState(false);
  const [collision, setCollisionState] = useState<Collision | null>(null);
  // The reply named another customer: nothing went; it goes only with the agent's note.
  const [leak, setLeak] = useState<CrossCustomerLeak | null>(null);
  const sendingRef = useRef(false);
  // Read by send() right after a keypress, before React has re-rendered.
  const collisionRef = useRef<Collision | null>(null);
  // The newest message the agent had read when they started writing. A message that appears
  // above while they type is not "seen": that is exactly the collision worth a warning.
  const seenRef = useRef<string | null>(null);

  const markSeen = (): void => {
    const detail = useTicketStore.getState().details[ticketId];
    seenRef.current = detail ? newestSeenMessageId(detail.messages) : null;
  };
  // On mount too (once per ticket): a restored draft may be sent without focusing the text.
  useEffect(markSeen, []);

  const setCollision = (next: Collision | null): void => {
    collisionRef.current = next;
    setCollisionState(next);
  };

  const failedAction = (kind: MessageKind) => translate(kind === 'note' ? 'composer.action.addNote' : 'composer.action.sendReply');

  /** Resolves true once the reply or note is queued; `crossCustomerNote` sends a reply that names another customer anyway. */
  const send = async (crossCustomerNote?: string): Promise<boolean> => {
    const text = draft.bodyRef.current;
    if (sendingRef.current) return false;
    if (text.trim() === '') {
      announce(translate('composer.announce.nothingToSend'));
      return false;
    }
    // Left over from a macro or pasted from a template: never sent to a customer as is (main refuses it too).
    if (hasUnfilledPlaceholder(text)) {
      reportError(failedAction(mode), new Error(translate('composer.error.placeholderLeft', { output: '{{ }}', tag: '{% %}' })));
      return false;
    }
    const kind: MessageKind = mode;
    // A second Ctrl+Enter on a shown warning is the agent's "send anyway".
    const ignoreCollision = collisionRef.current !== null;
    const detail = useTicketStore.getState().details[ticketId];
    const lastSeenMessageId = seenRef.current;
    sendingRef.current = true;
    setSending(true);
    draft.saveDraft.cancel();
    reportStoppedTyping(ticketId);
    // Clear at once so the agent can go on; the text comes back if main refuses it.
    draft.update('');
    try {
      const macroIds = kind === 'reply' ? useMacroStore.getState().insertedIds[ticketId] : undefined;
      const receipt = await reply(ticketId, kind, text, { lastSeenMessageId, ignoreCollision, ...(macroIds ? { macroIds } : {}), ...(crossCustomerNote ? { crossCustomerNote } : {}) });
      if (receipt.leak) {
        draft.restore(text);
        setLeak(receipt.leak);
        announce(`${translate('privacy.leak.title')} ${leakText(receipt.leak, translate)}`);
        return false;
      }
      setLeak(null);
      if (receipt.collision.length > 0) {
        // Shown in the warning now, so the next plain send does not stop at them again.
        seenRef.current = receipt.collision.at(-1)?.id ?? seenRef.current;
        draft.restore(text);
        setCollision({ messages: receipt.collision, customer: detail?.customer ?? null, kind });
        return false;
      }
      if (!receipt.entry) throw new Error(translate('composer.error.notQueued'));
      setCollision(null);
      // A notice (a macro action left out) comes from main as a kind, worded here.
      announce(
        kind === 'note'
          ? translate('composer.announce.noteQueued')
          : receipt.notice
            ? translate('composer.announce.replyQueuedWithNotice', { notice: replyNoticeText(receipt.notice, translate) })
            : translate('composer.announce.replyQueued'),
      );
      if (kind === 'reply') useMacroStore.getState().forget(ticketId);
      draft.sent();
      return true;
    } catch (err) {
      draft.restore(text);
      reportError(failedAction(kind), err);
      return false;
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  return { send, sending, collision, collisionRef, setCollision, markSeen, leak, clearLeak: () => setLeak(null) };
}
