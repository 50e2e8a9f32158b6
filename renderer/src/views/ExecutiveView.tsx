import { useEffect, useRef } from 'react';
import { MessageList } from '../components/MessageList';
import { CheatSheet } from '../components/executive/CheatSheet';
import { EscalatePanel } from '../components/executive/EscalatePanel';
import { Outcome } from '../components/executive/Outcome';
import { ReplyEditor, REPLY_TEXT_ID } from '../components/executive/ReplyEditor';
import { StartPanel } from '../components/executive/StartPanel';
import { TAKE_NEXT_BUTTON_ID } from '../components/executive/TakeNextButton';
import { TicketSummary } from '../components/executive/TicketSummary';
import { AccountDiagnosisOnly } from '../components/account/AccountPanel';
import { CONVERSATION_ID, useExecutiveKeys } from '../components/executive/useExecutiveKeys';
import { useT } from '../i18n';
import { useExecutiveStore } from '../stores/executive-store';

/** Moves focus where the last action asked, once the element is on screen. */
function useRequestedFocus(): void {
  const focus = useExecutiveStore((s) => s.focus);
  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => {
      const id = focus.target === 'reply' ? REPLY_TEXT_ID : focus.target === 'conversation' ? CONVERSATION_ID : TAKE_NEXT_BUTTON_ID;
      document.getElementById(id)?.focus({ preventScroll: focus.target === 'conversation' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus]);
}

/**
 * Executive mode: take the next ticket, read it, send the suggested reply (or escalate it), take
 * the next. No queue, settings, bulk actions or de-escalation to get lost in.
 */
export function ExecutiveView() {
  const t = useT();
  const ticketId = useExecutiveStore((s) => s.ticketId);
  const detail = useExecutiveStore((s) => s.detail);
  const phase = useExecutiveStore((s) => s.phase);
  const done = phase === 'sent' || phase === 'escalated' || (phase === 'taking' && ticketId !== null);
  const conversation = useRef<HTMLDivElement>(null);
  const messageCount = detail?.messages.length ?? 0;

  useExecutiveKeys();
  useRequestedFocus();
  useEffect(() => {
    const store = useExecutiveStore.getState();
    const stop = store.listen();
    store.requestFocus('takeNext');
    void store.resume();
    return stop;
  }, []);
  // The newest message is the one to answer: keep the conversation scrolled to it.
  useEffect(() => {
    const el = conversation.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [ticketId, messageCount]);

  return (
    <main className="executive" aria-label={t('executive.main')} data-testid="executive-view" data-phase={phase}>
      <div className="executive-work">
        {ticketId === null ? (
          <StartPanel />
        ) : detail === null ? (
          <p className="executive-intro" role="status">
            {t('executive.ticket.loading')}
          </p>
        ) : (
          <article className="executive-ticket" aria-label={t('executive.ticket.region')} data-testid="executive-ticket" data-ticket-id={detail.ticket.id} data-language={detail.ticket.language}>
            <div className="executive-top">
              <TicketSummary detail={detail} />
              <EscalatePanel detail={detail} />
            </div>
            <div className="executive-columns">
              <section className="executive-conversation" aria-labelledby="executive-conversation-title">
                <h3 id="executive-conversation-title">{t('executive.conversation.title')}</h3>
                {/* Reachable with Tab, so a long conversation scrolls with the arrow keys too. */}
                <div id={CONVERSATION_ID} ref={conversation} className="executive-conversation-scroll" tabIndex={0} role="region" aria-labelledby="executive-conversation-title">
                  <MessageList messages={detail.messages} customer={detail.customer} language={detail.ticket.language} />
                </div>
              </section>
              <div className="executive-actions">
                <AccountDiagnosisOnly ticketId={detail.ticket.id} />
                {done ? <Outcome /> : <ReplyEditor detail={detail} />}
              </div>
            </div>
          </article>
        )}
      </div>
      <CheatSheet />
    </main>
  );
}
