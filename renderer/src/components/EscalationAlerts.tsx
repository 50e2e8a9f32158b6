import { useState } from 'react';
import { useRich, useT } from '../i18n';
import { openTicket } from '../keyboard/commands';
import { askForWebNotifications, webNotificationPermission } from '../lib/desktop-notifications';
import { useEscalationStore } from '../stores/escalation-store';
import { useSessionStore } from '../stores/session-store';
import { CustomerText } from './CustomerText';

/**
 * The security desk's in-app alert for escalations that arrived through sync (beside the desktop
 * notification, which the agent may have turned off), and the switch for browser notifications.
 */
export function EscalationAlerts() {
  const isSecurity = useSessionStore((s) => s.session?.agent.role === 'security');
  const alerts = useEscalationStore((s) => s.alerts);
  const dismiss = useEscalationStore((s) => s.dismiss);
  const [permission, setPermission] = useState(webNotificationPermission);
  const t = useT();
  const rich = useRich();
  if (!isSecurity) return null;
  return (
    <section className="escalation-alerts" aria-label={t('security.alerts.label')}>
      {permission === 'default' && (
        <p className="alerts-permission">
          {t('security.alerts.off')}{' '}
          <button type="button" className="btn btn-small" data-testid="enable-alerts" onClick={() => void askForWebNotifications().then(setPermission)}>
            {t('security.alerts.enable')}
          </button>
        </p>
      )}
      {permission === 'denied' && <p className="alerts-permission muted">{t('security.alerts.blocked')}</p>}
      {alerts.length > 0 && (
        <ul className="alerts-list" role="alert" data-testid="escalation-alerts">
          {alerts.map((a) => (
            <li key={a.ticketId} className="alert-item" data-ticket-id={a.ticketId}>
              <strong>{t('security.alerts.newEscalation')}</strong> <CustomerText className="mono" text={a.ticketId} />{' '}
              {rich('security.alerts.summary', { customerName: <CustomerText text={a.customerName} lang={a.language} />, subject: <CustomerText text={a.subject} lang={a.language} /> })}{' '}
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  dismiss(a.ticketId);
                  void openTicket(a.ticketId);
                }}
              >
                {t('security.alerts.open')}
              </button>
              <button type="button" className="btn" aria-label={t('security.alerts.dismissLabel', { ticketId: a.ticketId })} onClick={() => dismiss(a.ticketId)}>
                {t('security.alerts.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
