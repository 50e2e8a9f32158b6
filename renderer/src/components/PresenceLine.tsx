import { useT } from '../i18n';
import { usePresenceStore, viewersOf } from '../stores/presence-store';
import { customerPlain } from './CustomerText';

/**
 * "Laura Martínez is viewing · Jonas Petrauskas is typing…" for the open ticket, so two agents
 * do not answer the same customer. Not a live region: main re-announces it periodically, and
 * typing colleagues are announced once by stores/typing-announcements.ts instead.
 */
export function PresenceLine({ ticketId }: { ticketId: string }) {
  const t = useT();
  const viewers = usePresenceStore((s) => viewersOf(s.byTicket, ticketId));
  if (viewers.length === 0) return null;
  const typing = viewers.some((v) => v.typing);
  return (
    <p className={`presence${typing ? ' is-typing' : ''}`} data-testid="presence">
      <svg className="presence-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 3C4.4 3 1.6 5.4.5 8c1.1 2.6 3.9 5 7.5 5s6.4-2.4 7.5-5C14.4 5.4 11.6 3 8 3zm0 8a3 3 0 1 1 0-6 3 3 0 0 1 0 6z" />
      </svg>
      {viewers.map((v, i) => (
        <span key={v.agentId} className={v.typing ? 'presence-typing' : undefined} data-agent-id={v.agentId}>
          {i > 0 ? ' · ' : ''}
          {t(v.typing ? 'app.presence.typing' : 'app.presence.viewing', { name: customerPlain(v.name) })}
        </span>
      ))}
    </p>
  );
}
