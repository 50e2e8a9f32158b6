import { useState } from 'react';
import { openTicket } from '../keyboard/commands';
import { askForWebNotifications, webNotificationPermission } from '../lib/desktop-notifications';
import { useEscalationStore } from '../stores/escalation-store';
import { useSessionStore } from '../stores/session-store';

/**
 * The security desk's in-app alert for escalations that arrived through sync (beside the desktop
 * notification, which the agent may have turned off), and the switch for browser notifications.
 */
export function EscalationAlerts() {
  const isSecurity = useSessionStore((s) => s.session?.agent.role === 'security');
  const alerts = useEscalationStore((s) => s.alerts);
  const dismiss = useEscalationStore((s) => s.dismiss);
  const [permission, setPermission] = useState(webNotificationPermission);
  if (!isSecurity) return null;
  return (
    <section className="escalation-alerts" aria-label="New security escalations">
      {permission === 'default' && (
        <p className="alerts-permission">
          Desktop alerts are off for this browser window.{' '}
          <button type="button" className="btn" data-testid="enable-alerts" onClick={() => void askForWebNotifications().then(setPermission)}>
            Enable desktop alerts
          </button>
        </p>
      )}
      {permission === 'denied' && <p className="alerts-permission muted">Desktop alerts are blocked for this site; new escalations show here.</p>}
      {alerts.length > 0 && (
        <ul className="alerts-list" role="alert" data-testid="escalation-alerts">
          {alerts.map((a) => (
            <li key={a.ticketId} className="alert-item" data-ticket-id={a.ticketId}>
              <strong>New escalation</strong> <span className="mono">{a.ticketId}</span> {a.customerName}: {a.subject}{' '}
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  dismiss(a.ticketId);
                  void openTicket(a.ticketId);
                }}
              >
                Open
              </button>
              <button type="button" className="btn" aria-label={`Dismiss the alert for ${a.ticketId}`} onClick={() => dismiss(a.ticketId)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
