import { useEffect } from 'react';
import { useT } from '../../i18n';
import { alarmText } from '../../lib/privacy-wording';
import { usePrivacyStore, watchSecurityAlarms } from '../../stores/privacy-store';
import { useSessionStore } from '../../stores/session-store';
import { useTicketStore } from '../../stores/ticket-store';
import { RevealDialog } from './RevealDialog';
import './privacy.css';

/**
 * Customer data on the desk: the screen-share banner while that mode is on, the security desk's
 * alarms (an agent's reveals paused by the insider guard, the audit chain cut short), and the
 * reveal dialog when it is open.
 */
export function PrivacyBar() {
  const t = useT();
  const screenShareHere = usePrivacyStore((s) => s.screenShare);
  const screenShareInMain = useTicketStore((s) => s.currentId !== null && s.details[s.currentId]?.privacy?.screenShare === true);
  const screenShare = screenShareHere || screenShareInMain;
  const alarms = usePrivacyStore((s) => s.alarms);
  const revealTicketId = usePrivacyStore((s) => s.revealTicketId);
  const security = useSessionStore((s) => s.session?.agent.role === 'security');
  const agentsById = useSessionStore((s) => s.agentsById);
  useEffect(() => (security ? watchSecurityAlarms() : undefined), [security]);

  return (
    <>
      {screenShare && (
        <div className="screen-share-banner" role="status" data-testid="screen-share-banner">
          <strong>{t('privacy.banner.screenShare')}</strong>{' '}
          <button type="button" className="btn btn-small" onClick={() => void usePrivacyStore.getState().toggleScreenShare()}>
            {t('privacy.banner.turnOff')}
          </button>
        </div>
      )}
      {security && alarms.length > 0 && (
        <section className="security-alarms" role="alert" aria-label={t('privacy.alarms.label')} data-testid="security-alarms">
          <ul>
            {alarms.map((alarm) => (
              <li key={alarm.id} data-testid="security-alarm" data-kind={alarm.kind}>
                <span>{alarmText(alarm, t, (id) => agentsById.get(id)?.name ?? id)}</span>{' '}
                <button type="button" className="btn btn-small" data-testid="clear-alarm" onClick={() => void usePrivacyStore.getState().clearAlarm(alarm.id)}>
                  {t('privacy.alarm.clear')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {revealTicketId !== null && <RevealDialog key={revealTicketId} ticketId={revealTicketId} />}
    </>
  );
}
